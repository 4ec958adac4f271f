from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from lxml import etree

from articles.models import Article
from tests.factories import make_article, make_author, make_image, make_section
from tests.multimedia.helpers import make_gallery, make_print_issue, make_video

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "schemas"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}
VN = ZoneInfo("Asia/Ho_Chi_Minh")


def valid_xml(client, url, schema):
    response = client.get(url)
    assert response.status_code == 200
    document = etree.fromstring(response.content)
    xsd = etree.XMLSchema(etree.parse(str(SCHEMAS / schema)))
    assert xsd.validate(document), xsd.error_log
    return document


def locations(document):
    return [loc.text for loc in document.findall(".//sm:loc", NS)]


def test_index_lists_news_sections_authors_multimedia_and_each_month(client):
    make_article(published_at=datetime(2025, 10, 15, 9, 0, tzinfo=VN), authors=[make_author()])
    make_article(published_at=datetime(2025, 11, 1, 0, 30, tzinfo=VN))

    index = valid_xml(client, "/sitemap.xml", "siteindex.xsd")

    assert set(locations(index)) == {
        "http://testserver/sitemap-news.xml",
        "http://testserver/sitemap-sections.xml",
        "http://testserver/sitemap-authors.xml",
        "http://testserver/sitemap-events.xml",
        "http://testserver/sitemap-videos.xml",
        "http://testserver/sitemap-galleries.xml",
        "http://testserver/sitemap-print-issues.xml",
        "http://testserver/sitemap-articles-2025-10.xml",
        "http://testserver/sitemap-articles-2025-11.xml",
    }


def test_month_sitemap_holds_its_published_articles_only(client):
    november = make_article(published_at=datetime(2025, 11, 1, 0, 30, tzinfo=VN))
    october = make_article(published_at=datetime(2025, 10, 31, 23, 30, tzinfo=VN))
    make_article(status=Article.Status.DRAFT, published_at=datetime(2025, 11, 2, 8, 0, tzinfo=VN))
    make_article(
        status=Article.Status.UNPUBLISHED, published_at=datetime(2025, 11, 3, 8, 0, tzinfo=VN)
    )

    document = valid_xml(client, "/sitemap-articles-2025-11.xml", "sitemap.xsd")

    assert locations(document) == ["http://testserver" + november.get_absolute_url()]
    assert october.get_absolute_url() not in etree.tostring(document).decode()


def test_future_articles_stay_out_of_every_sitemap(client):
    make_article(title="Hẹn giờ", published_at=timezone.now() + timedelta(hours=3))

    index = valid_xml(client, "/sitemap.xml", "siteindex.xsd")
    news = client.get("/sitemap-news.xml").content.decode()

    assert not any("articles-" in loc for loc in locations(index))
    assert "Hẹn giờ" not in news


def test_article_lastmod_is_its_modified_time_with_offset(client):
    article = make_article(published_at=datetime(2025, 11, 5, 8, 0, tzinfo=VN))
    Article.objects.filter(pk=article.pk).update(updated_at=datetime(2025, 11, 6, 9, 30, tzinfo=VN))

    document = valid_xml(client, "/sitemap-articles-2025-11.xml", "sitemap.xsd")

    assert document.findtext(".//sm:lastmod", namespaces=NS) == "2025-11-06T09:30:00+07:00"


def test_sections_and_authors_sitemaps(client):
    section = make_section(name="Nông nghiệp")
    author, idle = make_author(name="Duy Tiến"), make_author(name="Chưa viết")
    make_article(
        section=section, authors=[author], published_at=datetime(2025, 11, 5, 8, 0, tzinfo=VN)
    )

    sections = valid_xml(client, "/sitemap-sections.xml", "sitemap.xsd")
    authors = valid_xml(client, "/sitemap-authors.xml", "sitemap.xsd")

    assert "http://testserver" + section.get_absolute_url() in locations(sections)
    assert locations(authors) == ["http://testserver" + author.get_absolute_url()]
    assert idle.get_absolute_url() not in etree.tostring(authors).decode()


