"""The desk tells writers what happened to their stories: inbox, header counter, mail."""

import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from notifications.models import Notification
from tests.articles.helpers import (
    change_url,
    form_data,
    make_draft,
    make_editor,
    make_journalist,
    make_moderator,
    schedule_data,
    workflow_url,
)
from tests.comments.helpers import make_comment
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db
REASON = "Thiếu ý kiến của Sở Nông nghiệp."


@pytest.fixture
def mail_server(settings):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    settings.NOTIFY_BY_EMAIL = True
    settings.SITE_URL = "https://baodaklak.example"


def send_back(client, article, editor, reason=REASON):
    client.force_login(editor)
    client.post(workflow_url(article, "submit"))  # editors may submit any draft
    return client.post(workflow_url(article, "send_back"), {"comment": reason})


def test_sent_back_notifies_the_writer_with_the_reason_and_shows_it_on_top(client):
    journalist = make_journalist()
    editor = make_editor(first_name="Hoàng", last_name="Gia")
    article = make_draft(created_by=journalist, title="Giá cà phê")
    send_back(client, article, editor)
    client.force_login(journalist)

    index = client.get(reverse("admin:index")).content.decode()
    page = client.get(change_url(article)).content.decode()

    assert "1 thông báo mới" in index
    assert "Bài của bạn bị trả lại: Giá cà phê" in index
    assert REASON in index
    notice = page.index("Hoàng Gia đã trả lại bài này lúc")
    assert notice < page.index(REASON) < page.index('id="article_form"')


def test_the_reason_goes_once_the_article_is_submitted_again(client):
    journalist, editor = make_journalist(), make_editor()
    article = make_draft(created_by=journalist)
    send_back(client, article, editor)
    client.force_login(journalist)
    client.post(change_url(article), form_data(article, _workflow="submit"))

    assert "đã trả lại bài này lúc" not in client.get(change_url(article)).content.decode()


def test_mark_one_and_all_as_read(client):
    journalist, editor = make_journalist(), make_editor()
    article = make_draft(created_by=journalist)
    send_back(client, article, editor)
    client.force_login(editor)
    client.post(workflow_url(article, "publish"))
    first, second = Notification.objects.filter(recipient=journalist)
    client.force_login(journalist)

    client.post(reverse("admin:notifications_notification_read", args=[second.pk]))
    assert "1 thông báo mới" in client.get(reverse("admin:index")).content.decode()
    client.post(reverse("admin:notifications_notification_read_all"))

    assert not Notification.objects.unread().exists()
    assert "0 thông báo mới" in client.get(reverse("admin:index")).content.decode()


def test_nobody_reads_or_lists_someone_elses_notifications(client):
    journalist, other = make_journalist(), make_journalist()
    article = make_draft(created_by=journalist)
    send_back(client, article, make_editor())
    notification = Notification.objects.get()
    client.force_login(other)

    read = client.post(reverse("admin:notifications_notification_read", args=[notification.pk]))
    listing = client.get(reverse("admin:notifications_notification_changelist"))

    assert read.status_code == 404
    assert REASON not in listing.content.decode()
    assert "Thiếu ý kiến" not in client.get(reverse("admin:index")).content.decode()
    notification.refresh_from_db()
    assert notification.read_at is None


def test_publishing_notifies_the_bylined_writers_but_not_the_editor(client):
    writer, bylined, editor = make_journalist(), make_journalist(), make_editor()
    article = make_draft(created_by=writer)
    article.bylines.create(author=make_author(user=bylined))
    article.bylines.create(author=make_author(user=editor))
    client.force_login(editor)

    client.post(workflow_url(article, "publish"))

    assert sorted(n.recipient_id for n in Notification.objects.all()) == sorted(
        [writer.pk, bylined.pk]
    )
    assert {n.kind for n in Notification.objects.all()} == {Notification.Kind.PUBLISHED}


def test_a_scheduled_story_says_published_from_its_time_on_and_rescheduling_moves_it(client):
    journalist, editor = make_journalist(), make_editor()
    article = make_draft(created_by=journalist)
    client.force_login(editor)
    at = timezone.localtime() + timedelta(hours=2)
    client.post(workflow_url(article, "schedule"), schedule_data(at))

    visible = Notification.objects.for_user(journalist)
    assert [n.kind for n in visible] == [Notification.Kind.SCHEDULED]
    waiting = Notification.objects.get(kind=Notification.Kind.PUBLISHED)
    assert waiting.shown_at == at.replace(second=0, microsecond=0)
    # Once that time has come the inbox shows it, without any job running.
    Notification.objects.filter(pk=waiting.pk).update(shown_at=timezone.now())
    assert Notification.objects.for_user(journalist).filter(kind="published").exists()

    Notification.objects.filter(pk=waiting.pk).update(shown_at=at)
    client.post(workflow_url(article, "publish"))  # now instead
    published = Notification.objects.filter(kind=Notification.Kind.PUBLISHED)
    assert len(published) == 1
    assert published[0].shown_at <= timezone.now()


