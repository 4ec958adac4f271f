"""Nothing typed on the change page is lost: workflow buttons save the form first, drafts are
autosaved, and the page says who else has the article open."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, EditingSession, Revision
from tests.articles.helpers import (
    CONFIRMED,
    change_url,
    database_state,
    form_data,
    make_draft,
    make_editor,
    make_journalist,
    schedule_data,
)
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def autosave_url(article):
    return f"/admin/articles/article/{article.pk}/autosave/"


def heartbeat_url(article):
    return f"/admin/articles/article/{article.pk}/editing/"


def in_an_hour():
    return timezone.localtime() + timedelta(hours=1)


def test_submit_button_saves_the_edited_lead_then_submits(client):
    journalist = make_journalist()
    article = make_draft(created_by=journalist, lead="Sapo cũ")
    client.force_login(journalist)

    response = client.post(
        change_url(article), form_data(article, lead="Sapo mới", _workflow="submit")
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.lead, article.status) == ("Sapo mới", Article.Status.IN_REVIEW)
    assert [step.action for step in article.transitions.all()] == ["submitted"]


def test_an_invalid_form_stops_the_workflow_action(client):
    journalist = make_journalist()
    article = make_draft(created_by=journalist, lead="Sapo cũ")
    client.force_login(journalist)
    before = database_state()

    response = client.post(
        change_url(article), form_data(article, title="", lead="Sapo mới", _workflow="submit")
    )

    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    assert database_state() == before


def test_a_stale_form_is_refused_and_not_submitted(client):
    journalist, editor = make_journalist(), make_editor()
    article = make_draft(created_by=journalist)
    opened = form_data(article, lead="Bản của phóng viên", _workflow="submit")
    client.force_login(editor)
    client.post(change_url(article), form_data(article, title="Biên tập viên sửa"))
    client.force_login(journalist)

    response = client.post(change_url(article), opened)

    assert "sau khi bạn mở" in response.content.decode()
    article.refresh_from_db()
    assert (article.title, article.status) == ("Biên tập viên sửa", Article.Status.DRAFT)


def test_schedule_button_needs_a_future_time_and_saves_nothing_without_one(client):
    editor = make_editor()
    article = make_draft(lead="Sapo cũ")
    client.force_login(editor)
    before = database_state()

    response = client.post(
        change_url(article), form_data(article, lead="Sapo mới", _workflow="schedule")
    )

    assert "Hãy nhập ngày giờ đăng bài." in response.content.decode()
    assert database_state() == before
    at = in_an_hour().replace(second=0, microsecond=0)
    client.post(
        change_url(article),
        form_data(article, lead="Sapo mới", _workflow="schedule", **schedule_data(at)),
    )
    article.refresh_from_db()
    assert (article.lead, article.is_scheduled(), article.published_at) == ("Sapo mới", True, at)


def test_a_workflow_button_the_user_may_not_press_is_refused_and_saves_nothing(client):
    journalist = make_journalist()
    article = make_draft(created_by=journalist)
    client.force_login(journalist)
    before = database_state()

    response = client.post(change_url(article), form_data(article, lead="Mới", _workflow="publish"))

    assert response.status_code == 403
    assert database_state() == before


def test_an_unknown_workflow_action_is_a_form_error(client):
    editor = make_editor()
    article = make_draft()
    client.force_login(editor)
    before = database_state()

    response = client.post(change_url(article), form_data(article, _workflow="delete_all"))

    assert "Thao tác quy trình không hợp lệ" in response.content.decode()
    assert database_state() == before


def test_autosave_keeps_the_typed_draft_without_saving_the_article(client):
    journalist = make_journalist()
    article = make_draft(created_by=journalist, lead="Sapo cũ")
    client.force_login(journalist)
    opened = form_data(article)

    response = client.post(autosave_url(article), {**opened, "lead": "Sapo đang gõ"})

    assert response.status_code == 200
    assert "Đã tự lưu lúc" in response.json()["message"]
    article.refresh_from_db()
    assert article.lead == "Sapo cũ"
    autosave = Revision.objects.get(article=article)
    assert (autosave.state, autosave.content["lead"]) == (Revision.State.AUTOSAVED, "Sapo đang gõ")
    # An autosave is not a save: the same open form still saves without a stale-form refusal.
    assert client.post(change_url(article), {**opened, "lead": "Sapo lưu"}).status_code == 302
    article.refresh_from_db()
    assert article.lead == "Sapo lưu"
    assert not Revision.objects.filter(state=Revision.State.AUTOSAVED).exists()


def test_a_second_autosave_replaces_the_first_and_an_unchanged_form_keeps_none(client):
    journalist = make_journalist()
    article = make_draft(created_by=journalist, lead="Sapo cũ")
    client.force_login(journalist)
    opened = form_data(article)

    client.post(autosave_url(article), {**opened, "lead": "Một"})
    client.post(autosave_url(article), {**opened, "lead": "Hai"})
    assert [r.content["lead"] for r in Revision.objects.filter(article=article)] == ["Hai"]

    response = client.post(autosave_url(article), opened)
    assert response.json()["message"] == "Không có thay đổi nào chưa lưu."
    assert not Revision.objects.filter(article=article).exists()


def test_the_writer_restores_their_autosave_from_the_change_page(client):
    journalist = make_journalist()
    article = make_draft(created_by=journalist, lead="Sapo cũ")
    client.force_login(journalist)
    client.post(autosave_url(article), form_data(article, lead="Sapo chưa lưu"))
    autosave = Revision.objects.get(article=article)

    page = client.get(change_url(article)).content.decode()
    assert "Khôi phục bản tự lưu" in page
    restore = f"/admin/articles/article/{article.pk}/revisions/{autosave.pk}/restore/"
    assert client.post(restore, CONFIRMED).status_code == 302

    article.refresh_from_db()
    assert article.lead == "Sapo chưa lưu"
    assert article.status == Article.Status.DRAFT
    assert "Khôi phục bản tự lưu" not in client.get(change_url(article)).content.decode()


def test_nobody_restores_someone_elses_autosave_unless_they_may_restore_any(client):
    writer, colleague = make_journalist(), make_journalist()
    article = make_draft(created_by=writer, lead="Sapo cũ")
    article.bylines.create(author=make_author(user=colleague))
    client.force_login(writer)
    client.post(autosave_url(article), form_data(article, lead="Của người viết"))
    autosave = Revision.objects.get(article=article)
    client.force_login(colleague)

    restore = f"/admin/articles/article/{article.pk}/revisions/{autosave.pk}/restore/"
    assert client.post(restore).status_code == 403
    article.refresh_from_db()
    assert article.lead == "Sapo cũ"


def test_live_articles_are_not_autosaved(client):
    editor = make_editor()
    article = make_article(lead="Sapo đang đăng")
    client.force_login(editor)

    response = client.post(autosave_url(article), form_data(article, lead="Sửa dở"))

    assert response.status_code == 400
    assert not Revision.objects.filter(article=article).exists()


def test_autosave_and_heartbeat_refuse_those_who_may_not_edit(client):
    article = make_draft(created_by=make_journalist())
    client.force_login(make_journalist())

    assert client.post(autosave_url(article), form_data(article, lead="X")).status_code == 403
    assert client.post(heartbeat_url(article)).status_code == 403
    assert client.get(autosave_url(article)).status_code == 405
    assert not Revision.objects.exists()


def test_the_change_page_says_who_else_has_it_open(client):
    journalist = make_journalist()
    editor = make_editor(first_name="Minh", last_name="Khôi")
    article = make_draft(created_by=journalist)
    client.force_login(editor)
    client.get(change_url(article))
    since = timezone.localtime(EditingSession.objects.get(user=editor).started_at)
    client.force_login(journalist)

    page = client.get(change_url(article)).content.decode()
    beat = client.post(heartbeat_url(article)).json()

    notice = f"Minh Khôi đang sửa bài này (từ {since:%H:%M})"
    assert notice in page
    assert beat == {"others": [notice]}
    client.force_login(editor)
    own_page = client.get(change_url(article)).content.decode()
    assert f"{journalist.username} đang sửa bài này" in own_page
    assert "Minh Khôi đang sửa bài này" not in own_page


def test_a_page_without_heartbeat_for_minutes_no_longer_counts(client, settings):
    journalist, editor = make_journalist(), make_editor(first_name="Minh", last_name="Khôi")
    article = make_draft(created_by=journalist)
    long_ago = timezone.now() - timedelta(seconds=settings.DESK_EDITING_STALE_SECONDS + 1)
    EditingSession.objects.create(
        article=article, user=editor, started_at=long_ago, seen_at=long_ago
    )
    client.force_login(journalist)

    assert "đang sửa bài này" not in client.get(change_url(article)).content.decode()
    # Opened again after going stale: "since" starts anew.
    EditingSession.objects.heartbeat(article, editor)
    session = EditingSession.objects.get(user=editor)
    assert session.started_at > long_ago
    assert "Minh Khôi đang sửa bài này" in client.get(change_url(article)).content.decode()


def test_a_form_error_keeps_the_typed_reason_for_sending_back(client):
    editor = make_editor()
    article = make_draft(status=Article.Status.IN_REVIEW)
    client.force_login(editor)

    response = client.post(
        change_url(article),
        form_data(article, title="", _workflow="send_back", comment="Thiếu nguồn <b>tin</b>"),
    )

    assert "Thiếu nguồn &lt;b&gt;tin&lt;/b&gt;</textarea>" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.IN_REVIEW
