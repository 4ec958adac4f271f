"""Two app servers share one database and one Redis: an edit through one shows on the other at once.

Each server is gunicorn with the production settings (DEBUG off, the page cache in Redis, reads
through the replica router, with the test database as its own replica), started on the test
database that this transactional test commits to.
"""

import http.cookiejar
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import pytest
import redis
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command
from django.db import connections
from django.test import override_settings

from tests.articles.admin_forms import admin_form_data
from tests.comments.helpers import csrf_token_in
from tests.factories import make_article, make_user

ROOT = Path(__file__).resolve().parent.parent.parent
GUNICORN = Path(sys.executable).parent / "gunicorn"
START_TIMEOUT = 20
SITE_HOST = "127.0.0.1"
REPLICA_NAME = "newsroom-replica"

pytestmark = pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def wait_until(ready, process, what):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        try:
            if ready():
                return
        except (OSError, redis.RedisError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not start within {START_TIMEOUT} s")


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """Static files collected once for both servers. Without whitenoise's compressed copies
    (brotli of every file takes ten seconds): the servers read the same manifest either way."""
    root = tmp_path_factory.mktemp("static")
    manifest = {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}
    with override_settings(
        STATIC_ROOT=root, STORAGES={**settings.STORAGES, "staticfiles": manifest}
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def redis_url(tmp_path):
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        + ["--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )
    try:
        client = redis.Redis(port=port, socket_connect_timeout=0.5)
        wait_until(client.ping, process, "redis-server")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop(process)


def database_url():
    """The test database, as the servers reach it (a socket directory for the embedded server)."""
    params = connections["default"].get_connection_params()
    credentials = quote(params.get("user") or "", safe="")
    if params.get("password"):
        credentials += ":" + quote(params["password"], safe="")
    host = quote(str(params.get("host") or "localhost"), safe="")
    port = f":{params['port']}" if params.get("port") else ""
    return f"postgresql://{credentials}@{host}{port}/{quote(params['dbname'], safe='')}"


@pytest.fixture
def servers(transactional_db, redis_url, static_root, tmp_path):
    """Two gunicorn servers, one worker each: their base URLs."""
    environment = {
        **{name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ},
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DEBUG": "0",
        "SECRET_KEY": "two-servers-test-secret",
        "ALLOWED_HOSTS": SITE_HOST,
        "DATABASE_URL": database_url(),
        # The test database is its own replica; named, to tell its connections apart.
        "DATABASE_REPLICA_URLS": f"{database_url()}?application_name={REPLICA_NAME}",
        "REDIS_URL": redis_url,
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    processes, urls = [], []
    try:
        for name in ("a", "b"):
            port = free_port()
            with open(tmp_path / f"server-{name}.log", "wb") as log:  # pytest keeps it to read
                processes.append(
                    subprocess.Popen(
                        [GUNICORN, "newsroom.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1"],
                        cwd=ROOT,
                        env=environment,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                    )
                )
            urls.append(f"http://127.0.0.1:{port}")
        for process, url in zip(processes, urls, strict=True):
            wait_until(lambda url=url: get(f"{url}/robots.txt").status, process, url)
        yield urls
    finally:
        for process in processes:
            stop(process)


def browser():
    return urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )


def get(url, opener=None, data=None):
    """The response (status, headers, text) to a GET, or a POST of the form data given."""
    body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
    # One host name for both, as behind a load balancer: the page cache keys pages by host.
    request = urllib.request.Request(url, data=body, headers={"Host": SITE_HOST})
    try:
        with (opener or browser()).open(request, timeout=10) as response:
            return SimpleNamespace(
                status=response.status,
                headers=response.headers,
                url=response.url,
                content=response.read(),
            )
    except urllib.error.HTTPError as error:
        return SimpleNamespace(
            status=error.code, headers=error.headers, url=url, content=error.read()
        )


def log_in(opener, base, username, password):
    page = get(f"{base}/admin/login/", opener)
    form = {
        "csrfmiddlewaretoken": csrf_token_in(page.content.decode()),
        "username": username,
        "password": password,
        "next": "/admin/",
    }
    response = get(f"{base}/admin/login/", opener, form)
    assert response.url == f"{base}/admin/", response.content.decode()[:2000]


def replica_connections():
    with connections["default"].cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE application_name = %s AND datname = current_database()",
            [REPLICA_NAME],
        )
        return cursor.fetchone()[0]


def test_an_edit_through_one_server_shows_on_the_other_at_once(servers):
    server_a, server_b = servers
    editor = make_user(is_superuser=True)
    # The servers hash passwords with the production hashers, not the tests' fast one.
    editor.password = PBKDF2PasswordHasher().encode("mat-khau-bien-tap", "two-servers-salt")
    editor.save()
    article = make_article(title="Giá cà phê tăng mạnh")
    page = article.get_absolute_url()

    seen = [get(server + page) for server in (server_a, server_a, server_b, server_b)]

    assert [response.status for response in seen] == [200] * 4
    assert [response.headers["X-Cache"] for response in seen] == ["MISS", "HIT", "HIT", "HIT"]
    assert "Giá cà phê tăng mạnh" in seen[-1].content.decode()

    opener = browser()
    log_in(opener, server_a, editor.username, "mat-khau-bien-tap")
    change_url = f"{server_a}/admin/articles/article/{article.pk}/change/"
    form = admin_form_data(get(change_url, opener), "article_form")
    form["title"] = ["Giá cà phê giảm nhẹ"]
    saved = get(change_url, opener, form)
    assert urllib.parse.urlsplit(saved.url).path == "/admin/articles/article/", saved.content[:2000]

    after = get(server_b + page)

    assert after.status == 200
    assert after.headers["X-Cache"] == "MISS"
    assert "Giá cà phê giảm nhẹ" in after.content.decode()
    assert "Giá cà phê tăng mạnh" not in after.content.decode()
    assert replica_connections() == 2  # one per server: their readers' pages came from it
