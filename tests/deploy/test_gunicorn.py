"""gunicorn started as `make serve` starts it, with deploy/gunicorn.conf.py and DEBUG off."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import brotli
import pytest
from django.conf import settings
from django.db import connection

from .conftest import REPO, fetch, free_port, production_environment, stop, wait_for_port


def database_url_of_tests():
    """The test database as a DATABASE_URL, for the embedded server (a socket) or a real one."""
    params = connection.get_connection_params()
    password = f":{quote(params['password'], safe='')}" if params.get("password") else ""
    host = quote(str(params.get("host") or "127.0.0.1"), safe="")
    port = f":{params['port']}" if params.get("port") else ""
    return f"postgresql://{params['user']}{password}@{host}{port}/{params['dbname']}"


@pytest.fixture
def gunicorn_url(db, collected_static, tmp_path):
    port = free_port()
    environment = production_environment(
        BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        STATIC_ROOT=str(collected_static),
        DATABASE_URL=database_url_of_tests(),
    )
    gunicorn = Path(sys.executable).with_name("gunicorn")
    log = tmp_path / "gunicorn.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [gunicorn, "--config", "deploy/gunicorn.conf.py"],
            cwd=REPO,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for_port(port, process, log=log)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)


def test_gunicorn_serves_a_page_and_a_hashed_static_file(gunicorn_url, collected_static):
    manifest = json.loads((collected_static / "staticfiles.json").read_text())
    hashed_css = manifest["paths"]["css/site.css"]

    page_status, _headers, page = fetch(gunicorn_url, "/")
    static_status, static_headers, _css = fetch(gunicorn_url, f"/static/{hashed_css}")

    assert page_status == 200
    assert "<html" in page.decode()
    assert static_status == 200
    assert static_headers["Content-Type"].startswith("text/css")
    assert "immutable" in static_headers["Cache-Control"]


def test_gunicorn_sends_pages_and_static_files_in_brotli(gunicorn_url, collected_static):
    """Pages are compressed once when stored; static files were precompressed by collectstatic."""
    manifest = json.loads((collected_static / "staticfiles.json").read_text())
    brotli_please = {"Accept-Encoding": "br, gzip"}

    _status, page_headers, page = fetch(gunicorn_url, "/", headers=brotli_please)
    _status, css_headers, css = fetch(
        gunicorn_url, f"/static/{manifest['paths']['css/site.css']}", headers=brotli_please
    )

    assert page_headers["Content-Encoding"] == "br" and b"<html" in brotli.decompress(page)
    assert css_headers["Content-Encoding"] == "br" and brotli.decompress(css)


def test_serve_stops_with_one_line_when_secret_key_is_missing():
    environment = production_environment()
    del environment["SECRET_KEY"]

    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 1
    assert result.stderr.strip() == (
        "newsroom: SECRET_KEY is not set. Set SECRET_KEY to a long random string, "
        "or DEBUG=1 for local development."
    )


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "newsroom.embedded_postgres",
    reason="the tests run against DATABASE_URL, not the embedded PostgreSQL",
)
def test_make_serve_starts_with_the_embedded_database(collected_static, tmp_path):
    """DATABASE_URL unset: gunicorn's master holds the embedded server, forked workers use it."""
    port = free_port()
    environment = production_environment(
        BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        STATIC_ROOT=str(collected_static),
        PGDATA_DIR=str(settings.DATABASES["default"]["PGDATA"]),
    )
    environment.pop("DATABASE_URL", None)
    log = tmp_path / "make-serve.log"
    with log.open("wb") as output:
        make = subprocess.Popen(
            ["make", "serve"],
            cwd=REPO,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for_port(port, make, log=log, seconds=120)
        status, _headers, page = fetch(f"http://127.0.0.1:{port}", "/")
    finally:
        os.killpg(make.pid, signal.SIGTERM)
        make.wait(30)

    assert status == 200
    assert "<html" in page.decode()
