import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_django_check(**env):
    environment = {
        key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "DEBUG"}
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="newsroom.settings")
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_missing_secret_key_with_debug_off_stops_with_one_line():
    result = run_django_check()

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "SECRET_KEY" in lines[0]


def test_settings_are_vietnamese_first():
    from django.conf import settings

    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert settings.USE_TZ is True
    assert settings.DATABASES["default"]["ENGINE"] in {
        "newsroom.embedded_postgres",
        "django.db.backends.postgresql",
    }


def test_replicas_without_database_url_stop_with_one_line():
    result = run_django_check(
        SECRET_KEY="x", DATABASE_URL="", DATABASE_REPLICA_URLS="postgresql://replica/newsroom"
    )

    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "DATABASE_REPLICA_URLS needs DATABASE_URL" in lines[0]


def test_replica_urls_add_replica_aliases_that_mirror_the_primary_in_tests():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from newsroom import settings; "
            "print(settings.DATABASE_REPLICAS, settings.DATABASES['replica2']['HOST'], "
            "settings.DATABASES['replica2']['TEST'], settings.DATABASE_ROUTERS)",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "SECRET_KEY": "x",
            "DATABASE_URL": "postgresql://primary/newsroom",
            "DATABASE_REPLICA_URLS": "postgresql://replica-a/newsroom, postgresql://replica-b/newsroom",
        },
        capture_output=True,
        text=True,
    )

    assert result.stdout.split("\n")[0] == (
        "['replica1', 'replica2'] replica-b {'MIRROR': 'default'} "
        "['newsroom.db_router.ReplicaRouter']"
    ), result.stderr


def trusted_proxy_count(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"TRUSTED_PROXY_COUNT", "COMMENTS_CLIENT_IP_HEADER"}
    }
    environment.update(env, SECRET_KEY="x", DJANGO_SETTINGS_MODULE="newsroom.settings")
    code = "import django; django.setup(); from django.conf import settings as s; print(s.TRUSTED_PROXY_COUNT)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    return int(result.stdout)


def test_trusted_proxies_default_to_none_and_the_old_header_setting_means_one():
    assert trusted_proxy_count() == 0
    assert trusted_proxy_count(TRUSTED_PROXY_COUNT="2") == 2
    assert trusted_proxy_count(COMMENTS_CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR") == 1
