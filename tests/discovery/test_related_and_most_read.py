from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article, ArticleViewCount, PreviewLink
from articles.models.readership import counted_views, most_read, recent_hours
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_counters():
    """View counters live in the (process-wide) locmem cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


def test_related_orders_by_shared_tags_then_section_then_recency():
    section, elsewhere = make_section(), make_section()
    now = timezone.now()
    article = make_article(section=section, tags=["Cà phê", "Hồ Lắk"])
    two_tags = make_article(
        title="Hai thẻ",
        section=elsewhere,
        tags=["Cà phê", "Hồ Lắk"],
        published_at=now - timedelta(days=9),
    )
    one_tag_same_section = make_article(
        title="Một thẻ, cùng mục",
        section=section,
        tags=["Cà phê"],
        published_at=now - timedelta(days=5),
    )
    one_tag = make_article(
        title="Một thẻ", section=elsewhere, tags=["Hồ Lắk"], published_at=now - timedelta(days=2)
    )
    same_section = make_article(
        title="Cùng mục", section=section, published_at=now - timedelta(days=3)
    )
    make_article(title="Không liên quan", section=elsewhere, tags=["Thể thao"])
    make_article(
        title="Nháp",
        section=section,
        tags=["Cà phê"],
        status=Article.Status.DRAFT,
        published_at=None,
    )

    related = list(Article.objects.published().related_to(article))

    assert related == [two_tags, one_tag_same_section, one_tag, same_section]
    assert [item.shared_tags for item in related] == [2, 1, 1, 0]


def test_related_is_one_query():
    article = make_article(tags=["A", "B"])
    for _ in range(5):
        make_article(section=article.section, tags=["A"])

    with CaptureQueriesContext(connection) as queries:
        related = list(Article.objects.published().related_to(article)[:6])

    assert len(related) == 5
    assert len(queries) == 1


def test_article_page_shows_related_articles(client):
    article = make_article(tags=["Sầu riêng"])
    make_article(title="Giá sầu riêng giảm", tags=["Sầu riêng"])

    html = client.get(article.get_absolute_url()).content.decode()

    assert "Giá sầu riêng giảm" in html


def related_part(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    return html[html.index('id="related-heading"') :] if 'id="related-heading"' in html else ""


def test_related_stories_follow_new_stories_tags_and_edits_without_the_page_cache(client, settings):
    settings.PAGE_CACHE_ENABLED = False  # only the related stories' own fragment can be stale
    article = make_article(tags=["Sầu riêng"])
    elsewhere = make_section()
    first = make_article(title="Giá sầu riêng giảm", section=elsewhere, tags=["Sầu riêng"])
    assert "Giá sầu riêng giảm" in related_part(client, article)

    make_article(title="Sầu riêng xuất khẩu", section=elsewhere, tags=["Sầu riêng"])
    make_article(title="Hồ tiêu được giá", section=elsewhere, tags=["Hồ tiêu"])
    assert "Sầu riêng xuất khẩu" in related_part(client, article)

    article.tags.add("Hồ tiêu")
    assert "Hồ tiêu được giá" in related_part(client, article)

    first.title = "Giá sầu riêng tăng"
    first.save()
    assert "Giá sầu riêng tăng" in related_part(client, article)

    first.status = Article.Status.UNPUBLISHED
    first.save()
    assert "Giá sầu riêng" not in related_part(client, article)


def test_stored_article_page_follows_its_related_cards_not_every_new_story(client):
    article = make_article(tags=["Sầu riêng"])
    related = make_article(title="Giá sầu riêng giảm", tags=["Sầu riêng"])
    assert client.get(article.get_absolute_url())["X-Cache"] == "MISS"

    make_article(title="Sầu riêng xuất khẩu", section=article.section, tags=["Sầu riêng"])
    assert client.get(article.get_absolute_url())["X-Cache"] == "HIT"

    related.title = "Giá sầu riêng tăng"
    related.save()
    response = client.get(article.get_absolute_url())
    assert response["X-Cache"] == "MISS"
    assert "Giá sầu riêng tăng" in response.content.decode()
    assert "Sầu riêng xuất khẩu" in response.content.decode()


def read(client, article, reader="203.0.113.1"):
    return client.post(f"/luot-doc/{article.pk}/", REMOTE_ADDR=reader)


def test_beacon_counts_in_the_cache_with_one_read_and_no_writes(client):
    article = make_article()

    with CaptureQueriesContext(connection) as queries:
        responses = [read(client, article, reader=f"203.0.113.{n}") for n in range(3)]

    assert [response.status_code for response in responses] == [204, 204, 204]
    # One indexed "is it published?" read per ping; the count itself lives in the cache.
    assert len(queries) == 3
    assert all(query["sql"].startswith("SELECT") for query in queries)
    assert counted_views(recent_hours(1)[0]) == {article.pk: 3}


def test_beacon_counts_one_reader_once_per_article_in_half_an_hour(client):
    article, other = make_article(), make_article()

    for _ in range(5):
        assert read(client, article).status_code == 204
    read(client, other)

    assert counted_views(recent_hours(1)[0]) == {article.pk: 1, other.pk: 1}


def test_beacon_refuses_drafts_and_unknown_ids_without_counting(client):
    draft = make_article(status=Article.Status.DRAFT, published_at=None)

    assert read(client, draft).status_code == 404
    assert client.post("/luot-doc/999999999/").status_code == 404
    assert counted_views(recent_hours(1)[0]) == {}


def test_previews_carry_no_view_beacon(client):
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    link = PreviewLink.share(draft, None, 1)

    response = client.get(link.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200 and draft.title in html
    assert "/luot-doc/" not in html and "readership.js" not in html


def test_beacon_accepts_only_post(client):
    article = make_article()

    assert client.get(f"/luot-doc/{article.pk}/").status_code == 405


def test_article_page_loads_the_beacon_script_without_inline_code(client):
    article = make_article()

    html = client.get(article.get_absolute_url()).content.decode()

    assert f'data-beacon-url="/luot-doc/{article.pk}/"' in html
    assert 'src="/static/js/readership.js"' in html


def test_flush_copies_counters_and_is_idempotent(client):
    first, second = make_article(), make_article()
    for n in range(3):
        read(client, first, reader=f"203.0.113.{n}")
    read(client, second)
    # Counted while published, unpublished before the flush: dropped.
    withdrawn = make_article()
    read(client, withdrawn)
    Article.objects.filter(pk=withdrawn.pk).update(status=Article.Status.UNPUBLISHED)

    call_command("flush_view_counts")
    call_command("flush_view_counts")

    counts = dict(ArticleViewCount.objects.values_list("article_id", "views"))
    assert counts == {first.pk: 3, second.pk: 1}


def test_flush_writes_no_article_rows(client):
    article = make_article()
    updated_at = article.updated_at
    client.post(f"/luot-doc/{article.pk}/")

    call_command("flush_view_counts")

    article.refresh_from_db()
    assert article.updated_at == updated_at


def test_most_read_lists_rank_by_views_in_their_window(client):
    popular_today = make_article(title="Đọc nhiều hôm nay")
    popular_last_week = make_article(title="Đọc nhiều tuần trước")
    quiet = make_article(title="Ít người đọc")
    draft = make_article(title="Bản nháp được đếm", status=Article.Status.DRAFT, published_at=None)
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    ArticleViewCount.objects.bulk_create(
        [
            ArticleViewCount(article=popular_today, hour=hour, views=50),
            ArticleViewCount(article=quiet, hour=hour, views=2),
            ArticleViewCount(article=popular_last_week, hour=hour - timedelta(days=3), views=400),
            ArticleViewCount(article=draft, hour=hour, views=999),
        ]
    )

    response = client.get("/")

    day = [article.title for article in response.context["most_read_day"]]
    week = [article.title for article in response.context["most_read_week"]]
    assert day == ["Đọc nhiều hôm nay", "Ít người đọc"]
    assert week == ["Đọc nhiều tuần trước", "Đọc nhiều hôm nay", "Ít người đọc"]
    assert "Đọc nhiều tuần trước" in response.content.decode()


def test_counted_views_reach_the_most_read_list_after_a_flush_without_purging_pages(client):
    article = make_article(title="Lễ hội cà phê Buôn Ma Thuột")
    client.post(f"/luot-doc/{article.pk}/")
    assert list(client.get("/").context["most_read_day"]) == []

    call_command("flush_view_counts")

    # The stored home page stays: the lists refresh on their own schedule, never by a purge of
    # every page that shows them. Pages rendered from now on show the new list.
    assert client.get("/")["X-Cache"] == "HIT"
    assert list(most_read()["most_read_day"]) == [article]
    assert list(client.get(article.get_absolute_url()).context["most_read_day"]) == [article]


def test_most_read_lists_come_from_the_cache_until_an_article_changes(client):
    article = make_article()
    ArticleViewCount.objects.create(article=article, hour=timezone.now(), views=5)
    assert list(client.get("/").context["most_read_day"]) == [article]

    with CaptureQueriesContext(connection) as cached:
        client.get("/")
    article.status = Article.Status.UNPUBLISHED
    article.save()

    assert not any("articles_articleviewcount" in query["sql"] for query in cached)
    assert list(client.get("/").context["most_read_day"]) == []
