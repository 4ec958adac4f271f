"""The moderation queue's rows (article, parent, reports), its "reported" filter, undo and cost."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from comments.models import Comment, CommentReport
from tests.factories import make_article

from .helpers import make_comment, make_role_user

pytestmark = pytest.mark.django_db

QUEUE_URL = reverse("admin:comments_comment_changelist")


@pytest.fixture
def moderator(client):
    user = make_role_user("Moderator", username="kiemduyet")
    client.force_login(user)
    return user


def decide(client, comment, decision="approve"):
    return client.post(
        reverse("admin:comments_comment_decide", args=[comment.pk]),
        {"decision": decision},
        HTTP_REFERER=f"http://testserver{QUEUE_URL}",
    )


def undo(client, comment):
    return client.post(
        reverse("admin:comments_comment_undo", args=[comment.pk]),
        HTTP_REFERER=f"http://testserver{QUEUE_URL}",
    )


def test_rows_show_the_article_and_the_comment_replied_to_escaped(client, moderator):
    article = make_article(title="Cà phê Buôn Ma Thuột được mùa")
    thread = make_comment(article, name="Anh Tâm", body="Giá <b>tăng</b> thật không?")
    make_comment(article, parent=thread, status="pending", body="Tăng 10% so với năm ngoái.")

    html = client.get(f"{QUEUE_URL}?queue=waiting").content.decode()

    assert f'href="{article.get_absolute_url()}"' in html
    assert "Cà phê Buôn Ma Thuột được mùa" in html
    assert "Trả lời Anh Tâm:" in html
    assert "Giá &lt;b&gt;tăng&lt;/b&gt; thật không?" in html


def test_reported_filter_lists_reported_comments_with_their_reasons(client, moderator):
    article = make_article()
    reported = make_comment(article, body="Quảng cáo vay tiền nhanh", report_count=2)
    CommentReport.objects.create(comment=reported, reporter_hash="a", reason="spam")
    CommentReport.objects.create(comment=reported, reporter_hash="b", reason="abuse")
    make_comment(article, body="Ý kiến bình thường")

    html = client.get(f"{QUEUE_URL}?queue=reported").content.decode()

    assert "Bị bạn đọc báo vi phạm" in html
    assert "Quảng cáo vay tiền nhanh" in html
    assert "Ý kiến bình thường" not in html
    assert "Spam, quảng cáo × 1" in html and "Xúc phạm × 1" in html


def test_a_decision_offers_undo_which_puts_the_comment_back_as_it_was(client, moderator):
    comment = make_comment(make_article(), status="pending", report_count=1)

    page = client.get(decide(client, comment, "spam")["Location"]).content.decode()
    comment.refresh_from_db()
    assert comment.status == Comment.Status.SPAM and comment.report_count == 0
    undo_url = reverse("admin:comments_comment_undo", args=[comment.pk])
    assert re.search(rf'<form method="post" action="{undo_url}"[^>]*>.*Hoàn tác', page)

    response = undo(client, comment)

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING and comment.report_count == 1
    assert comment.decided_at is None and comment.decided_by is None
    assert "đang chờ duyệt lại" in client.get(response["Location"]).content.decode()


def test_undo_is_refused_once_someone_acted_on_the_comment_since(client, moderator):
    comment = make_comment(make_article(), status="pending")
    decide(client, comment, "reject")
    Comment.objects.filter(pk=comment.pk).reopen()
    comment.decide(Comment.Status.APPROVED, make_role_user("Moderator"))

    response = undo(client, comment)

    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED and comment.decided_by != moderator
    assert "không thể hoàn tác" in client.get(response["Location"]).content.decode()


def test_undo_works_only_for_the_last_decision(client, moderator):
    article = make_article()
    first, second = (make_comment(article, status="pending") for _ in range(2))
    decide(client, first)
    decide(client, second)

    undo(client, first)

    first.refresh_from_db()
    assert first.status == Comment.Status.APPROVED and first.decided_at is not None


def test_undo_needs_the_moderate_permission(client):
    comment = make_comment(make_article(), status="pending")
    client.force_login(make_role_user("Journalist", is_staff=True))

    assert undo(client, comment).status_code == 403
    assert client.get(reverse("admin:comments_comment_undo", args=[comment.pk])).status_code == 405


def queue_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(QUEUE_URL).status_code == 200
    return len(queries)


def test_the_queue_costs_the_same_queries_whatever_its_rows(client, moderator):
    article = make_article()
    thread = make_comment(article)
    CommentReport.objects.create(comment=thread, reporter_hash="a", reason="false")
    make_comment(article, parent=thread, status="pending")
    few = queue_queries(client)

    for number in range(6):
        reply = make_comment(article, parent=thread, status="pending", body=f"Ý kiến {number}")
        CommentReport.objects.create(comment=reply, reporter_hash="b", reason="spam")

    assert queue_queries(client) == few
