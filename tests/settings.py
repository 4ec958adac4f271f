"""Test settings: the production settings with a throwaway secret, fast hashing and temp media."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")

from newsroom.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="newsroom-test-media-")
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# One process, one clock, no replica lag: a page rendered right after a purge may be stored.
PAGE_CACHE_MAX_CLOCK_SKEW = 0
DATABASE_REPLICA_MAX_LAG = 0
if CACHES["pages"]["BACKEND"].endswith("FileBasedCache"):  # noqa: F405
    # Shared with the processes a test starts (they inherit the variable), as a host's workers.
    os.environ.setdefault("PAGE_CACHE_DIR", tempfile.mkdtemp(prefix="newsroom-test-pages-"))
    CACHES["pages"]["LOCATION"] = os.environ["PAGE_CACHE_DIR"]  # noqa: F405
# A replica alias on the test database itself, and the router that uses it. Only tests that list
# it in DATABASE_REPLICAS read from it (tests/test_db_router.py): a replica is a second connection,
# which cannot see the rows a test writes inside its transaction on "default".
DATABASES["replica1"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
DATABASE_REPLICAS = []
DATABASE_ROUTERS = ["newsroom.db_router.ReplicaRouter"]
