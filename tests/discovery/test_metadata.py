import json
import re
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import feedparser
import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from lxml import etree, html

from articles.models import Article, ArticleSlugHistory, SiteSettings
from tests.articles.helpers import change_url, form_data
from tests.factories import (
    jpeg_bytes,
    make_article,
    make_author,
    make_image,
    make_section,
    make_user,
)

pytestmark = pytest.mark.django_db

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return html.fromstring(response.content)


def meta(document, key):
    (element,) = document.xpath(f'//meta[@property="{key}" or @name="{key}"]')
    return element.get("content")


def json_ld(document):
    return {
        data["@type"]: data
        for data in (
            json.loads(script.text)
            for script in document.xpath('//script[@type="application/ld+json"]')
        )
    }


def make_full_article(**overrides):
    section = make_section(name="Kinh tế", parent=make_section(name="Thời sự"))
    fields = {
        "title": "Giá cà phê Buôn Ma Thuột lập đỉnh",
        "lead": "Giá cà phê nhân xô hôm nay tăng mạnh.",
        "section": section,
        "authors": [make_author(name="Duy Tiến")],
        "featured_image": make_image(alt_text="Cà phê chín đỏ"),
        "tags": ["Cà phê", "Đắk Lắk"],
        "published_at": datetime(2025, 11, 27, 18, 53, tzinfo=VN),
        **overrides,
    }
    return make_article(**fields)


def test_article_head_has_canonical_description_and_open_graph(client):
    article = make_full_article()

    document = head_of(client, article.get_absolute_url() + "?utm_source=zalo")

    url = "http://testserver" + article.get_absolute_url()
    assert document.xpath('//link[@rel="canonical"]/@href') == [url]
    assert meta(document, "description") == "Giá cà phê nhân xô hôm nay tăng mạnh."
    assert meta(document, "og:type") == "article"
    assert meta(document, "og:url") == url
    assert meta(document, "og:title") == article.title
    image = article.featured_image
    # Social cards get a 16:9 JPEG rendition, never the full-size upload.
    share_url = meta(document, "og:image")
    assert share_url.startswith("http://testserver/media/renditions/")
    assert share_url.endswith("-16x9-f50x50-640.jpg")
    assert share_url != "http://testserver" + image.file.url
    assert meta(document, "og:image:type") == "image/jpeg"
    assert (meta(document, "og:image:width"), meta(document, "og:image:height")) == ("640", "360")
    assert meta(document, "og:image:alt") == "Cà phê chín đỏ"
    assert meta(document, "twitter:card") == "summary_large_image"
    assert meta(document, "twitter:image") == share_url


def test_news_article_json_ld_fields_and_types(client):
    article = make_full_article()

    data = json_ld(head_of(client, article.get_absolute_url()))["NewsArticle"]

    url = "http://testserver" + article.get_absolute_url()
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == article.title
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert data["datePublished"] == "2025-11-27T18:53:00+07:00"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", data["dateModified"])
    (author,) = data["author"]
    assert author == {
        "@type": "Person",
        "name": "Duy Tiến",
        "url": "http://testserver" + article.bylines.get().author.get_absolute_url(),
    }
    # A 640×360 photo: each shape at the largest rendition width its crop reaches.
    assert [(image["width"], image["height"]) for image in data["image"]] == [
        (640, 360),
        (320, 240),
        (320, 320),
    ]
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == "Báo Đắk Lắk"
    assert data["publisher"]["logo"]["url"].startswith("http://testserver/static/")
    assert data["articleSection"] == "Kinh tế"
    assert set(data["keywords"].split(", ")) == {"Cà phê", "Đắk Lắk"}


def test_breadcrumb_list_walks_home_parent_section_article(client):
    article = make_full_article()

    data = json_ld(head_of(client, article.get_absolute_url()))["BreadcrumbList"]

    assert [item["name"] for item in data["itemListElement"]] == [
        "Báo Đắk Lắk",
        "Thời sự",
        "Kinh tế",
        article.title,
    ]
    assert [item["position"] for item in data["itemListElement"]] == [1, 2, 3, 4]
    assert data["itemListElement"][-1]["item"] == "http://testserver" + article.get_absolute_url()


def test_json_ld_cannot_close_its_script_element(client):
    article = make_full_article(title="Tiêu đề </script><script>alert(1)</script> & <b>")

    body = client.get(article.get_absolute_url()).content.decode()

    assert "</script><script>alert(1)" not in body
    data = json_ld(html.fromstring(body))["NewsArticle"]
    assert data["headline"] == "Tiêu đề </script><script>alert(1)</script> & <b>"


def test_agency_byline_without_author_page_is_an_organization(client):
    article = make_full_article(authors=[], byline_text="Theo TTXVN")

    data = json_ld(head_of(client, article.get_absolute_url()))["NewsArticle"]

    assert data["author"] == [{"@type": "Organization", "name": "Theo TTXVN"}]


