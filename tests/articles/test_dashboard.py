"""The desk on the admin index: waiting, pending, scheduled, placed, corrected, in fixed queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Correction, Revision, Transition, Zone
from comments.models import Comment
from tests.articles.helpers import (
    make_draft,
    make_editor,
    make_journalist,
    make_moderator,
)
from tests.factories import make_article, make_zone, place

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")


def in_review(title, hours_ago, **overrides):
    article = make_draft(title=title, status=Article.Status.IN_REVIEW, **overrides)
    step = Transition.record(article, Transition.Action.SUBMITTED, None)
    Transition.objects.filter(pk=step.pk).update(at=timezone.now() - timedelta(hours=hours_ago))
    return article


def with_pending_change(title, **overrides):
    article = make_article(title=title, **overrides)
    Revision.objects.create(article=article, content={}, state=Revision.State.PENDING)
    return article


def make_desk(count=1):
    """count of everything the desk lists, for an editor to look at."""
    now = timezone.now()
    for number in range(count):
        in_review(f"Chờ duyệt {number}", hours_ago=3 + number)
        with_pending_change(f"Sửa chờ duyệt {number}")
        make_article(title=f"Hẹn giờ {number}", published_at=now + timedelta(hours=2 + number))
        place(make_article(title=f"Ghim {number}"), ends_at=now + timedelta(hours=5))
        corrected = make_article(title=f"Cải chính {number}")
        Correction.objects.create(article=corrected, text="Sửa tên xã.")
        Comment.objects.create(article=corrected, name="An", body="Ý kiến", status="pending")


def index_html(client):
    response = client.get(INDEX)
    assert response.status_code == 200
    return response.content.decode()


def test_editor_sees_what_waits_for_review_oldest_first_with_the_wait(client):
    in_review("Bài mới gửi", hours_ago=1)
    in_review("Bài gửi từ sáng", hours_ago=5)
    client.force_login(make_editor())

    html = index_html(client)

    assert "Chờ duyệt" in html
    assert html.index("Bài gửi từ sáng") < html.index("Bài mới gửi")
    assert "đã chờ 5\xa0giờ" in html  # timesince keeps number and unit together
    assert "?state=in_review&amp;whose=all" in html


def test_editor_sees_pending_changes_the_next_day_and_recent_corrections(client):
    now = timezone.now()
    with_pending_change("Bài đã đăng có sửa đổi")
    make_article(title="Đăng sau 3 giờ", published_at=now + timedelta(hours=3))
    make_article(title="Đăng sau 3 ngày", published_at=now + timedelta(days=3))
    old = make_article(title="Cải chính tuần trước")
    Correction.objects.create(article=old, text="Cũ", created_at=now - timedelta(days=8))
    new = make_article(title="Cải chính hôm qua")
    Correction.objects.create(article=new, text="Sửa số liệu diện tích.", created_at=now)
    client.force_login(make_editor())

    html = index_html(client)

    assert "Bài đã đăng có sửa đổi" in html
    assert "Đăng sau 3 giờ" in html and "Đăng sau 3 ngày" not in html
    assert "Cải chính hôm qua" in html and "Sửa số liệu diện tích." in html
    assert "Cải chính tuần trước" not in html


def test_the_desk_lists_home_placements_until_when_and_why_one_does_not_show(client):
    now = timezone.now()
    place(make_article(title="Tiêu điểm hôm nay"), ends_at=now + timedelta(hours=4))
    place(make_article(title="Xếp sau tiêu điểm"))
    place(make_draft(title="Bài nháp được xếp"), make_zone(kind=Zone.Kind.SUBLEADS))
    place(
        make_article(title="Đã hết lượt"),
        starts_at=now - timedelta(hours=2),
        ends_at=now - timedelta(hours=1),
    )
    client.force_login(make_editor())

    html = index_html(client)
    lead = html.index("Tiêu điểm hôm nay")

    assert "Tiêu điểm đến" in html[lead : lead + 300]
    assert "Tiêu điểm: không hiện, vượt quá số bài của vùng" in html
    assert "Nổi bật: không hiện, bài chưa xuất bản" in html
    assert "Đã hết lượt" not in html


@pytest.mark.parametrize(
    "state, shown, hidden",
    [
        ("in_review", "Chờ duyệt 0", "Sửa chờ duyệt 0"),
        ("pending", "Sửa chờ duyệt 0", "Chờ duyệt 0"),
        ("placed", "Ghim 0", "Hẹn giờ 0"),
        ("corrected", "Cải chính 0", "Ghim 0"),
    ],
)
def test_each_list_links_to_the_changelist_filtered_alike(client, state, shown, hidden):
    make_desk()
    client.force_login(make_editor())
    assert f"?state={state}&amp;whose=all" in index_html(client)

    html = client.get(reverse("admin:articles_article_changelist"), {"state": state}).content
    html = html.decode()

    assert shown in html and hidden not in html


def test_a_journalist_sees_only_their_own_articles_and_no_placements(client):
    journalist = make_journalist()
    in_review("Bài của tôi", hours_ago=2, created_by=journalist)
    in_review("Bài đồng nghiệp", hours_ago=2)
    place(make_article(title="Tin ghim"))
    client.force_login(journalist)

    html = index_html(client)

    assert "Bài của tôi" in html and "?state=in_review&amp;whose=mine" in html
    assert "Bài đồng nghiệp" not in html and "Tin ghim" not in html


def test_a_moderator_sees_the_comment_count_and_no_article_lists(client):
    Comment.objects.create(article=make_article(), name="An", body="Ý kiến", status="pending")
    client.force_login(make_moderator())

    html = index_html(client)

    assert "1 ý kiến đang chờ duyệt" in html
    assert "desk-dashboard" not in html


def index_queries(client):
    with CaptureQueriesContext(connection) as queries:
        index_html(client)
    return len(queries)


def test_the_desk_costs_the_same_queries_however_much_waits(client):
    client.force_login(make_editor())
    make_desk(1)
    few = index_queries(client)

    make_desk(5)

    assert index_queries(client) == few
