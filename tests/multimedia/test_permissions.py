"""Who may do what, checked over HTTP through the admin with the role groups' own permissions."""

import pytest

from multimedia.models import PrintIssue, Video

from .helpers import make_member, pdf_bytes, picture_bytes, upload

pytestmark = pytest.mark.django_db

INLINE_PAGES = {
    "pages-TOTAL_FORMS": "0",
    "pages-INITIAL_FORMS": "0",
    "pages-MIN_NUM_FORMS": "0",
    "pages-MAX_NUM_FORMS": "1000",
}


def issue_form(number, pdf=None):
    return {
        "number": str(number),
        "issue_date": "2026-11-27",
        "pdf": pdf or upload("so.pdf", pdf_bytes(), "application/pdf"),
        "status": "published",
        "published_at_0": "",
        "published_at_1": "",
        **INLINE_PAGES,
    }


def video_form(**fields):
    return {
        "title": "Hội đua voi",
        "slug": "",
        "caption": "",
        "embed_url": "https://youtu.be/dQw4w9WgXcQ",
        "duration": "3:25",
        "transcript": "",
        "status": "published",
        "published_at_0": "",
        "published_at_1": "",
        **fields,
    }


def test_journalist_uploads_a_photo(client):
    client.force_login(make_member("Journalist"))

    response = client.post(
        "/admin/multimedia/image/add/",
        {"alt_text": "Voi", "file": upload("voi.jpg", picture_bytes(), "image/jpeg")},
    )

    assert response.status_code == 302


def test_journalist_adds_a_video_but_cannot_publish_it(client):
    client.force_login(make_member("Journalist"))

    response = client.post("/admin/multimedia/video/add/", video_form())

    assert response.status_code == 302
    video = Video.objects.get()
    assert video.status == Video.Status.DRAFT and not video.is_published()


def test_editor_publishes_a_video(client):
    client.force_login(make_member("Editor"))

    response = client.post("/admin/multimedia/video/add/", video_form())

    assert response.status_code == 302
    assert Video.objects.published().get().duration.total_seconds() == 205


def test_video_needs_exactly_one_source(client):
    client.force_login(make_member("Editor"))

    response = client.post("/admin/multimedia/video/add/", video_form(embed_url=""))

    assert response.status_code == 200
    assert "Hãy tải lên tệp video hoặc nhập địa chỉ YouTube/Facebook" in response.content.decode()
    assert not Video.objects.exists()


def test_uploaded_video_must_really_be_mp4_or_webm(client):
    client.force_login(make_member("Editor"))
    fake = upload("clip.mp4", b"<?php echo 1; ?>" + b"\x00" * 32, "video/mp4")

    response = client.post("/admin/multimedia/video/add/", video_form(embed_url="", file=fake))

    assert "Chỉ nhận tệp video MP4 hoặc WebM." in response.content.decode()
    assert not Video.objects.exists()


def test_journalist_cannot_publish_a_print_issue(client):
    client.force_login(make_member("Journalist"))

    response = client.post("/admin/multimedia/printissue/add/", issue_form(120))

    assert response.status_code == 403
    assert not PrintIssue.objects.exists()


def test_editor_publishes_a_print_issue_and_the_header_shows_it(client):
    client.force_login(make_member("Editor"))

    response = client.post("/admin/multimedia/printissue/add/", issue_form(121))

    assert response.status_code == 302
    assert PrintIssue.objects.published().get().number == 121
    client.logout()
    assert "Đọc Báo in số 121" in client.get("/").content.decode()


def test_editor_upload_of_a_non_pdf_issue_is_refused(client):
    client.force_login(make_member("Editor"))
    fake = upload("so.pdf", picture_bytes(), "application/pdf")

    response = client.post("/admin/multimedia/printissue/add/", issue_form(122, pdf=fake))

    assert response.status_code == 200
    assert "Báo in chỉ nhận tệp PDF." in response.content.decode()
    assert not PrintIssue.objects.exists()


def test_editor_admin_pages_for_media_open(client):
    from .helpers import make_gallery, make_photo, make_print_issue, make_video

    client.force_login(make_member("Editor"))
    photo = make_photo()
    objects = [photo, make_video(), make_gallery(photos=2), make_print_issue()]

    for model in ["image", "video", "gallery", "printissue"]:
        assert client.get(f"/admin/multimedia/{model}/").status_code == 200, model
        assert client.get(f"/admin/multimedia/{model}/add/").status_code == 200, model
    for obj in objects:
        url = f"/admin/multimedia/{obj._meta.model_name}/{obj.pk}/change/"
        assert client.get(url).status_code == 200, url
    listing = client.get("/admin/multimedia/image/").content.decode()
    assert photo.picture().src in listing  # thumbnails are the small renditions, not originals


def test_editing_a_photo_without_a_new_file_keeps_it(client):
    from .helpers import make_photo

    client.force_login(make_member("Journalist"))
    photo = make_photo()
    name, renditions = photo.file.name, photo.renditions

    response = client.post(
        f"/admin/multimedia/image/{photo.pk}/change/",
        {"alt_text": "Mô tả mới", "caption": "", "credit": "", "focal_x": "", "focal_y": ""},
    )

    assert response.status_code == 302
    photo.refresh_from_db()
    assert (photo.alt_text, photo.file.name, photo.renditions) == ("Mô tả mới", name, renditions)