def test_videos_galleries_and_print_issues_sitemaps_hold_the_published_ones(client):
    came_out = datetime(2025, 11, 5, 8, 0, tzinfo=VN)
    video = make_video(published_at=came_out)
    gallery = make_gallery(photos=1, published_at=came_out)
    issue = make_print_issue(published_at=came_out)
    drafts = [
        make_video(status="draft", published_at=None),
        make_gallery(photos=1, status="draft", published_at=None),
        make_print_issue(status="draft", published_at=None),
        make_video(published_at=timezone.now() + timedelta(hours=3)),
    ]

    sitemaps = {
        name: valid_xml(client, f"/sitemap-{name}.xml", "sitemap.xsd")
        for name in ["videos", "galleries", "print-issues"]
    }

    assert locations(sitemaps["videos"]) == ["http://testserver" + video.get_absolute_url()]
    assert locations(sitemaps["galleries"]) == ["http://testserver" + gallery.get_absolute_url()]
    assert locations(sitemaps["print-issues"]) == ["http://testserver" + issue.get_absolute_url()]
    for document in sitemaps.values():
        assert document.findtext(".//sm:lastmod", namespaces=NS) == "2025-11-05T08:00:00+07:00"
    every_url = "".join(etree.tostring(document).decode() for document in sitemaps.values())
    assert not any(draft.get_absolute_url() in every_url for draft in drafts)


def test_news_sitemap_has_the_last_two_days_in_google_news_format(client):
    fresh = make_article(title="Tin <nóng> & mới", published_at=timezone.now() - timedelta(hours=3))
    make_article(title="Tin ba ngày trước", published_at=timezone.now() - timedelta(days=3))

    document = valid_xml(client, "/sitemap-news.xml", "sitemap.xsd")

    (url,) = document.findall("sm:url", NS)
    assert url.findtext("sm:loc", namespaces=NS) == "http://testserver" + fresh.get_absolute_url()
    assert url.findtext(".//news:name", namespaces=NS) == "Báo Đắk Lắk"
    assert url.findtext(".//news:language", namespaces=NS) == "vi"
    assert url.findtext(".//news:title", namespaces=NS) == "Tin <nóng> & mới"
    published = url.findtext(".//news:publication_date", namespaces=NS)
    assert published.endswith("+07:00")
    assert datetime.fromisoformat(published) == fresh.published_at.replace(microsecond=0)


def test_news_sitemap_is_capped_at_a_thousand(client, monkeypatch):
    from articles import sitemaps

    monkeypatch.setattr(sitemaps, "NEWS_LIMIT", 2)
    section = make_section()
    for _ in range(3):
        make_article(section=section)

    document = valid_xml(client, "/sitemap-news.xml", "sitemap.xsd")

    assert len(document.findall("sm:url", NS)) == 2


def test_unknown_sitemap_is_404(client):
    assert client.get("/sitemap-khong-co.xml").status_code == 404


