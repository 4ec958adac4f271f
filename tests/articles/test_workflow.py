import time
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from articles.models import Article, Correction, PublishedVersion, Revision, Transition
from tests.articles.helpers import (
    CONFIRMED,
    change_url,
    form_data,
    make_draft,
    make_editor,
    make_journalist,
    make_moderator,
    schedule_data,
    workflow_url,
)
from tests.factories import make_article, make_author, make_image, make_section

pytestmark = pytest.mark.django_db


def test_journalist_submits_and_editor_publishes_with_history_on_the_change_page(client):
    journalist = make_journalist(first_name="Duy", last_name="Tiến")
    editor = make_editor(first_name="Hoàng", last_name="Gia")
    article = make_draft(created_by=journalist, title="Mùa cà phê")

    client.force_login(journalist)
    assert client.post(workflow_url(article, "submit")).status_code == 302
    client.force_login(editor)
    assert client.post(workflow_url(article, "publish")).status_code == 302

    article.refresh_from_db()
    assert article.is_published()
    assert client.get(article.get_absolute_url()).status_code == 200
    html = client.get(change_url(article)).content.decode()
    assert "Lịch sử quy trình" in html
    assert html.index("Hoàng Gia") < html.index("Duy Tiến")  # newest step first
    assert "gửi duyệt" in html.lower()
    assert [step.action for step in article.transitions.all()] == ["published", "submitted"]


def test_editor_sends_back_with_a_comment_the_writer_sees(client):
    journalist = make_journalist()
    article = make_draft(created_by=journalist, status=Article.Status.IN_REVIEW)
    client.force_login(make_editor())

    client.post(workflow_url(article, "send_back"), {"comment": "Cần thêm nguồn tin ở đoạn 2."})

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    client.force_login(journalist)
    assert "Cần thêm nguồn tin ở đoạn 2." in client.get(change_url(article)).content.decode()


def test_history_names_who_took_each_step_with_a_comment_only_where_one_was_given(client):
    journalist = make_journalist()
    editor = make_editor()
    article = make_draft(created_by=journalist, status=Article.Status.IN_REVIEW)
    client.force_login(editor)
    client.post(workflow_url(article, "send_back"), {"comment": "Thêm nguồn."})
    client.force_login(journalist)
    client.post(workflow_url(article, "submit"))
    client.force_login(editor)
    client.post(workflow_url(article, "publish"))
    client.force_login(journalist)
    article.refresh_from_db()
    client.post(change_url(article), form_data(article, title="Tiêu đề mới"))
    client.force_login(editor)
    client.post(workflow_url(article, "unpublish"), CONFIRMED)

    article.refresh_from_db()
    steps = [
        (step.action, step.from_status, step.to_status, step.by, step.comment, step.published_at)
        for step in article.transitions.all()
    ]

    assert steps == [
        ("unpublished", "published", "unpublished", editor, "", None),
        ("change_submitted", "published", "published", journalist, "", None),
        ("published", "in_review", "published", editor, "", article.published_at),
        ("submitted", "draft", "in_review", journalist, "", None),
        ("sent_back", "in_review", "draft", editor, "Thêm nguồn.", None),
    ]
    assert article.updated_by == editor
    assert [version.created_by for version in article.published_versions.all()] == [editor]


def test_publishing_leaves_an_edit_saved_meanwhile_in_place():
    article = make_draft(title="Tiêu đề cũ")
    Article.objects.filter(pk=article.pk).update(title="Tiêu đề vừa sửa")

    article.publish(make_editor())

    assert Article.objects.get(pk=article.pk).title == "Tiêu đề vừa sửa"


def test_publishing_again_after_unpublishing_keeps_the_first_publication_time(client):
    first_published_at = timezone.now() - timedelta(days=3)
    article = make_article(published_at=first_published_at)
    client.force_login(make_editor())

    client.post(workflow_url(article, "unpublish"), CONFIRMED)
    client.post(workflow_url(article, "publish"))

    article.refresh_from_db()
    assert article.is_published()
    assert article.published_at == first_published_at


def test_a_step_reads_as_its_action_and_who_took_it():
    editor = make_editor(first_name="Hoàng", last_name="Gia")
    article = make_draft(status=Article.Status.IN_REVIEW)
    article.send_back(editor, "Thêm nguồn.")
    step = article.transitions.get()

    assert str(step) == "trả bài · Hoàng Gia"
    editor.delete()
    step.refresh_from_db()
    assert str(step) == "trả bài · (không rõ)"