def test_list_pages_have_canonical_and_open_graph(client):
    section = make_section(name="Xã hội", description="Tin xã hội Đắk Lắk")

    document = head_of(client, section.get_absolute_url() + "?page=2&utm_source=x")

    canonical = "http://testserver" + section.get_absolute_url() + "?page=2"
    assert document.xpath('//link[@rel="canonical"]/@href') == [canonical]
    assert meta(document, "og:title") == "Xã hội"
    assert meta(document, "og:description") == "Tin xã hội Đắk Lắk"


def test_one_set_of_dates_everywhere(client):
    """Visible time, JSON-LD, Open Graph, sitemap lastmod and RSS pubDate agree."""
    article = make_full_article(published_at=timezone.now() - timedelta(hours=5))
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() - timedelta(hours=2))
    article.refresh_from_db()
    published = article.published_at.replace(microsecond=0)
    modified = article.updated_at.replace(microsecond=0)

    page = head_of(client, article.get_absolute_url())
    ld = json_ld(page)["NewsArticle"]
    month = timezone.localtime(article.published_at).strftime("%Y-%m")
    sitemap = etree.fromstring(client.get(f"/sitemap-articles-{month}.xml").content)
    news = etree.fromstring(client.get("/sitemap-news.xml").content)
    feed = feedparser.parse(client.get("/rss/").content)
    namespaces = {
        "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "news": "http://www.google.com/schemas/sitemap-news/0.9",
    }

    visible = page.xpath('//p[@class="article__meta"]/time/@datetime')[0]
    assert datetime.fromisoformat(visible).replace(microsecond=0) == published
    assert page.xpath('//p[@class="article__meta"]/time')[0].text == timezone.localtime(
        published
    ).strftime("%H:%M, %d/%m/%Y")
    assert datetime.fromisoformat(ld["datePublished"]) == published
    assert datetime.fromisoformat(meta(page, "article:published_time")) == published
    assert (
        datetime.fromisoformat(news.findtext(".//news:publication_date", namespaces=namespaces))
        == published
    )
    assert parsedate_to_datetime(feed.entries[0].published) == published

    assert datetime.fromisoformat(ld["dateModified"]) == modified
    assert datetime.fromisoformat(meta(page, "article:modified_time")) == modified
    assert (
        datetime.fromisoformat(sitemap.findtext(".//sm:lastmod", namespaces=namespaces)) == modified
    )


def test_changed_slug_keeps_old_address_answering_301(client):
    editor = make_user(is_superuser=True)
    article = make_full_article(title="Tiêu đề cũ")
    old_url = article.get_absolute_url()
    other_section = make_section(name="Nông nghiệp")
    client.force_login(editor)

    response = client.post(
        change_url(article),
        form_data(article, title="Tiêu đề mới", slug="tieu-de-moi", section=other_section.pk),
    )
    assert response.status_code == 302, re.findall(r"errorlist.{0,300}", response.content.decode())
    client.logout()
    article.refresh_from_db()

    moved = client.get(old_url)

    assert moved.status_code == 301
    assert (
        moved["Location"]
        == article.get_absolute_url()
        == f"/nong-nghiep/tieu-de-moi-{article.pk}.html"
    )
    history = ArticleSlugHistory.objects.get(article=article)
    assert (history.section_slug, history.slug) == ("kinh-te", "tieu-de-cu")
    assert str(history) == old_url


def test_desk_roles_may_view_former_addresses():
    from django.contrib.auth.models import Group

    for name in ["Journalist", "Editor"]:
        codenames = Group.objects.get(name=name).permissions.values_list("codename", flat=True)
        assert "view_articleslughistory" in codenames


def test_news_article_offers_16x9_4x3_and_1x1_at_least_1200_wide(client):
    photo = make_image()
    photo.file.save("lon.jpg", ContentFile(jpeg_bytes(3000, 2000)), save=False)
    photo.save()
    article = make_full_article(featured_image=photo)

    data = json_ld(head_of(client, article.get_absolute_url()))["NewsArticle"]

    shapes = [(image["width"], image["height"]) for image in data["image"]]
    assert shapes == [(1280, 720), (1280, 960), (1280, 1280)]
    for image in data["image"]:
        assert client.get(image["url"].removeprefix("http://testserver")).status_code == 200


def test_an_article_without_a_photo_shares_the_site_image(client):
    article = make_full_article(featured_image=None)

    document = head_of(client, article.get_absolute_url())

    default = "http://testserver/static/img/share-default.png"
    assert meta(document, "og:image") == meta(document, "twitter:image") == default
    assert (meta(document, "og:image:width"), meta(document, "og:image:height")) == ("1200", "630")
    assert [image["url"] for image in json_ld(document)["NewsArticle"]["image"]] == [default]


def test_the_site_settings_share_image_replaces_the_built_in_one(client):
    site = SiteSettings.load()
    site.default_share_image = make_image(alt_text="Toà soạn báo")
    site.save()
    article = make_full_article(featured_image=None)

    document = head_of(client, article.get_absolute_url())

    share = site.default_share_image.share_rendition()
    assert meta(document, "og:image") == "http://testserver" + share.url
    assert meta(document, "og:image:alt") == "Toà soạn báo"
    assert json_ld(document)["NewsArticle"]["image"][0]["url"] == "http://testserver" + share.url
