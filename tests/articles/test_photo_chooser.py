"""Choosing photos: the body editor's library search and the featured/share photo chooser (the
library's own list in a popup), newest first, print-edition front pages only when asked."""

import re

import pytest

from multimedia.models import Image
from tests.articles.helpers import change_url, form_data, make_editor
from tests.factories import make_article, make_image
from tests.multimedia.helpers import make_print_issue

pytestmark = pytest.mark.django_db

LIBRARY_SEARCH = "/admin/body-editor/images/"
POPUP = "/admin/multimedia/image/"


@pytest.fixture
def editor_client(client):
    client.force_login(make_editor())
    return client


@pytest.fixture
def library():
    """An older photo, a print edition's front page, and the newest photo, in upload order."""
    older = make_image(caption="Cà phê chín đỏ")
    cover = make_image(caption="Trang nhất số 5231")
    make_print_issue(cover=cover)
    newest = make_image(caption="Lễ hội cà phê")
    return older, cover, newest


def captions(results):
    return [photo["caption"] for photo in results]


def test_the_body_editor_search_leaves_out_print_front_pages_unless_asked(editor_client, library):
    shown = editor_client.get(LIBRARY_SEARCH).json()["results"]
    asked = editor_client.get(LIBRARY_SEARCH, {"print": "1"}).json()["results"]

    assert captions(shown) == ["Lễ hội cà phê", "Cà phê chín đỏ"]
    assert captions(asked) == ["Lễ hội cà phê", "Trang nhất số 5231", "Cà phê chín đỏ"]


def test_a_body_photo_is_still_found_by_id_whatever_it_is(editor_client, library):
    _older, cover, _newest = library

    found = editor_client.get(LIBRARY_SEARCH, {"id": cover.pk}).json()["results"]

    assert captions(found) == ["Trang nhất số 5231"]


def test_the_chooser_popup_lists_thumbnails_newest_first_without_front_pages(
    editor_client, library
):
    html = editor_client.get(POPUP, {"_popup": "1", "_to_field": "id"}).content.decode()

    assert html.index("Lễ hội cà phê") < html.index("Cà phê chín đỏ")
    assert "Trang nhất số 5231" not in html
    assert html.count('class="admin-thumbnail"') == 2
    assert "Theo ảnh trang nhất báo in" in html  # the filter that brings them back


@pytest.mark.parametrize(
    "choice, shown", [("show", 3), ("only", 1)], ids=["front pages too", "front pages only"]
)
def test_the_chooser_popup_shows_front_pages_when_asked(editor_client, library, choice, shown):
    html = editor_client.get(POPUP, {"_popup": "1", "_to_field": "id", "print": choice})

    assert "Trang nhất số 5231" in html.content.decode()
    assert html.content.decode().count('class="admin-thumbnail"') == shown


def test_the_chooser_popup_searches_captions(editor_client, library):
    html = editor_client.get(POPUP, {"_popup": "1", "_to_field": "id", "q": "lễ hội"})

    assert "Lễ hội cà phê" in html.content.decode()
    assert "Cà phê chín đỏ" not in html.content.decode()


def test_the_featured_photo_shows_as_a_thumbnail_with_a_library_button(editor_client):
    photo = make_image(caption="Voi Bản Đôn")
    article = make_article(featured_image=photo)

    html = editor_client.get(change_url(article)).content.decode()
    chooser = re.search(
        r'<div class="photo-chooser".*?id="lookup_id_featured_image".*?</div>', html, re.S
    )

    assert chooser, "no photo chooser for the featured image"
    assert f'src="{photo.picture().src}"' in chooser.group(0)
    assert "Voi Bản Đôn" in chooser.group(0)
    assert f'href="{POPUP}?_to_field=id"' in chooser.group(0)
    assert 'id="id_social_image"' in html and "Chưa chọn ảnh." in html


def test_a_photo_chosen_in_the_popup_is_saved_as_the_featured_image(editor_client):
    article = make_article()
    photo = make_image()

    editor_client.post(change_url(article), form_data(article, featured_image=str(photo.pk)))

    article.refresh_from_db()
    assert article.featured_image == photo


@pytest.mark.parametrize("posted", ["missing", "²", "-3", "1e3"])
def test_a_photo_number_that_does_not_exist_is_refused_with_a_message(editor_client, posted):
    article = make_article()
    missing = (Image.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 100
    posted = missing if posted == "missing" else posted

    response = editor_client.post(change_url(article), form_data(article, featured_image=posted))

    assert response.status_code == 200 and "errorlist" in response.content.decode()
    article.refresh_from_db()
    assert article.featured_image is None