def test_changelist_marks_a_live_article_with_a_change_awaiting_approval(client):
    journalist = make_journalist()
    waiting = make_article(created_by=journalist, title="Bài có thay đổi")
    make_article(title="Bài không đổi")
    client.force_login(journalist)
    client.post(change_url(waiting), form_data(waiting, title="Tiêu đề mới"))
    client.force_login(make_editor())

    html = client.get("/admin/articles/article/").content.decode()
    pending_only = client.get("/admin/articles/article/?state=pending").content.decode()

    assert html.count("có thay đổi chờ duyệt") == 1
    assert "Bài có thay đổi" in pending_only
    assert "Bài không đổi" not in pending_only


def test_unpublished_article_whose_time_is_still_to_come_is_not_scheduled(client):
    article = make_article(
        title="Bài đã gỡ",
        status=Article.Status.UNPUBLISHED,
        published_at=timezone.now() + timedelta(days=1),
    )
    client.force_login(make_editor())

    html = client.get("/admin/articles/article/").content.decode()

    assert not article.is_scheduled()
    assert "Hẹn đăng lúc" not in html


def test_staff_status_removed_means_no_more_workflow_steps():
    journalist = make_journalist(is_staff=False)
    article = make_draft(created_by=journalist)

    with pytest.raises(PermissionDenied):
        article.submit(journalist)


def test_a_draft_with_a_published_version_kept_counts_as_once_live():
    article = make_article()
    PublishedVersion.keep(article, None)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    article.refresh_from_db()

    assert article.was_ever_published()
    assert not make_draft().was_ever_published()


def test_sending_back_without_a_comment_is_refused_with_a_message(client):
    article = make_draft(status=Article.Status.IN_REVIEW)
    client.force_login(make_editor())

    response = client.post(workflow_url(article, "send_back"), {"comment": " "}, follow=True)

    article.refresh_from_db()
    assert article.status == Article.Status.IN_REVIEW
    assert "Hãy nói rõ" in response.content.decode()


def test_impossible_transition_is_refused_with_a_message(client):
    article = make_draft()
    client.force_login(make_editor())

    response = client.post(workflow_url(article, "unpublish"), CONFIRMED, follow=True)

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert "không thể" in response.content.decode()


def test_scheduled_article_stays_hidden_until_its_time_then_appears_by_itself(client):
    editor = make_editor()
    article = make_draft(status=Article.Status.IN_REVIEW, title="Bài hẹn giờ")
    client.force_login(editor)
    in_an_hour = timezone.localtime() + timedelta(hours=1)

    client.post(workflow_url(article, "schedule"), schedule_data(in_an_hour))
    article.refresh_from_db()
    client.logout()

    assert article.is_scheduled()
    assert client.get(article.get_absolute_url()).status_code == 404
    assert "Bài hẹn giờ" not in client.get("/").content.decode()

    # A real clock, no mocks: reschedule a second and a half ahead and wait for it.
    article.publish(editor, at=timezone.now() + timedelta(seconds=1.5))
    assert client.get(article.get_absolute_url()).status_code == 404
    time.sleep(1.6)
    assert client.get(article.get_absolute_url()).status_code == 200
    assert "Bài hẹn giờ" in client.get("/").content.decode()


def test_schedule_in_the_past_is_refused(client):
    article = make_draft(status=Article.Status.IN_REVIEW)
    client.force_login(make_editor())

    response = client.post(
        workflow_url(article, "schedule"),
        {"publish_at_0": "01/01/2020", "publish_at_1": "08:00"},
        follow=True,
    )

    article.refresh_from_db()
    assert article.status == Article.Status.IN_REVIEW
    assert "Xuất bản ngay" in response.content.decode()


def test_changelist_shows_scheduled_time_and_filters_by_it(client):
    at = timezone.now() + timedelta(days=1)
    make_article(title="Bài lên lịch", published_at=at)
    make_article(title="Bài đang hiện")
    client.force_login(make_editor())

    html = client.get("/admin/articles/article/?state=scheduled").content.decode()

    assert "Bài lên lịch" in html
    assert timezone.localtime(at).strftime("%H:%M, %d/%m/%Y") in html
    assert "Bài đang hiện" not in html


def test_upcoming_page_lists_what_is_scheduled_in_the_next_days(client):
    soon = make_article(title="Tối nay lên trang", published_at=timezone.now() + timedelta(hours=5))
    make_article(title="Tuần sau mới lên", published_at=timezone.now() + timedelta(days=9))
    make_article(title="Đã lên trang")
    client.force_login(make_editor())

    response = client.get("/admin/articles/article/upcoming/")

    html = response.content.decode()
    assert response.status_code == 200
    assert soon.title in html
    assert soon.section.name in html
    assert "Tuần sau mới lên" not in html
    assert "Đã lên trang" not in html


