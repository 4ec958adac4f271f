"""Infographic articles listed under Multimedia: /multimedia/ and /multimedia/infographic/."""

import pytest

from tests.articles.helpers import make_infographic
from tests.factories import make_article

from .helpers import make_gallery, make_video

pytestmark = pytest.mark.django_db


def test_multimedia_lists_infographic_articles_with_videos_and_galleries(client):
    infographic = make_infographic(title="Cà phê qua những con số")
    video = make_video(title="Lễ hội cà phê")
    make_infographic(title="Infographic nháp", status="draft", published_at=None)
    make_article(title="Tin thường")

    page = client.get("/multimedia/").content.decode()

    assert infographic.title in page and video.title in page
    assert f'href="{infographic.get_absolute_url()}"' in page
    assert "(Infographic)" in page
    assert "Infographic nháp" not in page and "Tin thường" not in page


def test_infographic_list_shows_infographics_only(client):
    article = make_infographic(title="Cà phê qua những con số")
    gallery = make_gallery(title="Đồ họa giá lúa", kind="infographic")
    make_gallery(title="Phóng sự mùa hái", kind="photo_story")
    make_video(title="Lễ hội cà phê")

    page = client.get("/multimedia/infographic/").content.decode()

    assert article.title in page and gallery.title in page
    assert "Phóng sự mùa hái" not in page and "Lễ hội cà phê" not in page
    assert '<h1 class="page-title">Infographic</h1>' in page


@pytest.mark.parametrize("url", ["/multimedia/", "/multimedia/infographic/"])
def test_media_lists_cost_the_same_for_one_or_nine_infographics(uncached_queries, url):
    make_infographic()
    make_gallery(kind="infographic")
    few, _html = uncached_queries(url)
    for number in range(8):
        make_infographic(title=f"Infographic số {number}")
    many, html = uncached_queries(url)

    assert len(many) == len(few)
    assert html.count("media-card") >= 9