def test_approving_or_rejecting_a_change_notifies_its_writer(client):
    journalist, editor = make_journalist(), make_editor()
    article = make_article(created_by=journalist, lead="Cũ")
    client.force_login(journalist)
    client.post(change_url(article), form_data(article, lead="Mới"))
    revision = article.revisions.get(state="pending")
    client.force_login(editor)
    client.post(
        f"/admin/articles/article/{article.pk}/changes/{revision.pk}/reject/",
        {"comment": "Chưa rõ nguồn."},
    )

    rejected = Notification.objects.get(recipient=journalist)
    assert (rejected.kind, rejected.text) == (Notification.Kind.CHANGE_REJECTED, "Chưa rõ nguồn.")
    client.force_login(journalist)
    client.post(change_url(article), form_data(article, lead="Mới hơn"))
    revision = article.revisions.get(state="pending")
    client.force_login(editor)
    client.post(f"/admin/articles/article/{article.pk}/changes/{revision.pk}/approve/")
    assert Notification.objects.filter(
        recipient=journalist, kind=Notification.Kind.CHANGE_APPROVED
    ).exists()


def test_a_newsroom_reply_notifies_the_articles_writers(client):
    journalist = make_journalist()
    article = make_article(created_by=journalist, title="Điện về buôn")
    question = make_comment(article, body="Bao giờ có điện?")
    client.force_login(make_moderator())

    client.post(reverse("admin:comments_comment_add"), {"parent": question.pk, "body": "Tuần sau."})

    notification = Notification.objects.get(recipient=journalist)
    assert (notification.kind, notification.text) == (Notification.Kind.COMMENT_REPLY, "Tuần sau.")


def test_notifications_are_mailed_when_a_mail_server_is_set(
    client, mail_server, django_capture_on_commit_callbacks
):
    journalist = make_journalist(email="phongvien@example.com")
    article = make_draft(created_by=journalist, title="Giá cà phê")
    with django_capture_on_commit_callbacks(execute=True):
        send_back(client, article, make_editor())

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["phongvien@example.com"]
    assert message.subject == "Bài của bạn bị trả lại: Giá cà phê"
    assert REASON in message.body
    assert f"https://baodaklak.example/admin/articles/article/{article.pk}/change/" in message.body


def test_no_mail_without_a_mail_server(client, django_capture_on_commit_callbacks):
    journalist = make_journalist(email="phongvien@example.com")
    article = make_draft(created_by=journalist)
    with django_capture_on_commit_callbacks(execute=True):
        send_back(client, article, make_editor())

    assert Notification.objects.filter(recipient=journalist).exists()
    assert mail.outbox == []


def test_the_inbox_costs_the_same_queries_for_one_or_many_notifications(client):
    journalist, editor = make_journalist(), make_editor()
    client.force_login(journalist)

    def index_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("admin:index")).status_code == 200
        return len(queries)

    send_back(client, make_draft(created_by=journalist), editor)
    client.force_login(journalist)
    one = index_queries()
    for _ in range(5):
        send_back(client, make_draft(created_by=journalist), editor)
    client.force_login(journalist)

    assert index_queries() == one


def test_a_mail_server_that_is_down_does_not_undo_the_step(
    client, settings, caplog, django_capture_on_commit_callbacks
):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 1, "timeout": 2},
        }
    }
    settings.NOTIFY_BY_EMAIL = True
    journalist = make_journalist(email="phongvien@example.com")
    article = make_draft(created_by=journalist)

    with django_capture_on_commit_callbacks(execute=True):
        response = send_back(client, article, make_editor())

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == "draft"
    assert Notification.objects.filter(recipient=journalist).exists()
    assert "Could not mail notification" in caplog.text


def test_the_full_list_marks_chosen_notifications_as_read(client):
    journalist = make_journalist()
    send_back(client, make_draft(created_by=journalist), make_editor())
    notification = Notification.objects.get()
    client.force_login(journalist)
    listing = reverse("admin:notifications_notification_changelist")

    assert REASON in client.get(listing).content.decode()
    client.post(listing, {"action": "mark_read", "_selected_action": [notification.pk]})

    notification.refresh_from_db()
    assert notification.read_at is not None


def test_email_host_from_the_environment_makes_the_default_mailer():
    script = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps([settings.MAILERS['default'], settings.NOTIFY_BY_EMAIL]))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DEBUG": "1",
        "EMAIL_HOST": "smtp.example.com",
        "EMAIL_PORT": "465",
        "EMAIL_HOST_USER": "toasoan",
        "EMAIL_USE_TLS": "0",
    }
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)

    mailer, enabled = json.loads(result.stdout.strip().splitlines()[-1])
    assert enabled is True
    assert mailer["OPTIONS"] | {"password": ""} == {
        "host": "smtp.example.com",
        "port": 465,
        "username": "toasoan",
        "password": "",
        "use_tls": False,
        "timeout": 10,
    }
