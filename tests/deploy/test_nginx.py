"""Debian's nginx with deploy/nginx.conf in front of the live test server, as in production."""

import getpass
import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings

from tests.factories import make_article
from tests.multimedia.helpers import make_photo, pdf_bytes

from .conftest import REPO, fetch, free_port, stop, wait_for_port

NGINX = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
IMMUTABLE = "public, max-age=31536000, immutable"

pytestmark = pytest.mark.skipif(not NGINX, reason="nginx is not installed (.ci/run installs it)")


def render_config(run_dir, **placeholders):
    config = (REPO / "deploy" / "nginx.conf").read_text()
    for name, value in placeholders.items():
        config = config.replace(f"@{name}@", str(value))
    assert not re.search(r"@[A-Z_]+@", config), "a placeholder of deploy/nginx.conf is not filled"
    path = run_dir / "nginx.conf"
    path.write_text(config)
    return path


@pytest.fixture
def nginx_url(live_server, collected_static, tmp_path, settings):
    """nginx's address, proxying to the live server; pages see this test's database and cache."""
    port = free_port()
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    config = render_config(
        run_dir,
        USER=getpass.getuser(),
        LISTEN=f"127.0.0.1:{port}",
        SERVER_NAME="localhost",
        APP=f"127.0.0.1:{live_server.url.rsplit(':', 1)[1]}",
        STATIC_ROOT=collected_static,
        MEDIA_ROOT=settings.MEDIA_ROOT,
        RUN_DIR=run_dir,
        CACHE_DIR=tmp_path / "cache",
    )
    log = run_dir / "error.log"
    log.touch()
    nginx = subprocess.Popen(
        [NGINX, "-p", run_dir, "-c", config, "-e", log, "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(port, nginx, log=log)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(nginx)


def test_public_page_through_nginx(nginx_url):
    article = make_article(title="Cà phê Buôn Ma Thuột được mùa")

    status, headers, body = fetch(nginx_url, article.get_absolute_url())

    assert status == 200
    assert "Cà phê Buôn Ma Thuột được mùa" in body.decode()


def test_photo_is_served_from_disk_with_the_apps_headers(nginx_url):
    photo = make_photo()
    rendition = photo.renditions["shapes"]["original"]["stem"] + "-640.webp"

    status, headers, _body = fetch(nginx_url, f"/media/{rendition}")
    original_status, original_headers, _original = fetch(nginx_url, photo.file.url)

    assert status == 200
    assert headers["Content-Type"] == "image/webp"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Security-Policy"] == "sandbox"
    assert headers["Cache-Control"] == IMMUTABLE
    assert headers["Server"] == "nginx"
    assert original_status == 200
    assert original_headers["Content-Type"] == "image/jpeg"
    assert original_headers["Cache-Control"] == "public, max-age=86400"


def test_other_media_files_are_downloaded_and_dotfiles_hidden(nginx_url):
    folder = Path(settings.MEDIA_ROOT) / "nginx"
    folder.mkdir(exist_ok=True)
    (folder / "trang.html").write_text("<script>alert(1)</script>")
    (folder / ".an").write_text("secret")

    status, headers, _body = fetch(nginx_url, "/media/nginx/trang.html")

    assert status == 200
    assert headers["Content-Type"] == "application/octet-stream"
    assert headers["Content-Disposition"] == "attachment"
    assert fetch(nginx_url, "/media/nginx/.an")[0] == 404
    assert fetch(nginx_url, "/media/nginx/")[0] in (403, 404)
    assert b"DJANGO_SETTINGS_MODULE" not in fetch(nginx_url, "/media/../manage.py")[2]


def test_pdf_range_is_answered_by_nginx(nginx_url):
    data = pdf_bytes(pages=2)
    path = Path(settings.MEDIA_ROOT) / "nginx-so.pdf"
    path.write_bytes(data)

    status, headers, body = fetch(nginx_url, "/media/nginx-so.pdf", headers={"Range": "bytes=0-99"})

    assert status == 206
    assert headers["Content-Range"] == f"bytes 0-99/{len(data)}"
    assert body == data[:100]


def test_static_files_hashed_names_for_a_year(nginx_url, collected_static):
    manifest = json.loads((collected_static / "staticfiles.json").read_text())

    status, headers, _body = fetch(nginx_url, f"/static/{manifest['paths']['css/site.css']}")
    plain_status, plain_headers, _plain = fetch(nginx_url, "/static/css/site.css")

    assert status == 200
    assert headers["Content-Type"].startswith("text/css")
    assert headers["Cache-Control"] == IMMUTABLE
    assert plain_status == 200
    assert plain_headers["Cache-Control"] == "public, max-age=3600"


def test_public_pages_are_served_from_the_micro_cache(nginx_url):
    article = make_article(title="Tin trong bộ nhớ đệm của nginx")
    first = fetch(nginx_url, article.get_absolute_url())
    second = fetch(nginx_url, article.get_absolute_url())

    assert first[1]["X-Cache-Status"] == "MISS"
    assert second[1]["X-Cache-Status"] == "HIT"
    assert "Tin trong bộ nhớ đệm của nginx" in second[2].decode()
    assert "X-Accel-Expires" not in second[1]


def test_a_purge_is_seen_through_nginx_within_its_micro_cache_time(nginx_url):
    article = make_article(title="Tiêu đề cũ của bài")
    fetch(nginx_url, article.get_absolute_url())
    assert fetch(nginx_url, article.get_absolute_url())[1]["X-Cache-Status"] == "HIT"

    article.title = "Tiêu đề mới của bài"
    article.save()

    # nginx keeps a page PAGE_CACHE_PROXY_SECONDS, then refreshes it in the background (the
    # first reader after that still gets the old copy, marked STALE).
    deadline = time.monotonic() + settings.PAGE_CACHE_PROXY_SECONDS + 3
    while "Tiêu đề mới của bài" not in fetch(nginx_url, article.get_absolute_url())[2].decode():
        assert time.monotonic() < deadline, "the edit never showed through nginx"
        time.sleep(0.2)


def test_page_without_x_accel_expires_is_never_cached(nginx_url):
    first = fetch(nginx_url, "/tim-kiem/?q=ca-phe")
    second = fetch(nginx_url, "/tim-kiem/?q=ca-phe")

    assert first[0] == second[0] == 200
    assert second[1]["X-Cache-Status"] == "MISS"


def test_staff_with_a_session_cookie_bypass_the_cache(nginx_url):
    url = make_article().get_absolute_url()
    fetch(nginx_url, url)

    status, headers, _body = fetch(nginx_url, url, headers={"Cookie": "sessionid=x"})

    assert status == 200
    assert headers["X-Cache-Status"] == "BYPASS"


def test_admin_is_never_cached(nginx_url):
    status, headers, _body = fetch(nginx_url, "/admin/login/")

    assert status == 200
    assert "X-Cache-Status" not in headers
