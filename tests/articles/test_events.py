"""Event pages (dòng sự kiện): the timeline, its overview, feed, sitemap, structured data, the
box on each article, and who may attach articles to events."""

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Event, EventArticle, Revision
from articles.models.revisions import snapshot
from tests.articles.helpers import change_url, form_data, make_editor, make_journalist
from tests.factories import make_article, make_event, make_image

pytestmark = pytest.mark.django_db


def hours_ago(hours):
    return timezone.now() - timedelta(hours=hours)


def test_event_slug_is_folded_from_its_vietnamese_title():
    event = make_event(name="Đắk Lắk: Lễ hội cà phê lần thứ 9")

    assert event.get_absolute_url() == "/su-kien/dak-lak-le-hoi-ca-phe-lan-thu-9/"


def test_event_page_lists_its_published_articles_newest_first_under_its_overview(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    overview = make_article(title="Toàn cảnh lễ hội", published_at=hours_ago(50))
    older = make_article(title="Khai mạc lễ hội", published_at=hours_ago(30))
    newer = make_article(title="Bế mạc lễ hội", published_at=hours_ago(2))
    oldest = make_article(title="Chuẩn bị lễ hội", published_at=hours_ago(60))
    draft = make_article(title="Bản nháp về lễ hội", status=Article.Status.DRAFT, published_at=None)
    make_article(title="Tin không thuộc sự kiện")
    event = make_event(
        name="Lễ hội cà phê",
        description="Mọi tin về lễ hội.",
        cover=make_image(),
        articles=[overview, older, newer, oldest, draft],
    )
    event.overview = overview
    event.full_clean()
    event.save()

    first = client.get(event.get_absolute_url()).content.decode()
    second = client.get(event.get_absolute_url() + "?page=2").content.decode()

    overview_part, timeline = first.split('class="event-timeline"', 1)
    assert "Toàn cảnh lễ hội" in overview_part and "Toàn cảnh lễ hội" not in timeline
    assert timeline.index("Bế mạc lễ hội") < timeline.index("Khai mạc lễ hội")
    assert "Chuẩn bị lễ hội" in second and "Toàn cảnh lễ hội" not in second
    assert "Bản nháp về lễ hội" not in first + second
    assert "Tin không thuộc sự kiện" not in first + second
    assert "Mọi tin về lễ hội." in first


def test_event_page_describes_itself_as_a_collection_page(client):
    article = make_article(title="Khai mạc lễ hội")
    event = make_event(name="Lễ hội cà phê", articles=[article])

    html = client.get(event.get_absolute_url()).content.decode()

    (data,) = [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]
    assert data["@type"] == "CollectionPage"
    assert data["name"] == "Lễ hội cà phê"
    assert data["hasPart"][0]["url"] == "http://testserver" + article.get_absolute_url()
    assert f'href="/su-kien/{event.slug}/rss/"' in html


def test_unknown_event_is_a_404(client):
    assert client.get("/su-kien/khong-co/").status_code == 404
    assert client.get("/su-kien/khong-co/rss/").status_code == 404


def test_event_feed_lists_its_published_articles(client):
    make_article(title="Tin ngoài sự kiện")
    event = make_event(
        name="Bão số 13",
        articles=[
            make_article(title="Bão đổ bộ"),
            make_article(title="Tin bão chưa đăng", status=Article.Status.DRAFT, published_at=None),
        ],
    )

    xml = client.get(f"/su-kien/{event.slug}/rss/").content.decode()

    assert "<title>Bão số 13 - " in xml
    assert "Bão đổ bộ" in xml
    assert "Tin bão chưa đăng" not in xml and "Tin ngoài sự kiện" not in xml


def test_sitemap_lists_events_with_published_articles(client):
    listed = make_event(name="Sự kiện có bài", articles=[make_article()])
    empty = make_event(
        name="Sự kiện chỉ có nháp",
        articles=[make_article(status=Article.Status.DRAFT, published_at=None)],
    )

    xml = client.get("/sitemap-events.xml").content.decode()

    assert f"http://testserver{listed.get_absolute_url()}" in xml
    assert empty.get_absolute_url() not in xml
    assert "sitemap-events.xml" in client.get("/sitemap.xml").content.decode()


def test_article_shows_its_events_with_their_other_newest_articles(client):
    article = make_article(title="Bài đang đọc", published_at=hours_ago(3))
    others = [
        make_article(title=f"Tin cùng sự kiện {n}", published_at=hours_ago(n)) for n in range(1, 7)
    ]
    hidden = make_article(
        title="Tin nháp cùng sự kiện", status=Article.Status.DRAFT, published_at=None
    )
    event = make_event(name="Kỳ họp HĐND tỉnh", articles=[article, *others, hidden])

    html = client.get(article.get_absolute_url()).content.decode()

    box = html.split('class="event-box"', 1)[1].split("</aside>", 1)[0]
    assert "Thuộc sự kiện:" in box and f'href="{event.get_absolute_url()}"' in box
    assert [n for n in range(1, 7) if f"Tin cùng sự kiện {n}<" in box] == [1, 2, 3, 4]
    assert "Bài đang đọc" not in box and "Tin nháp cùng sự kiện" not in box
    assert box.index("Tin cùng sự kiện 1") < box.index("Tin cùng sự kiện 2")


def test_article_without_events_shows_no_event_box(client):
    article = make_article()

    assert "event-box" not in client.get(article.get_absolute_url()).content.decode()


def test_overview_must_be_one_of_the_events_articles(client):
    event = make_event(articles=[make_article()])
    outsider = make_article(title="Bài ngoài sự kiện")
    client.force_login(make_editor())

    response = client.post(
        f"/admin/articles/event/{event.pk}/change/",
        {
            "name": event.name,
            "slug": event.slug,
            "description": "",
            "cover": "",
            "overview": str(outsider.pk),
            "hot_position": "0",
            "links-TOTAL_FORMS": "0",
            "links-INITIAL_FORMS": "0",
            "links-MIN_NUM_FORMS": "0",
            "links-MAX_NUM_FORMS": "1000",
        },
    )

    assert response.status_code == 200
    assert "Bài tổng quan phải là một bài của sự kiện này" in response.content.decode()
    event.refresh_from_db()
    assert event.overview is None


def event_rows(*events):
    data = {"event_links-TOTAL_FORMS": str(len(events))}
    for index, event in enumerate(events):
        data[f"event_links-{index}-event"] = str(event.pk)
    return data


def test_journalist_attaches_their_draft_to_an_event(client):
    journalist = make_journalist()
    event = make_event(name="Mùa cà phê")
    draft = make_article(status=Article.Status.DRAFT, published_at=None, created_by=journalist)
    client.force_login(journalist)

    response = client.post(change_url(draft), form_data(draft, **event_rows(event)))

    assert response.status_code == 302
    assert list(draft.events.all()) == [event]


def test_journalists_change_to_a_live_articles_events_waits_for_approval(client):
    journalist = make_journalist()
    event = make_event(name="Mùa cà phê")
    article = make_article(created_by=journalist)
    client.force_login(journalist)

    client.post(change_url(article), form_data(article, **event_rows(event)))

    assert not article.events.exists()
    revision = Revision.objects.pending().get(article=article)
    assert revision.content["events"] == [[event.pk, "Mùa cà phê"]]
    revision.approve(make_editor())
    assert list(article.events.all()) == [event]
    assert EventArticle.objects.get().published_at == article.published_at


def test_restoring_a_revision_brings_back_the_events(client):
    event = make_event(name="Bão số 13")
    article = make_article()
    before = snapshot(article)
    article.events.add(event)

    Revision.propose(article, before, make_journalist()).approve(make_editor())

    assert not article.events.exists()


def test_journalists_cannot_edit_events(client):
    event = make_event(name="Sự kiện gốc")
    client.force_login(make_journalist())

    response = client.post(
        f"/admin/articles/event/{event.pk}/change/", {"name": "Đã sửa", "hot_position": "0"}
    )
    added = client.post("/admin/articles/event/add/", {"name": "Sự kiện mới", "hot_position": "0"})

    assert response.status_code == 403 and added.status_code == 403
    assert Event.objects.get().name == "Sự kiện gốc"


def test_editor_creates_a_hot_event_with_a_folded_slug(client):
    client.force_login(make_editor())

    response = client.post(
        "/admin/articles/event/add/",
        {
            "name": "Đại hội Đảng bộ tỉnh Đắk Lắk",
            "slug": "",
            "description": "",
            "cover": "",
            "overview": "",
            "is_hot": "on",
            "hot_position": "1",
            "links-TOTAL_FORMS": "0",
            "links-INITIAL_FORMS": "0",
            "links-MIN_NUM_FORMS": "0",
            "links-MAX_NUM_FORMS": "1000",
        },
    )

    assert response.status_code == 302
    event = Event.objects.get()
    assert event.slug == "dai-hoi-dang-bo-tinh-dak-lak" and event.is_hot


# The event, the count for pagination, the page of articles (section and photo joined), its
# overview = 4, however many articles it holds.
EVENT_QUERIES = 4


@pytest.mark.parametrize("count", [1, 8])
def test_event_page_costs_a_fixed_number_of_queries(uncached_queries, count):
    articles = [make_article(featured_image=make_image()) for _ in range(count + 1)]
    event = make_event(articles=articles)
    event.overview = articles[0]
    event.save()

    queries, html = uncached_queries(event.get_absolute_url())

    assert len(queries) == EVENT_QUERIES
    assert html.count('<article class="card') == count + 1


def test_an_event_costs_its_articles_page_one_query(uncached_queries):
    from tests.articles.test_views import ARTICLE_QUERIES

    article = make_article()
    plain = make_article()
    make_event(articles=[article, make_article()])

    with_event, _ = uncached_queries(article.get_absolute_url())
    without, _ = uncached_queries(plain.get_absolute_url())

    assert len(without) == ARTICLE_QUERIES
    assert len(with_event) == ARTICLE_QUERIES + 1  # its events; their newest are shared
