import pytest
from django.test import Client

from comments.models import Comment, CommentReport
from tests.factories import make_article

from .helpers import csrf_token_in, make_comment

pytestmark = pytest.mark.django_db


def report(comment, ip, reason="spam"):
    """A reader at `ip` opens the report page, chooses a reason and confirms, with CSRF enforced."""
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(comment.get_report_url(), REMOTE_ADDR=ip)
    assert page.status_code == 200
    data = {"csrfmiddlewaretoken": csrf_token_in(page.content.decode())}
    if reason is not None:
        data["reason"] = reason
    return browser.post(comment.get_report_url(), data, REMOTE_ADDR=ip)


def test_approved_comments_carry_a_report_link(client):
    comment = make_comment(make_article())

    html = client.get(comment.article.get_absolute_url()).content.decode()

    assert f'href="{comment.get_report_url()}"' in html
    assert "Báo vi phạm" in html


def test_one_report_per_reader_per_comment(settings):
    settings.COMMENTS_REPORT_THRESHOLD = 3
    comment = make_comment(make_article())

    first = report(comment, "192.0.2.1")
    again = report(comment, "192.0.2.1")

    assert "Cảm ơn bạn" in first.content.decode()
    assert "Bạn đã báo vi phạm ý kiến này rồi" in again.content.decode()
    comment.refresh_from_db()
    assert comment.report_count == 1 and comment.reports.count() == 1


def test_reports_at_the_threshold_hide_the_comment_and_queue_it(client, settings):
    settings.COMMENTS_REPORT_THRESHOLD = 2
    article = make_article()
    comment = make_comment(article, body="Ý kiến gây tranh cãi")
    comment.decide(Comment.Status.APPROVED, None)

    report(comment, "192.0.2.1")
    assert "Ý kiến gây tranh cãi" in client.get(article.get_absolute_url()).content.decode()
    report(comment, "192.0.2.2")

    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING and comment.decided_at is None
    assert {"rule": "reports", "detail": 2} in comment.held_for
    assert Comment.objects.needs_review().filter(pk=comment.pk).exists()
    assert "Ý kiến gây tranh cãi" not in client.get(article.get_absolute_url()).content.decode()


def test_hidden_or_pending_comments_cannot_be_reported(client):
    comment = make_comment(make_article(), status=Comment.Status.PENDING)

    assert client.get(comment.get_report_url()).status_code == 404
    assert client.post(comment.get_report_url()).status_code == 404


def test_reader_reports_cannot_hide_a_newsroom_reply(client, settings):
    settings.COMMENTS_REPORT_THRESHOLD = 2
    article = make_article()
    thread = make_comment(article)
    reply = make_comment(article, parent=thread, is_newsroom=True, body="Tòa soạn xin đính chính")

    for ip in ("192.0.2.1", "192.0.2.2", "192.0.2.3"):
        report(reply, ip)

    reply.refresh_from_db()
    assert reply.status == Comment.Status.APPROVED
    assert "Tòa soạn xin đính chính" in client.get(article.get_absolute_url()).content.decode()


def test_the_report_form_offers_the_reasons_in_vietnamese(client):
    comment = make_comment(make_article())

    html = client.get(comment.get_report_url()).content.decode()

    for label in ("Spam, quảng cáo", "Xúc phạm", "Sai sự thật", "Khác"):
        assert label in html
    assert html.count('type="radio" name="reason"') == 4


@pytest.mark.parametrize("reason", [None, "rude"])
def test_a_report_without_a_known_reason_is_refused_with_the_form_again(reason):
    comment = make_comment(make_article())

    response = report(comment, "192.0.2.1", reason=reason)

    assert response.status_code == 400
    html = response.content.decode()
    assert "Bạn báo vi phạm vì sao?" in html
    assert 'role="alert"' in html
    assert not CommentReport.objects.exists()


def test_the_chosen_reason_is_kept_with_the_report():
    comment = make_comment(make_article())

    report(comment, "192.0.2.1", reason="false")

    assert CommentReport.objects.get().reason == CommentReport.Reason.FALSE
