"""Bodies larger than a page accepts are refused with 413 before they are read."""

import socket
from urllib.parse import urlsplit

import pytest

from multimedia.models import Image, Video
from tests.comments.helpers import form_url
from tests.factories import make_article
from tests.multimedia.helpers import make_member, picture_bytes, upload

pytestmark = pytest.mark.django_db

MEGABYTE = 1024 * 1024


def announce_body(server_url, path, length):
    """Send only the headers of a `length`-byte upload and read what the server answers."""
    address = urlsplit(server_url)
    with socket.create_connection((address.hostname, address.port), timeout=20) as connection:
        connection.sendall(
            (
                f"POST {path} HTTP/1.1\r\nHost: localhost\r\n"
                "Content-Type: multipart/form-data; boundary=ranh-gioi\r\n"
                f"Content-Length: {length}\r\nConnection: close\r\n\r\n--ranh-gioi\r\n"
            ).encode()
        )
        # The answer comes at once; the server may then wait for the body it announced, so
        # read up to the end of the page rather than to the end of the connection.
        answer = b""
        while b"</html>" not in answer and (chunk := connection.recv(65536)):
            answer += chunk
    return answer.decode("utf-8", "replace")


@pytest.mark.django_db(transaction=True)
def test_a_300_mb_photo_upload_is_refused_with_413_before_its_body_is_read(live_server):
    answer = announce_body(live_server.url, "/admin/multimedia/image/add/", 300 * MEGABYTE)

    assert answer.startswith("HTTP/1.1 413")
    assert "Tệp quá lớn" in answer


@pytest.mark.django_db(transaction=True)
def test_a_body_over_the_largest_upload_is_refused_on_any_address(live_server, settings):
    answer = announce_body(
        live_server.url, "/khong-co-trang-nay/", settings.REQUEST_MAX_BODY_BYTES + 1
    )

    assert answer.startswith("HTTP/1.1 413")


def test_comment_form_refuses_a_body_larger_than_its_fields_with_413(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    article = make_article()

    response = client.post(
        form_url(article), {"body": "Ý kiến", "file": upload("anh.jpg", b"x" * 20_000)}
    )

    assert response.status_code == 413
    assert "Tệp quá lớn" in response.content.decode()


def test_photo_form_refuses_a_body_over_the_photo_limit_with_413(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    settings.MULTIMEDIA_MAX_IMAGE_BYTES = 20_000
    client.force_login(make_member("Journalist"))

    response = client.post(
        "/admin/multimedia/image/add/",
        {"alt_text": "Ảnh", "file": upload("anh.jpg", b"\xff\xd8" + b"x" * 40_000)},
    )

    assert response.status_code == 413
    assert "tối đa 29,3\xa0KB" in response.content.decode()
    assert not Image.objects.exists()


def test_video_form_takes_a_body_larger_than_a_photo(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    settings.MULTIMEDIA_MAX_IMAGE_BYTES = 20_000
    client.force_login(make_member("Editor"))
    clip = upload("clip.mp4", b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 40_000, "video/mp4")

    response = client.post(
        "/admin/multimedia/video/add/",
        {
            "title": "Hội đua voi",
            "slug": "",
            "caption": "",
            "embed_url": "",
            "duration": "3:25",
            "transcript": "",
            "status": "draft",
            "published_at_0": "",
            "published_at_1": "",
            "file": clip,
        },
    )

    assert response.status_code == 302
    assert Video.objects.get().file.size > 40_000


def test_a_photo_within_its_limit_still_uploads(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    client.force_login(make_member("Journalist"))

    response = client.post(
        "/admin/multimedia/image/add/",
        {
            "alt_text": "Ảnh",
            "credit": "A",
            "file": upload("anh.jpg", picture_bytes(size=(400, 300))),
        },
    )

    assert response.status_code == 302
