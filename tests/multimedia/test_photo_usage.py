"""Photos that articles show cannot be deleted from the library, and their page says where."""

import importlib

import pytest
from django.db import connection

from articles.models import Article
from multimedia.models import Image
from tests.factories import make_article, make_image, make_user
from tests.multimedia.helpers import make_gallery

pytestmark = pytest.mark.django_db

backfill = importlib.import_module("articles.migrations.0010_backfill_body_image_ids").BACKFILL


def figure(image):
    return f'<figure data-image-id="{image.pk}"></figure>'


@pytest.fixture
def admin_client(client):
    client.force_login(make_user(is_superuser=True))
    return client


def test_saving_an_article_records_the_photos_its_body_shows():
    first, second = make_image(), make_image()
    article = make_article(body=f"{figure(second)}<p>Giữa</p>{figure(first)}{figure(second)}")

    assert article.body_image_ids == sorted([first.pk, second.pk])

    article.body = "<p>Không còn ảnh.</p>"
    article.save()
    assert Article.objects.get(pk=article.pk).body_image_ids == []


def test_migration_backfills_photo_ids_of_existing_bodies():
    first, second = make_image(), make_image()
    article = make_article(body=f"{figure(second)}<p>Chữ</p>{figure(first)}{figure(first)}")
    plain = make_article()
    Article.objects.update(body_image_ids=[])

    with connection.cursor() as cursor:
        cursor.execute(backfill)

    assert Article.objects.get(pk=article.pk).body_image_ids == sorted([first.pk, second.pk])
    assert Article.objects.get(pk=plain.pk).body_image_ids == []


def test_deleting_a_photo_shown_in_an_article_body_is_refused(admin_client):
    image = make_image(caption="Voi bản Đôn")
    article = make_article(title="Voi về buôn", body=figure(image))
    url = f"/admin/multimedia/image/{image.pk}/delete/"

    page = admin_client.get(url).content.decode()
    response = admin_client.post(url, {"post": "yes"})

    assert Image.objects.filter(pk=image.pk).exists()
    assert response.status_code == 200
    html = response.content.decode()
    for shown in (page, html):
        assert "Ảnh “Voi bản Đôn” đang được dùng nên không thể xóa:" in shown
        assert "đang nằm trong nội dung bài" in shown
        assert f'href="/admin/articles/article/{article.pk}/change/">Voi về buôn</a>' in shown


def test_bulk_deletion_is_refused_when_one_photo_is_used(admin_client):
    used, unused = make_image(caption="Ảnh đang dùng"), make_image(caption="Ảnh bỏ đi")
    make_article(title="Bài có ảnh", body=f"<p>Chữ</p>{figure(used)}", status="draft")
    data = {"action": "delete_selected", "_selected_action": [used.pk, unused.pk], "post": "yes"}

    response = admin_client.post("/admin/multimedia/image/", data)

    assert Image.objects.filter(pk__in=[used.pk, unused.pk]).count() == 2
    html = response.content.decode()
    assert "Ảnh “Ảnh đang dùng” đang nằm trong nội dung bài" in html
    assert "Bài có ảnh" in html and "Ảnh “Ảnh bỏ đi”" not in html


def test_unused_photos_are_deleted_in_bulk(admin_client):
    images = [make_image(), make_image()]
    make_article(body="<p>Không ảnh.</p>")
    data = {"action": "delete_selected", "_selected_action": [i.pk for i in images], "post": "yes"}

    response = admin_client.post("/admin/multimedia/image/", data)

    assert response.status_code == 302
    assert not Image.objects.filter(pk__in=[i.pk for i in images]).exists()


def test_deleting_a_photo_of_a_gallery_is_refused(admin_client):
    gallery = make_gallery(photos=1, title="Mùa cà phê")
    image = gallery.photos.get().image

    response = admin_client.post(f"/admin/multimedia/image/{image.pk}/delete/", {"post": "yes"})

    assert Image.objects.filter(pk=image.pk).exists()
    assert "Không thể xóa" in response.content.decode()


def test_photo_page_lists_the_articles_using_it(admin_client):
    image = make_image()
    in_body = make_article(title="Ảnh trong bài", body=figure(image))
    featured = make_article(title="Ảnh đại diện", featured_image=image)
    make_article(title="Bài không liên quan", body=figure(make_image()))

    html = admin_client.get(f"/admin/multimedia/image/{image.pk}/change/").content.decode()

    assert "Được dùng trong" in html
    assert f'href="/admin/articles/article/{in_body.pk}/change/">Ảnh trong bài</a>' in html
    assert f'href="/admin/articles/article/{featured.pk}/change/">Ảnh đại diện</a>' in html
    assert "Bài không liên quan" not in html


def test_photo_page_says_when_no_article_uses_it(admin_client):
    image = make_image()

    html = admin_client.get(f"/admin/multimedia/image/{image.pk}/change/").content.decode()

    assert "Chưa bài viết nào dùng ảnh này." in html
