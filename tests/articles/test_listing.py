"""Tag and author pages read the through tables' copy of the publication time (models/listing.py):
every path that publishes, unpublishes, reschedules, retags or rewrites a byline keeps it right.
Their query counts are pinned with the other reading pages' (test_views.py)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, ArticleAuthor
from tests.articles.helpers import add_byline_rows, change_url, form_data, make_draft, make_editor
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db

TAG_URL = "/chu-de/le-hoi/"


def listed(client, url):
    response = client.get(url)
    return response.content.decode() if response.status_code == 200 else ""


def test_publishing_lists_the_article_on_its_tag_and_author_pages(client):
    author = make_author()
    make_article(title="Bài đã đăng", tags=["Lễ hội"], authors=[author])
    draft = make_draft(title="Bài nháp lễ hội", tags=["Lễ hội"], authors=[author])
    assert "Bài nháp lễ hội" not in listed(client, TAG_URL)
    assert "Bài nháp lễ hội" not in listed(client, author.get_absolute_url())

    draft.publish(make_editor())

    assert "Bài nháp lễ hội" in listed(client, TAG_URL)
    assert "Bài nháp lễ hội" in listed(client, author.get_absolute_url())


def test_unpublishing_takes_the_article_off_its_tag_and_author_pages(client):
    author = make_author()
    make_article(title="Bài còn lại", tags=["Lễ hội"], authors=[author])
    article = make_article(title="Bài bị gỡ", tags=["Lễ hội"], authors=[author])

    article.unpublish(make_editor())

    assert "Bài bị gỡ" not in listed(client, TAG_URL)
    assert "Bài bị gỡ" not in listed(client, author.get_absolute_url())
    assert "Bài còn lại" in listed(client, TAG_URL)


def test_scheduled_article_waits_then_publishing_it_now_lists_it(client):
    author = make_author()
    make_article(title="Bài cũ", tags=["Lễ hội"], authors=[author])
    article = make_draft(title="Bài hẹn giờ", tags=["Lễ hội"], authors=[author])
    editor = make_editor()
    article.publish(editor, at=timezone.now() + timedelta(days=1))
    assert "Bài hẹn giờ" not in listed(client, TAG_URL)

    article.publish(editor)  # rescheduled to now

    tag_page = listed(client, TAG_URL)
    assert tag_page.index("Bài hẹn giờ") < tag_page.index("Bài cũ")
    assert "Bài hẹn giờ" in listed(client, author.get_absolute_url())


def test_tag_and_author_pages_order_by_the_articles_time(client):
    author = make_author()
    now = timezone.now()
    for hours, title in [(3, "Bài thứ ba"), (1, "Bài thứ nhất"), (2, "Bài thứ hai")]:
        make_article(
            title=title,
            tags=["Lễ hội"],
            authors=[author],
            published_at=now - timedelta(hours=hours),
        )

    for url in (TAG_URL, author.get_absolute_url()):
        page = listed(client, url)
        positions = [page.index(title) for title in ("Bài thứ nhất", "Bài thứ hai", "Bài thứ ba")]
        assert positions == sorted(positions), url


def test_retagging_moves_the_article_between_tag_pages(client):
    make_article(title="Bài khác", tags=["Lễ hội", "Du lịch"])
    article = make_article(title="Bài đổi thẻ", tags=["Lễ hội"])

    article.tags.set(["Du lịch"])

    assert "Bài đổi thẻ" not in listed(client, TAG_URL)
    assert "Bài đổi thẻ" in listed(client, "/chu-de/du-lich/")


def test_retagging_and_new_byline_in_the_admin_list_the_article(client):
    author = make_author()
    make_article(title="Bài khác", tags=["Du lịch"], authors=[author])
    article = make_article(title="Bài sửa trong admin", tags=["Lễ hội"])
    client.force_login(make_editor())

    client.post(change_url(article), add_byline_rows(form_data(article, tags="Du lịch,"), [author]))
    client.logout()

    assert "Bài sửa trong admin" in listed(client, "/chu-de/du-lich/")
    assert "Bài sửa trong admin" in listed(client, author.get_absolute_url())


def test_bylines_added_in_bulk_or_through_authors_list_the_article(client):
    first, second = make_author(), make_author()
    article = make_article(title="Bài hai tác giả")

    ArticleAuthor.objects.bulk_create([ArticleAuthor(article=article, author=first)])
    article.authors.add(second)

    assert "Bài hai tác giả" in listed(client, first.get_absolute_url())
    assert "Bài hai tác giả" in listed(client, second.get_absolute_url())


def test_unpublished_article_keeps_no_listing_time_on_new_rows():
    author = make_author()
    draft = make_draft(tags=["Lễ hội"], authors=[author])
    draft.authors.add(make_author())

    assert not draft.taggedarticle_set.filter(published_at__isnull=False).exists()
    assert not draft.bylines.filter(published_at__isnull=False).exists()
    assert not Article.objects.published().tagged(draft.tags.get()).exists()