def test_journalist_change_to_live_article_waits_and_editor_approves_it(client):
    journalist = make_journalist()
    article = make_article(created_by=journalist, title="Tiêu đề đang hiện")
    client.force_login(journalist)

    response = client.post(change_url(article), form_data(article, title="Tiêu đề mới"))

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Tiêu đề đang hiện"
    assert "Tiêu đề đang hiện" in client.get(article.get_absolute_url()).content.decode()
    pending = Revision.objects.pending().get(article=article)
    assert pending.content["title"] == "Tiêu đề mới"

    client.force_login(make_editor())
    client.post(f"/admin/articles/article/{article.pk}/changes/{pending.pk}/approve/")

    article.refresh_from_db()
    assert article.title == "Tiêu đề mới"
    assert article.is_published()
    assert "Tiêu đề mới" in client.get(article.get_absolute_url()).content.decode()
    assert PublishedVersion.objects.filter(article=article, content__title="Tiêu đề mới").exists()


def test_editor_rejects_a_pending_change_and_the_live_article_stays(client):
    journalist = make_journalist()
    article = make_article(created_by=journalist, title="Giữ nguyên")
    client.force_login(journalist)
    client.post(change_url(article), form_data(article, title="Không được duyệt"))
    pending = Revision.objects.pending().get(article=article)

    client.force_login(make_editor())
    client.post(
        f"/admin/articles/article/{article.pk}/changes/{pending.pk}/reject/",
        {"comment": "Tiêu đề sai sự thật."},
    )

    article.refresh_from_db()
    pending.refresh_from_db()
    assert article.title == "Giữ nguyên"
    assert pending.state == Revision.State.REJECTED
    step = Transition.objects.get(article=article, action="change_rejected")
    assert step.comment == "Tiêu đề sai sự thật."


def approve_url(article, pending):
    return f"/admin/articles/article/{article.pk}/changes/{pending.pk}/approve/"


def test_approving_a_change_keeps_what_an_editor_edited_since_in_other_fields(client):
    journalist, editor = make_journalist(), make_editor()
    article = make_article(created_by=journalist, title="Tiêu đề gốc", lead="Sapo gốc.")
    client.force_login(journalist)
    client.post(change_url(article), form_data(article, title="Tiêu đề của phóng viên"))
    pending = Revision.objects.pending().get(article=article)
    client.force_login(editor)
    client.post(change_url(article), form_data(article, lead="Sapo biên tập sửa."))

    client.post(approve_url(article, pending))

    article.refresh_from_db()
    assert (article.title, article.lead) == ("Tiêu đề của phóng viên", "Sapo biên tập sửa.")
    pending.refresh_from_db()
    assert pending.state == Revision.State.APPROVED


def test_approving_a_change_to_a_field_an_editor_edited_since_is_refused(client):
    journalist, editor = make_journalist(), make_editor()
    article = make_article(created_by=journalist, title="Tiêu đề gốc")
    client.force_login(journalist)
    client.post(change_url(article), form_data(article, title="Tiêu đề của phóng viên"))
    pending = Revision.objects.pending().get(article=article)
    client.force_login(editor)
    client.post(change_url(article), form_data(article, title="Tiêu đề của biên tập"))

    response = client.post(approve_url(article, pending), follow=True)

    assert "Bài đã được sửa sau khi đề xuất này được gửi" in response.content.decode()
    article.refresh_from_db()
    pending.refresh_from_db()
    assert article.title == "Tiêu đề của biên tập"
    assert pending.state == Revision.State.PENDING


def test_approving_a_change_whose_photo_was_deleted_is_refused_with_a_message(client):
    journalist = make_journalist()
    article = make_article(created_by=journalist, title="Giữ nguyên")
    photo = make_image()
    client.force_login(journalist)
    client.post(
        change_url(article),
        form_data(article, title="Có ảnh", featured_image=str(photo.pk)),
    )
    pending = Revision.objects.pending().get(article=article)
    photo.delete()  # only the pending change names it, so nothing protects it
    client.force_login(make_editor())

    response = client.post(approve_url(article, pending), follow=True)

    assert response.status_code == 200
    assert "ảnh đại diện đã bị xóa" in response.content.decode()
    article.refresh_from_db()
    assert (article.title, article.featured_image_id) == ("Giữ nguyên", None)


def test_journalist_cannot_approve_own_pending_change(client):
    journalist = make_journalist()
    article = make_article(created_by=journalist, title="Giữ nguyên")
    client.force_login(journalist)
    client.post(change_url(article), form_data(article, title="Tự duyệt"))
    pending = Revision.objects.pending().get(article=article)

    response = client.post(f"/admin/articles/article/{article.pk}/changes/{pending.pk}/approve/")

    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).title == "Giữ nguyên"


