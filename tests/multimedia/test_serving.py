"""/media/ served by the site itself (DEBUG off, local storage) and the print PDF's byte ranges."""

from pathlib import Path

import pytest
from django.conf import settings

from .helpers import make_photo, make_print_issue, pdf_bytes

# A 404 page reads the site settings from the database.
pytestmark = pytest.mark.django_db

IMMUTABLE = "public, max-age=31536000, immutable"


def put_media_file(name, data):
    path = Path(settings.MEDIA_ROOT) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return f"/media/{name}"


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def pdf_url():
    return put_media_file("tai-lieu/ke-hoach.pdf", pdf_bytes(pages=3))


def test_rendition_is_served_with_its_type_and_cached_for_a_year(client):
    photo = make_photo()
    url = photo.renditions["shapes"]["original"]["stem"] + "-640.webp"

    response = client.get(f"/media/{url}")

    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["Cache-Control"] == IMMUTABLE
    assert body(response)[:4] == b"RIFF"


def test_original_photo_is_public_for_a_shorter_time(client):
    photo = make_photo()

    response = client.get(photo.file.url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "public, max-age=86400"
    assert not response.get("Content-Disposition", "").startswith("attachment")


def test_range_gives_206_with_that_slice(client, pdf_url):
    whole = body(client.get(pdf_url))

    response = client.get(pdf_url, headers={"Range": "bytes=0-99"})

    assert response.status_code == 206
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Range"] == f"bytes 0-99/{len(whole)}"
    assert response["Content-Length"] == "100"
    assert "Content-Encoding" not in response
    assert body(response) == whole[:100]


def test_suffix_and_open_ended_ranges(client, pdf_url):
    whole = body(client.get(pdf_url))

    assert body(client.get(pdf_url, headers={"Range": "bytes=-10"})) == whole[-10:]
    assert body(client.get(pdf_url, headers={"Range": "bytes=50-"})) == whole[50:]
    past_the_end = client.get(pdf_url, headers={"Range": "bytes=10-99999999"})
    assert past_the_end["Content-Range"] == f"bytes 10-{len(whole) - 1}/{len(whole)}"
    assert client.get(pdf_url, headers={"Range": "bytes=-0"}).status_code == 416


def test_range_beyond_the_end_is_416(client, pdf_url):
    size = len(body(client.get(pdf_url)))

    response = client.get(pdf_url, headers={"Range": f"bytes={size}-{size + 10}"})
    open_ended = client.get(pdf_url, headers={"Range": f"bytes={size + 10}-"})

    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{size}"
    assert open_ended.status_code == 416


def test_malformed_range_gets_the_whole_file(client, pdf_url):
    response = client.get(pdf_url, headers={"Range": "bytes=90-10"})

    assert response.status_code == 200


def test_range_with_a_stale_if_range_gets_the_whole_file(client, pdf_url):
    response = client.get(pdf_url, headers={"Range": "bytes=0-9", "If-Range": '"stale"'})

    assert response.status_code == 200


def test_etag_and_last_modified_give_304(client, pdf_url):
    first = client.get(pdf_url)

    by_etag = client.get(pdf_url, headers={"If-None-Match": first["ETag"]})
    by_date = client.get(pdf_url, headers={"If-Modified-Since": first["Last-Modified"]})

    assert by_etag.status_code == 304
    assert by_date.status_code == 304
    assert by_etag["ETag"] == first["ETag"]


def test_head_has_the_headers_and_no_body(client, pdf_url):
    size = len(body(client.get(pdf_url)))

    response = client.head(pdf_url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Length"] == str(size)
    assert body(response) == b""


def test_post_is_not_allowed(client, pdf_url):
    assert client.post(pdf_url).status_code == 405


@pytest.mark.parametrize(
    ("name", "data"),
    [("bai/trang.html", b"<script>alert(1)</script>"), ("bai/hinh.svg", b"<svg onload=x()/>")],
)
def test_files_that_could_run_script_are_downloaded(client, name, data):
    response = client.get(put_media_file(name, data))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Security-Policy"] == "sandbox"


def test_missing_file_and_directory_are_not_found(client, pdf_url):
    assert client.get("/media/tai-lieu/khong-co.pdf").status_code == 404
    assert client.get("/media/tai-lieu/").status_code == 404
    assert client.get("/media/tai-lieu").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/media/../manage.py",
        "/media/tai-lieu/../../manage.py",
        "/media/%2e%2e/manage.py",
        "/media/tai-lieu/%2E%2E%2F%2E%2E%2Fmanage.py",
        "/media/..%2fmanage.py",
        "/media//etc/passwd",
        "/media/%2Fetc%2Fpasswd",
        "/media/tai-lieu/%00.pdf",
    ],
)
def test_paths_outside_the_media_root_are_not_found(client, pdf_url, url):
    assert client.get(url).status_code == 404


def test_symlink_out_of_the_media_root_is_not_followed(client, tmp_path):
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(pdf_bytes())
    link = Path(settings.MEDIA_ROOT) / "lien-ket.pdf"
    link.unlink(missing_ok=True)
    link.symlink_to(secret)

    assert client.get("/media/lien-ket.pdf").status_code == 404


def test_print_pdf_answers_a_range(client):
    issue = make_print_issue(number=9001)
    whole = body(client.get(issue.get_pdf_url()))

    response = client.get(issue.get_pdf_url(), headers={"Range": "bytes=0-99"})

    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 0-99/{len(whole)}"
    assert body(response) == whole[:100]
    assert response["Content-Disposition"].startswith("inline;")


def test_print_pdf_refuses_a_range_past_its_end_and_offers_ranges(client):
    issue = make_print_issue(number=9002)
    whole = client.get(issue.get_pdf_url())
    size = len(body(whole))

    refused = client.get(issue.get_pdf_url(), headers={"Range": f"bytes={size}-"})
    stored_file = client.get(issue.pdf.url, headers={"Range": "bytes=-100"})

    assert whole["Accept-Ranges"] == "bytes"
    assert refused.status_code == 416
    assert refused["Content-Range"] == f"bytes */{size}"
    assert stored_file.status_code == 206
    assert stored_file["Content-Range"] == f"bytes {size - 100}-{size - 1}/{size}"
