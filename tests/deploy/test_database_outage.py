"""A PostgreSQL of our own stopped under gunicorn: 503 + Retry-After meanwhile, then recovery by itself.

Never the machine's shared server: a throwaway cluster on a free port, with the test database's
schema, run as an unprivileged user when the tests run as root (initdb refuses root).
"""

import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.servers import PG_BIN, OwnPostgres

from .conftest import database_url_of_tests, fetch, running_gunicorn

MAINTENANCE_TEXT = "Trang đang được bảo trì"

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


@pytest.fixture
def own_postgres(db):
    try:
        server = OwnPostgres()
    except RuntimeError as problem:
        pytest.skip(str(problem))
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