def test_editor_edits_a_live_article_directly(client):
    article = make_article(title="Bản cũ")
    client.force_login(make_editor())

    client.post(change_url(article), form_data(article, title="Bản mới"))

    assert "Bản mới" in client.get(article.get_absolute_url()).content.decode()


def test_material_update_shows_the_update_time_to_readers(client):
    article = make_article()
    client.force_login(make_editor())

    client.post(change_url(article), form_data(article, is_material_update="on"))

    article.refresh_from_db()
    stamp = timezone.localtime(article.material_update_at).strftime("%H:%M, %d/%m/%Y")
    html = client.get(article.get_absolute_url()).content.decode()
    assert f"Cập nhật lúc {stamp}" in html


def test_an_ordinary_save_shows_no_update_time(client):
    article = make_article()
    client.force_login(make_editor())

    client.post(change_url(article), form_data(article, lead="Sửa lỗi chính tả."))

    assert "Cập nhật lúc" not in client.get(article.get_absolute_url()).content.decode()


def test_correction_is_printed_with_its_date_at_the_end_of_the_article(client):
    article = make_article(body="<p>Thân bài.</p>")
    client.force_login(make_editor())
    data = form_data(article)
    data.update(
        {
            "corrections-TOTAL_FORMS": "1",
            "corrections-0-text": "Xã Ea Tu, không phải xã Ea Kao.",
            "corrections-0-created_at_0": "2026-11-28",
            "corrections-0-created_at_1": "09:30:00",
        }
    )

    client.post(change_url(article), data)

    assert Correction.objects.filter(article=article).count() == 1
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Thông tin cải chính" in html
    assert "09:30, 28/11/2026" in html
    assert html.index("Thân bài.") < html.index("Xã Ea Tu, không phải xã Ea Kao.")


def test_stale_form_is_refused_naming_who_saved_in_between(client):
    article = make_draft(title="Bản đầu")
    first = make_editor(first_name="Minh", last_name="Anh")
    second = make_editor(first_name="Thu", last_name="Hà")
    stale = form_data(article, title="Bản của Minh Anh")  # Minh Anh opens the form…

    client.force_login(second)  # …Thu Hà opens and saves meanwhile…
    assert (
        client.post(change_url(article), form_data(article, title="Bản của Thu Hà")).status_code
        == 302
    )

    client.force_login(first)  # …then Minh Anh saves the stale form.
    response = client.post(change_url(article), stale)

    assert response.status_code == 200
    assert "Thu Hà đã lưu bài này" in response.content.decode()
    assert Article.objects.get(pk=article.pk).title == "Bản của Thu Hà"


@pytest.mark.parametrize("url", ["/admin/articles/article/", "/admin/articles/article/upcoming/"])
def test_desk_lists_cost_the_same_queries_for_few_or_many_articles(client, uncached_queries, url):
    # Status, pending changes (an EXISTS annotation), section, last saver and bylines are loaded
    # with the page, so a longer list must not add queries.
    client.force_login(make_editor())
    soon = timezone.now() + timedelta(hours=2)
    make_article(published_at=soon, authors=[make_author()])
    few, _ = uncached_queries(url)
    for _ in range(5):
        make_article(published_at=soon, authors=[make_author()])
    many, _ = uncached_queries(url)
    assert len(many) == len(few)


def test_new_article_without_byline_is_signed_by_its_writer(client):
    journalist = make_journalist()
    author = make_author(name="Minh Khôi", user=journalist)
    client.force_login(journalist)
    section = make_section()

    client.post(
        "/admin/articles/article/add/", form_data(title="Bài có chữ ký", section=section.pk)
    )

    article = Article.objects.get(title="Bài có chữ ký")
    assert [byline.author for byline in article.bylines.all()] == [author]


def test_new_article_with_its_own_byline_text_is_not_signed_again(client):
    journalist = make_journalist()
    make_author(name="Minh Khôi", user=journalist)
    client.force_login(journalist)

    client.post(
        "/admin/articles/article/add/",
        form_data(title="Bài của TTXVN", section=make_section().pk, byline_text="Theo TTXVN"),
    )

    assert not Article.objects.get(title="Bài của TTXVN").bylines.exists()


def test_upcoming_page_is_closed_to_moderators(client):
    make_article(title="Tối nay lên trang", published_at=timezone.now() + timedelta(hours=5))
    client.force_login(make_moderator())

    response = client.get("/admin/articles/article/upcoming/")

    assert response.status_code == 403
    assert "Tối nay lên trang" not in response.content.decode()