def test_robots_txt_points_at_the_sitemaps(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Sitemap: http://testserver/sitemap-news.xml" in text
    assert "Disallow: /admin/" in text


# The news sitemap's articles; the sections, the authors and the events, each with the time of
# their latest article; the published videos, galleries and print issues = 7, however many months the archive
# spans (the months, with their counts and latest dates, and the site settings are shared
# fragments).
INDEX_QUERIES = 7


@pytest.mark.parametrize("months", [1, 6])
def test_index_costs_a_fixed_number_of_queries(uncached_queries, months):
    section = make_section()
    for month in range(months):
        make_article(section=section, published_at=datetime(2025, month + 1, 10, tzinfo=VN))
        make_video(published_at=datetime(2025, month + 1, 11, tzinfo=VN))
        make_gallery(photos=0, published_at=datetime(2025, month + 1, 12, tzinfo=VN))
        make_print_issue(published_at=datetime(2025, month + 1, 13, tzinfo=VN))

    queries, _ = uncached_queries("/sitemap.xml")

    assert len(queries) == INDEX_QUERIES


def test_a_large_month_is_split_into_pages_listed_in_the_index(client, settings):
    settings.SITEMAP_ITEMS_PER_PAGE = 1
    first = make_article(published_at=datetime(2025, 11, 2, 8, 0, tzinfo=VN))
    second = make_article(published_at=datetime(2025, 11, 3, 8, 0, tzinfo=VN))

    index = valid_xml(client, "/sitemap.xml", "siteindex.xsd")
    page_two = valid_xml(client, "/sitemap-articles-2025-11.xml?p=2", "sitemap.xsd")

    assert "http://testserver/sitemap-articles-2025-11.xml?p=2" in locations(index)
    assert locations(page_two) == ["http://testserver" + second.get_absolute_url()]
    assert first.get_absolute_url() not in etree.tostring(page_two).decode()


def test_news_sitemap_lists_at_most_the_thousand_newest_articles(client):
    # Google News reads no more than 1,000 URLs a sitemap; rows made in one go, without save().
    section = make_section()
    now = timezone.now()
    Article.objects.bulk_create(
        Article(
            title=f"Tin số {number}",
            slug=f"tin-so-{number}",
            section=section,
            status=Article.Status.PUBLISHED,
            published_at=now - timedelta(minutes=number + 1),
        )
        for number in range(1001)
    )

    document = etree.fromstring(client.get("/sitemap-news.xml").content)

    found = locations(document)
    assert len(found) == 1000
    assert not any("/tin-so-1000-" in url for url in found)  # the oldest is the one left out


VIDEO = {**NS, "video": "http://www.google.com/schemas/sitemap-video/1.1"}


def test_video_entries_carry_thumbnail_title_description_player_duration_and_date(client):
    came_out = datetime(2025, 11, 5, 8, 0, tzinfo=VN)
    poster = make_image()
    youtube = make_video(
        title="Lễ hội voi <Buôn Đôn>",
        caption="Voi đua & voi bơi.",
        poster=poster,
        duration=timedelta(minutes=3, seconds=25),
        published_at=came_out,
    )
    uploaded = make_video(title="Mưa lớn", published_at=came_out + timedelta(hours=1))
    uploaded.embed_url = ""
    uploaded.file.save("mua.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42"), save=True)

    document = valid_xml(client, "/sitemap-videos.xml", "sitemap.xsd")

    first, second = document.findall(".//video:video", VIDEO)
    assert first.findtext("video:title", namespaces=VIDEO) == "Lễ hội voi <Buôn Đôn>"
    assert first.findtext("video:description", namespaces=VIDEO) == "Voi đua & voi bơi."
    assert first.findtext("video:thumbnail_loc", namespaces=VIDEO) == (
        "http://testserver" + poster.share_rendition().url
    )
    assert first.findtext("video:player_loc", namespaces=VIDEO) == youtube.embed[1]
    assert first.findtext("video:duration", namespaces=VIDEO) == "205"
    assert first.findtext("video:publication_date", namespaces=VIDEO) == (
        "2025-11-05T08:00:00+07:00"
    )
    assert second.findtext("video:content_loc", namespaces=VIDEO) == (
        "http://testserver" + uploaded.file.url
    )
    assert second.findtext("video:thumbnail_loc", namespaces=VIDEO) == (
        "http://testserver/static/img/share-default.png"
    )
    assert second.find("video:duration", VIDEO) is None


def test_article_month_sitemap_lists_each_photo_as_an_image_entry(client):
    photo = make_image()
    came_out = datetime(2025, 11, 20, 9, 0, tzinfo=VN)
    with_photo = make_article(featured_image=photo, published_at=came_out)
    make_article(published_at=came_out + timedelta(hours=1))

    document = valid_xml(client, "/sitemap-articles-2025-11.xml", "sitemap.xsd")

    image = {**NS, "image": "http://www.google.com/schemas/sitemap-image/1.1"}
    entries = {
        url.findtext("sm:loc", namespaces=NS): url.findtext(
            "image:image/image:loc", namespaces=image
        )
        for url in document.findall("sm:url", NS)
    }
    assert entries == {
        "http://testserver" + with_photo.get_absolute_url(): (
            "http://testserver" + photo.share_rendition().url
        ),
        "http://testserver"
        + Article.objects.exclude(pk=with_photo.pk).get().get_absolute_url(): None,
    }
