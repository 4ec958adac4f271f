import os
import subprocess
import sys

from django.conf import settings


def test_s3_storage_is_switched_on_by_environment_variables():
    """With S3_BUCKET set, media go to the bucket and their addresses use the CDN domain."""
    script = (
        "import django; django.setup();"
        "from django.core.files.storage import storages; s = storages['default'];"
        "print(type(s).__name__, s.bucket_name, s.url('renditions/ab/x-640.webp'))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "S3_BUCKET": "baodaklak-media",
        "S3_CUSTOM_DOMAIN": "media.baodaklak.vn",
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
    }

    result = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.split() == [
        "S3Storage",
        "baodaklak-media",
        "https://media.baodaklak.vn/renditions/ab/x-640.webp",
    ], result.stderr


def test_local_disk_is_the_default_storage():
    assert settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
