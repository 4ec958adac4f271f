"""Turning an article into a long read or an infographic (or back) purges its page and the lists
of that form: /emagazine/, /multimedia/, /multimedia/infographic/, the home page's blocks; a photo's
new crop reaches the sitemaps that name its files."""

from datetime import UTC, datetime

import pytest

from multimedia.models import Image
from tests.articles.helpers import make_emagazine, make_infographic
from tests.factories import make_article
from tests.multimedia.helpers import make_photo, make_video

from .helpers import fresh, stored

pytestmark = pytest.mark.django_db


def test_becoming_an_emagazine_purges_its_page_and_the_emagazine_list(client):
    article = make_article(title="Mùa cà phê trên cao nguyên", body="<h2>Rẫy nhà</h2>")
    assert "emagazine-cover" not in stored(client, article.get_absolute_url())
    assert article.title not in stored(client, "/emagazine/")

    article.presentation = "emagazine"
    article.save()

    assert "emagazine-cover" in fresh(client, article.get_absolute_url())
    assert article.title in fresh(client, "/emagazine/")


def test_leaving_the_emagazines_purges_their_list(client):
    article = make_emagazine()
    assert article.title in stored(client, "/emagazine/")

    article.presentation = "standard"
    article.save()

    assert article.title not in fresh(client, "/emagazine/")


def test_an_infographic_joining_or_leaving_purges_the_multimedia_lists(client):
    article = make_infographic()
    for url in ("/multimedia/", "/multimedia/infographic/"):
        assert article.title in stored(client, url)

    article.presentation = "standard"
    article.save()

    for url in ("/multimedia/", "/multimedia/infographic/"):
        assert article.title not in fresh(client, url)


def test_publishing_a_long_read_purges_the_emagazine_list(client):
    article = make_emagazine(status="draft", published_at=None)
    assert article.title not in stored(client, "/emagazine/")

    article.status, article.published_at = "published", article.created_at
    article.save()

    assert article.title in fresh(client, "/emagazine/")


def test_a_new_infographic_joins_the_home_pages_multimedia_block(client):
    make_video(title="Video cũ")
    assert "Video cũ" in stored(client, "/").split("home-multimedia__grid", 1)[1]

    article = make_infographic()

    block = fresh(client, "/").split("home-multimedia__grid", 1)[1].split("</section>", 1)[0]
    assert article.title in block


def test_a_new_focal_point_renames_the_photo_in_the_month_sitemap(client):
    photo = make_photo()
    make_article(featured_image=photo, published_at=datetime(2025, 11, 20, 9, 0, tzinfo=UTC))
    url = "/sitemap-articles-2025-11.xml"
    before = photo.share_rendition().url
    assert before in stored(client, url)

    photo.focal_x, photo.focal_y = 0.1, 0.1
    photo.save()

    after = Image.objects.get(pk=photo.pk).share_rendition().url
    assert after != before and after in fresh(client, url)
