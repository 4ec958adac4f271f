"""The arranged pages and event pages are purged exactly when what they show changes, and expire
by themselves when a placement ends or starts."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Zone
from tests.articles.helpers import make_editor
from tests.factories import make_article, make_event, make_section, make_zone, place

from .helpers import fresh, stored

pytestmark = pytest.mark.django_db


def test_a_new_placement_purges_the_home_page_and_nothing_else(client):
    section = make_section()
    chosen = make_article(title="Bài được chọn", published_at=timezone.now() - timedelta(days=2))
    for _ in range(5):  # newer stories fill the zones
        make_article(section=section)
    assert "Bài được chọn" not in stored(client, "/").split('class="latest"')[0]
    stored(client, section.get_absolute_url())

    place(chosen)

    assert "Bài được chọn" in fresh(client, "/").split('class="latest"')[0]
    stored(client, section.get_absolute_url())  # still the stored copy: not purged


def test_a_section_placement_purges_its_section_page_and_the_home_page(client):
    section = make_section()
    for _ in range(6):
        make_article(section=section)
    chosen = make_article(
        title="Bài chuyên mục được chọn",
        section=section,
        published_at=timezone.now() - timedelta(days=3),
    )
    top = 'class="article-list"'  # what comes before it is the section's zones
    assert (
        "Bài chuyên mục được chọn" not in stored(client, section.get_absolute_url()).split(top)[0]
    )
    stored(client, "/")

    placement = place(chosen, make_zone(section))

    assert "Bài chuyên mục được chọn" in fresh(client, section.get_absolute_url()).split(top)[0]
    assert "Bài chuyên mục được chọn" in fresh(client, "/")
    placement.delete()
    assert "Bài chuyên mục được chọn" not in fresh(client, section.get_absolute_url()).split(top)[0]


def test_a_placed_article_unpublished_leaves_the_home_page(client):
    article = make_article(title="Bài tiêu điểm sẽ gỡ")
    place(article)
    assert "Bài tiêu điểm sẽ gỡ" in stored(client, "/")

    article.unpublish(make_editor())

    assert "Bài tiêu điểm sẽ gỡ" not in fresh(client, "/")


def test_a_placed_articles_new_title_shows_at_once(client):
    article = make_article(title="Tiêu đề cũ", published_at=timezone.now() - timedelta(days=2))
    place(article, make_zone(kind=Zone.Kind.SUBLEADS))
    stored(client, "/")

    article.title = "Tiêu đề mới"
    article.save()

    assert "Tiêu đề mới" in fresh(client, "/")


def shared_lifetime(response):
    """s-maxage: how long caches in front may keep the page, never past its expiry."""
    return int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])


@pytest.mark.parametrize("moment", ["ends_at", "starts_at"])
def test_home_expires_when_a_placement_ends_or_starts(client, moment):
    make_article()
    placed = make_article(published_at=timezone.now() - timedelta(days=2))
    assert shared_lifetime(client.get("/")) == 300  # PAGE_CACHE_SHARED_SECONDS: nothing placed

    place(placed, **{moment: timezone.now() + timedelta(seconds=90)})

    assert 0 < shared_lifetime(client.get("/")) <= 90


def test_an_ended_placement_no_longer_shows(client):
    make_article(
        title="Tin mới nhất trong ngày", published_at=timezone.now() - timedelta(minutes=1)
    )
    place(
        make_article(title="Tin đã hết giờ", published_at=timezone.now() - timedelta(days=2)),
        starts_at=timezone.now() - timedelta(hours=2),
        ends_at=timezone.now() - timedelta(hours=1),
    )

    lead = fresh(client, "/").split('class="top-story"', 1)[1].split("</article>", 1)[0]

    assert "Tin mới nhất trong ngày" in lead and "Tin đã hết giờ" not in lead


def test_an_article_joining_an_event_purges_the_event_page_and_the_article(client):
    event = make_event(name="Mùa cà phê", articles=[make_article()])
    article = make_article(title="Bài mới vào sự kiện")
    assert "Bài mới vào sự kiện" not in stored(client, event.get_absolute_url())
    assert "event-box" not in stored(client, article.get_absolute_url())

    event.links.create(article=article)

    assert "Bài mới vào sự kiện" in fresh(client, event.get_absolute_url())
    assert "Mùa cà phê" in fresh(client, article.get_absolute_url())
    assert "Bài mới vào sự kiện" in fresh(client, f"/su-kien/{event.slug}/rss/")


def test_publishing_an_article_of_an_event_purges_the_event_page(client):
    draft = make_article(title="Bài chờ đăng", status="in_review", published_at=None)
    event = make_event(articles=[make_article(), draft])
    assert "Bài chờ đăng" not in stored(client, event.get_absolute_url())

    draft.publish(make_editor())

    assert "Bài chờ đăng" in fresh(client, event.get_absolute_url())


def test_editing_an_event_purges_its_page_its_articles_and_the_hot_topics(client):
    article = make_article()
    event = make_event(name="Tên cũ", is_hot=True, articles=[article])
    for url in ("/", event.get_absolute_url(), article.get_absolute_url()):
        assert "Tên cũ" in stored(client, url)

    event.name = "Tên mới"
    event.save()

    for url in ("/", event.get_absolute_url(), article.get_absolute_url()):
        assert "Tên mới" in fresh(client, url), url


def test_articles_events_set_purges_the_event_pages(client):
    article = make_article(title="Bài đổi sự kiện")
    old, new = make_event(articles=[article]), make_event()
    assert "Bài đổi sự kiện" in stored(client, old.get_absolute_url())
    assert "Bài đổi sự kiện" not in stored(client, new.get_absolute_url())

    article.events.set([new])

    assert "Bài đổi sự kiện" not in fresh(client, old.get_absolute_url())
    assert "Bài đổi sự kiện" in fresh(client, new.get_absolute_url())
