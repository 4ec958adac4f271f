"""The desk in Chromium: nothing typed is lost, a writer's pending change, notifications."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Article, Revision
from notifications.models import Notification
from tests.articles.helpers import make_draft, make_editor, make_journalist
from tests.browser.conftest import log_in
from tests.factories import make_article

REASON = "Thiếu ý kiến của Sở Nông nghiệp, bổ sung giúp."


@pytest.fixture
def quick_desk(settings):
    """Autosave and heartbeat within a second, so a test waits for them and not for the clock."""
    settings.DESK_AUTOSAVE_PAUSE_SECONDS = 1
    settings.DESK_HEARTBEAT_SECONDS = 1


def change_path(article):
    return f"/admin/articles/article/{article.pk}/change/"


def test_pressing_submit_saves_the_edited_lead_first(open_page):
    journalist = make_journalist()
    article = make_draft(created_by=journalist, lead="Sapo cũ")
    page = open_page()
    log_in(page, journalist)
    page.goto(change_path(article))

    page.locator("#id_lead").fill("Sapo mới viết xong")
    page.get_by_role("button", name="Gửi duyệt").click()

    expect(page.locator(".workflow-state")).to_contain_text("Chờ duyệt")
    expect(page.locator("#id_lead")).to_have_value("Sapo mới viết xong")
    article.refresh_from_db()
    assert (article.lead, article.status) == ("Sapo mới viết xong", Article.Status.IN_REVIEW)
    assert page.csp_violations == []


def test_leaving_a_changed_form_asks_first_and_an_unchanged_one_does_not(open_page):
    journalist = make_journalist()
    article = make_draft(created_by=journalist)
    page = open_page()
    log_in(page, journalist)
    page.goto(change_path(article))
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))

    page.locator("#id_lead").click()
    page.keyboard.type("Đang viết dở")
    page.locator(".breadcrumbs a").nth(1).click(no_wait_after=True)

    assert asked == ["beforeunload"]  # dismissed: the writer stays
    expect(page.locator("#id_lead")).to_have_value(re.compile("Đang viết dở"))
    assert page.url.endswith(change_path(article))
    clean = open_page()
    log_in(clean, journalist)
    clean.goto(change_path(article))
    asked.clear()
    clean.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.accept()))
    clean.locator(".breadcrumbs a").nth(1).click()
    expect(clean).to_have_url(re.compile(r"/admin/articles/$"))
    assert asked == []


def test_a_pause_autosaves_the_draft_and_the_autosave_can_be_restored(open_page, quick_desk):
    journalist = make_journalist()
    article = make_draft(created_by=journalist, lead="Sapo đã lưu")
    page = open_page()
    log_in(page, journalist)
    page.goto(change_path(article))

    page.locator("#id_lead").fill("Sapo chưa kịp lưu")
    expect(page.locator(".desk-autosave-status")).to_contain_text("Đã tự lưu lúc")
    autosave = Revision.objects.get(article=article)
    assert autosave.state == Revision.State.AUTOSAVED
    article.refresh_from_db()
    assert article.lead == "Sapo đã lưu"

    page.on("dialog", lambda dialog: dialog.accept())  # leaving the unsaved form on purpose
    page.goto(change_path(article))
    expect(page.locator("#id_lead")).to_have_value("Sapo đã lưu")
    page.get_by_role("button", name="Khôi phục bản tự lưu").click()
    page.get_by_role("button", name="Có, khôi phục").click()  # restoring asks first
    expect(page.locator("#id_lead")).to_have_value("Sapo chưa kịp lưu")
    article.refresh_from_db()
    assert (article.lead, article.status) == ("Sapo chưa kịp lưu", Article.Status.DRAFT)


def test_a_second_person_sees_who_has_the_article_open_and_the_first_learns_it_too(
    open_page, quick_desk
):
    journalist = make_journalist(first_name="Duy", last_name="Tiến")
    editor = make_editor(first_name="Minh", last_name="Khôi")
    article = make_draft(created_by=journalist)
    first = open_page()
    log_in(first, editor)
    first.goto(change_path(article))
    second = open_page()
    log_in(second, journalist)

    second.goto(change_path(article))

    expect(second.locator(".desk-notice--editing")).to_contain_text(
        re.compile(r"Minh Khôi đang sửa bài này \(từ \d\d:\d\d\)")
    )
    expect(first.locator(".desk-notice--editing")).to_contain_text("Duy Tiến đang sửa bài này")
    expect(first.locator(".desk-notice--editing")).not_to_contain_text("Minh Khôi")


def test_a_journalist_reopens_edits_resends_and_withdraws_their_pending_change(open_page):
    journalist = make_journalist()
    article = make_article(created_by=journalist, title="Đường vào buôn", lead="Sapo đang đăng")
    page = open_page()
    log_in(page, journalist)
    page.goto(change_path(article))
    page.locator("#id_lead").fill("Sapo đề xuất")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_contain_text("biên tập viên duyệt")

    page.goto(change_path(article))
    expect(page.locator(".desk-notice--proposal")).to_contain_text(
        "Thay đổi của bạn đang chờ duyệt"
    )
    expect(page.locator("#id_lead")).to_have_value("Sapo đề xuất")
    page.locator("#id_lead").fill("Sapo đề xuất, sửa lần hai")
    page.locator("input[name=_continue]").click()
    expect(page.locator("#id_lead")).to_have_value("Sapo đề xuất, sửa lần hai")
    pending = Revision.objects.get(article=article, state=Revision.State.PENDING)
    assert pending.content["lead"] == "Sapo đề xuất, sửa lần hai"

    page.get_by_role("link", name="So với bản đang đăng").click()
    expect(page.locator(".revision-diff ins")).to_contain_text(["đề xuất, sửa lần hai"])
    page.get_by_role("button", name="Rút lại thay đổi của tôi").click()
    expect(page.locator(".messagelist")).to_contain_text("Đã rút lại thay đổi")
    expect(page.locator("#id_lead")).to_have_value("Sapo đang đăng")
    expect(page.locator(".desk-notice--proposal")).to_have_count(0)
    article.refresh_from_db()
    assert article.lead == "Sapo đang đăng"


def test_sent_back_with_a_reason_reaches_the_journalist(open_page):
    journalist = make_journalist()
    editor = make_editor(first_name="Hoàng", last_name="Gia")
    article = make_draft(created_by=journalist, title="Giá cà phê tăng", status="in_review")
    desk = open_page()
    log_in(desk, editor)
    desk.goto(change_path(article))
    desk.get_by_label("Cần sửa gì?").fill(REASON)
    desk.get_by_role("button", name="Trả bài").click()
    expect(desk.locator(".workflow-state")).to_contain_text("Bản nháp")

    writer = open_page()
    log_in(writer, journalist)
    expect(writer.locator(".notification-counter")).to_have_text("1 thông báo mới")
    inbox = writer.locator(".notification-inbox")
    expect(inbox).to_contain_text("Bài của bạn bị trả lại: Giá cà phê tăng")
    expect(inbox).to_contain_text(REASON)
    inbox.get_by_role("link", name="Bài của bạn bị trả lại: Giá cà phê tăng").click()
    notice = writer.locator(".desk-notice--sent-back")
    expect(notice).to_contain_text("Hoàng Gia đã trả lại bài này lúc")
    expect(notice).to_contain_text(REASON)
    assert notice.bounding_box()["y"] < writer.locator("#article_form").bounding_box()["y"]

    writer.goto("/admin/")
    writer.get_by_role("button", name="Đánh dấu đã đọc").click()
    expect(writer.locator(".notification-counter")).to_have_text("0 thông báo mới")
    assert Notification.objects.get(recipient=journalist).read_at is not None
