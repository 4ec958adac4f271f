"""Photo galleries inside article bodies: kept by the admin editor, found through its endpoint."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from multimedia.models import Gallery
from tests.articles.admin_forms import admin_form_data
from tests.articles.test_body_images import editor_config
from tests.factories import make_article, make_image, make_user
from tests.multimedia.helpers import make_gallery

pytestmark = pytest.mark.django_db

URL = "/admin/body-editor/galleries/"


def gallery_figure(gallery):
    return f'<figure data-gallery-id="{gallery.pk}"></figure>'


def writer():
    user = make_user()
    user.user_permissions.add(Permission.objects.get(codename="change_article"))
    return user


def test_article_saved_through_admin_keeps_gallery_figure(client):
    client.force_login(make_user(is_superuser=True))
    gallery = make_gallery(title="Lễ hội cà phê")
    article = make_article(body=f"<p>Mở đầu</p>{gallery_figure(gallery)}<p>Kết</p>")
    url = f"/admin/articles/article/{article.pk}/change/"
    data = admin_form_data(client.get(url), "article_form")
    assert gallery_figure(gallery) in data["body"][0]  # what the editor is given to load

    assert client.post(url, data).status_code == 302

    body = Article.objects.get(pk=article.pk).body
    assert body == f"<p>Mở đầu</p>{gallery_figure(gallery)}<p>Kết</p>"
    assert "Lễ hội cà phê" in client.get(article.get_absolute_url()).content.decode()


def test_admin_editor_offers_the_gallery_node_and_its_translated_button(client):
    client.force_login(make_user(is_superuser=True))

    response = client.get(f"/admin/articles/article/{make_article().pk}/change/")

    galleries = editor_config(response)["extensions"]["ArticleGallery"]
    assert galleries["searchUrl"] == URL
    catalog = client.get("/admin/jsi18n/").content.decode()
    assert '"Insert gallery": "Ch\\u00e8n ph\\u00f3ng s\\u1ef1 \\u1ea3nh"' in catalog


def test_gallery_search_lists_published_galleries_matching_the_title(client):
    client.force_login(writer())
    wanted = make_gallery(title="Mùa hoa cà phê", photos=2)
    make_gallery(title="Mùa hoa cà phê (nháp)", status=Gallery.Status.DRAFT, published_at=None)
    make_gallery(title="Đua voi Buôn Đôn")

    found = client.get(URL, {"q": "hoa cà phê"}).json()

    assert [gallery["title"] for gallery in found["results"]] == ["Mùa hoa cà phê"]
    result = found["results"][0]
    assert result["id"] == wanted.pk and result["photo_count"] == 2 and result["is_published"]
    assert result["thumbnail"] == wanted.cover.picture().src


def test_gallery_without_cover_shows_its_first_photo(client):
    client.force_login(writer())
    gallery = make_gallery(photos=2)
    first = gallery.photos.first().image
    Gallery.objects.filter(pk=gallery.pk).update(cover=None)

    found = client.get(URL, {"id": gallery.pk}).json()["results"]

    assert found[0]["thumbnail"] == first.picture().src


def test_gallery_lookup_by_id_includes_drafts_so_the_editor_can_warn(client):
    client.force_login(writer())
    draft = make_gallery(status=Gallery.Status.DRAFT, published_at=None)

    found = client.get(URL, {"id": [draft.pk, "1 OR 1=1"]}).json()["results"]

    assert [(gallery["id"], gallery["is_published"]) for gallery in found] == [(draft.pk, False)]


def lookup_queries(client, galleries):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, {"id": [gallery.pk for gallery in galleries]})
    assert len(response.json()["results"]) == len(galleries)
    return len(queries)


def test_gallery_lookup_costs_the_same_queries_however_many_galleries(client):
    client.force_login(writer())
    one = [make_gallery(photos=2)]
    five = [make_gallery(photos=3) for _ in range(5)]
    Gallery.objects.filter(pk=five[0].pk).update(cover=None)  # thumbnail from the first photo

    # Session, user, the user's and the groups' permissions (may_write_bodies), the galleries
    # with their thumbnail ids and photo counts, their thumbnail photos.
    assert lookup_queries(client, one) == 6
    assert lookup_queries(client, five) == 6


@pytest.mark.parametrize(
    "user",
    [None, lambda: make_user(is_staff=False), lambda: make_user()],
    ids=["anonymous", "reader account", "staff who cannot write articles"],
)
def test_gallery_search_is_refused_to_everyone_but_writers(client, user):
    if user:
        client.force_login(user())
    make_gallery()

    response = client.get(URL)

    assert response.status_code == 403
    assert "results" not in response.json()
    assert response.json()["error"]


def test_photo_figure_and_gallery_figure_stay_apart(client):
    client.force_login(make_user(is_superuser=True))
    image, gallery = make_image(), make_gallery()
    body = f'<figure data-image-id="{image.pk}"></figure>{gallery_figure(gallery)}'

    article = make_article(body=body)

    assert article.body == body
    assert article.body_image_ids == [image.pk]
