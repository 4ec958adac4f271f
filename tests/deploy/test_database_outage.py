"""A PostgreSQL of our own stopped under gunicorn: 503 + Retry-After meanwhile, then recovery by itself.

Never the machine's shared server: a throwaway cluster on a free port, with the test database's
schema, run as an unprivileged user when the tests run as root (initdb refuses root).
"""

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from .conftest import database_url_of_tests, fetch, free_port, running_gunicorn

MAINTENANCE_TEXT = "Trang đang được bảo trì"


def postgres_bin():
    try:
        import pgserver
    except ImportError:
        installed = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
        return Path(installed[-1]) if installed else None
    return Path(pgserver.__file__).parent / "pginstall" / "bin"


PG_BIN = postgres_bin()
pytestmark = [
    pytest.mark.skipif(PG_BIN is None, reason="no PostgreSQL binaries"),
    # The own cluster runs pgserver's PostgreSQL with the schema copied from the test database; a
    # server of another version (DATABASE_URL) dumps storage parameters it does not know. The
    # embedded run of the suite covers the outage.
    pytest.mark.skipif(
        bool(os.environ.get("DATABASE_URL")),
        reason="the schema is copied from the embedded test database",
    ),
]


def unprivileged_account():
    """pgserver's own account (made by the embedded server), else Debian PostgreSQL's."""
    for name in ("pgserver", "postgres"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    pytest.skip("no unprivileged account to run initdb as")


class OwnPostgres:
    def __init__(self):
        self.port = free_port()
        self.directory = Path(tempfile.mkdtemp(prefix="newsroom-outage-pg-"))
        self.data = self.directory / "data"
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        self.user = unprivileged_account() if os.geteuid() == 0 else None

    def run(self, *args):
        subprocess.run(
            [PG_BIN / args[0], *args[1:]], user=self.user, check=True, capture_output=True
        )

    def create(self):
        if self.user:
            shutil.chown(self.directory, self.user)
        self.run("initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.start()

    def start(self):
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1"
        self.run(
            "pg_ctl", "-D", self.data, "-o", options, "-l", self.directory / "log", "-w", "start"
        )

    def stop(self):
        self.run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def destroy(self):
        subprocess.run(
            [PG_BIN / "pg_ctl", "-D", self.data, "-m", "immediate", "stop"],
            user=self.user,
            capture_output=True,
        )
        shutil.rmtree(self.directory, ignore_errors=True)


@pytest.fixture
def own_postgres(db):
    server = OwnPostgres()
    try:
        server.create()
        schema = subprocess.run(
            [PG_BIN / "pg_dump", "--schema-only", "--no-owner", "--no-privileges"]
            + [database_url_of_tests()],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(
            [PG_BIN / "psql", "-q", "-v", "ON_ERROR_STOP=1", server.url],
            input=schema,
            check=True,
            capture_output=True,
        )
        yield server
    finally:
        server.destroy()


@pytest.fixture
def gunicorn_on_own_postgres(own_postgres, collected_static, tmp_path):
    log = tmp_path / "gunicorn.log"
    with running_gunicorn(
        log,
        WEB_CONCURRENCY="2",
        STATIC_ROOT=str(collected_static),
        DATABASE_URL=own_postgres.url,
        PAGE_CACHE="0",
    ) as url:
        yield url, log


def statuses(url, path, count=12):
    """Statuses of `count` requests, several at a time so that every worker serves some."""
    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(lambda _: fetch(url, path)[0], range(count)))


def test_database_stop_answers_503_with_a_maintenance_page(gunicorn_on_own_postgres, own_postgres):
    url, log = gunicorn_on_own_postgres
    assert set(statuses(url, "/")) == {200}, log.read_text()

    own_postgres.stop()
    status, headers, body = fetch(url, "/")
    ready, _headers, _body = fetch(url, "/readyz")
    alive, _headers, _body = fetch(url, "/healthz")
    during = statuses(url, "/")
    own_postgres.start()
    after = statuses(url, "/")

    assert status == 503
    assert headers["Retry-After"] == "30"
    assert MAINTENANCE_TEXT in body.decode()
    assert "Traceback" not in body.decode()
    assert (ready, alive) == (503, 200)
    assert set(during) == {503}
    assert set(after) == {200}, log.read_text()


def test_first_request_of_each_worker_after_a_database_restart_succeeds(
    gunicorn_on_own_postgres, own_postgres
):
    """Each worker's kept connection died with the restart; the health check replaces it."""
    url, log = gunicorn_on_own_postgres
    assert set(statuses(url, "/")) == {200}, log.read_text()

    own_postgres.stop()
    own_postgres.start()
    after = statuses(url, "/")

    assert set(after) == {200}, log.read_text()
