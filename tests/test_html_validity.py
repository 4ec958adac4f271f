"""Every kind of public page is valid HTML by the Nu HTML Checker (the W3C's validator)."""

import json
from pathlib import Path

import pytest

from audit.html_checker import VNU_JAR, html_errors, java_available
from tests.reader_pages import make_reader_pages

pytestmark = pytest.mark.skipif(
    not java_available(),
    reason="The Nu HTML Checker needs Java (apt-get install default-jre-headless)",
)


@pytest.fixture(autouse=True)
def checker_installed():
    if not VNU_JAR.exists():
        pytest.fail(f"{VNU_JAR} is missing: run `make browser-deps` (npm install of vnu-jar)")


@pytest.mark.django_db
def test_every_kind_of_public_page_is_valid_html(client, tmp_path):
    pages = make_reader_pages()
    files = []
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == (404 if name == "missing" else 200), name
        path = tmp_path / f"{name.replace(' ', '-')}.html"
        path.write_bytes(response.content)
        files.append(path)

    assert html_errors(files) == []


def test_the_checker_reports_invalid_html(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text(
        '<!DOCTYPE html><html lang="vi"><title>x</title><time datetime="hôm qua">x</time>'
    )

    assert len(html_errors([page])) == 1


def test_the_favicon_is_served_at_the_sites_root(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert b"".join(response.streaming_content).startswith(b"\x00\x00\x01\x00")


@pytest.mark.django_db
def test_pages_link_the_icons_and_the_web_app_manifest(client):
    from django.contrib.staticfiles import finders

    html = client.get("/").content.decode()
    manifest = json.loads(Path(finders.find("site.webmanifest")).read_text())

    assert '<link rel="icon" href="/favicon.ico"' in html
    assert 'rel="apple-touch-icon" href="/static/img/apple-touch-icon.png"' in html
    assert 'rel="manifest" href="/static/site.webmanifest"' in html
    assert manifest["name"] == "Báo Đắk Lắk"
    assert manifest["lang"] == "vi"
    assert all(finders.find(icon["src"]) for icon in manifest["icons"])
