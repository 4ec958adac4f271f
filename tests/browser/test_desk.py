"""The desk in Chromium: the moderation queue at 1366 px (context, undo, report reasons), the
article form's date fields under an English browser, the headline count and the photo choosers."""

import re
from datetime import datetime

from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article
from comments.models import Comment
from tests.articles.helpers import make_draft, make_editor, make_moderator
from tests.browser.conftest import log_in
from tests.comments.helpers import make_comment
from tests.discovery.test_metadata import VN
from tests.factories import make_article, make_section
from tests.multimedia.helpers import make_photo, make_print_issue

QUEUE = "/admin/comments/comment/"


def sideways_scroll(page, selector):
    """How many pixels the element's content is wider than the element (0: nothing hidden)."""
    return page.evaluate(
        f"(e => e.scrollWidth - e.clientWidth)(document.querySelector('{selector}'))"
    )


def make_discussion():
    article = make_article(
        section=make_section(name="Thời sự", slug="thoi-su"),
        title="Làm đường vào thôn Kon Tu trước mùa mưa",
    )
    thread = make_comment(article, name="Anh Tâm", body="Khi nào <b>khởi công</b> vậy tòa soạn?")
    reply = make_comment(
        article,
        parent=thread,
        status=Comment.Status.PENDING,
        name="Chị Hoa Rơ Chăm với một cái tên rất dài",
        email="hoa.ro.cham.mot.dia.chi.thu.rat.dai@mot-ten-mien-rat-dai.example.com",
        body="Tháng sau khởi công, xã đã thông báo trên loa. " * 6,
    )
    return article, thread, reply


def test_the_queue_fits_1366_px_and_shows_the_article_and_the_comment_answered(open_page):
    article, _thread, _reply = make_discussion()
    for number in range(5):
        make_comment(article, status=Comment.Status.PENDING, body=f"Ý kiến chờ duyệt số {number}")
    desk = open_page(width=1366)
    log_in(desk, make_moderator())

    desk.goto(f"{QUEUE}?queue=waiting")

    assert sideways_scroll(desk, "html") == 0
    assert sideways_scroll(desk, "#changelist .results") == 0
    row = desk.locator("#result_list tr", has_text="Tháng sau khởi công")
    link = row.get_by_role("link", name=article.title)
    expect(link).to_have_attribute("href", article.get_absolute_url())
    expect(row.locator(".comment-admin-parent")).to_contain_text(
        "Trả lời Anh Tâm: Khi nào <b>khởi công</b> vậy tòa soạn?"
    )
    expect(row.get_by_role("button", name="Duyệt", exact=True)).to_be_visible()


def test_a_decision_by_key_is_undone_by_key(open_page):
    _article, thread, _reply = make_discussion()  # the thread is shown (post-moderation), undecided
    desk = open_page()
    log_in(desk, make_moderator())
    desk.goto(f"{QUEUE}?queue=waiting")
    expect(desk.locator("tr.comment-admin-current")).to_contain_text("Khi nào")

    desk.keyboard.press("s")
    expect(desk.locator(".messagelist")).to_contain_text("Spam")
    expect(desk.get_by_role("button", name="Hoàn tác")).to_be_visible()
    thread.refresh_from_db()
    assert thread.status == Comment.Status.SPAM

    desk.keyboard.press("u")

    expect(desk.locator(".messagelist")).to_contain_text("đang chờ duyệt lại")
    thread.refresh_from_db()
    assert thread.status == Comment.Status.APPROVED and thread.decided_at is None
    expect(desk.locator("#result_list")).to_contain_text("Khi nào")


def test_a_reader_reports_with_a_reason_and_the_queue_filters_reports(open_page):
    article, thread, _reply = make_discussion()
    reader = open_page(width=390)
    reader.goto(article.get_absolute_url())

    reader.locator(f"#y-kien-{thread.pk}").get_by_role("link", name="Báo vi phạm").click()
    reader.get_by_label("Sai sự thật").check()
    reader.get_by_role("button", name="Báo vi phạm").click()
    expect(reader.get_by_role("status")).to_contain_text("Cảm ơn bạn")

    desk = open_page()
    log_in(desk, make_moderator())
    desk.goto(QUEUE)
    desk.get_by_role("link", name="Bị bạn đọc báo vi phạm").click()
    expect(desk).to_have_url(re.compile(r"queue=reported"))
    rows = desk.locator("#result_list tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Khi nào <b>khởi công</b>")
    expect(rows.first.locator(".comment-admin-report")).to_have_text("Sai sự thật × 1")


def test_the_schedule_fields_read_dd_mm_yyyy_in_vietnam_time_under_an_english_browser(open_page):
    article = make_draft(status=Article.Status.IN_REVIEW, title="Bài hẹn giờ")
    desk = open_page(locale="en-US")
    log_in(desk, make_editor())
    desk.goto(f"/admin/articles/article/{article.pk}/change/")
    date_field = desk.locator("input[name=publish_at_0]")

    desk.locator(".workflow-actions .datetimeshortcuts a", has_text="Hôm nay").first.click()

    today = timezone.localtime().strftime("%d/%m/%Y")
    expect(date_field).to_have_value(today)
    assert desk.locator("input[type=datetime-local]").count() == 0
    date_field.fill("31/12/2030")
    desk.locator("input[name=publish_at_1]").fill("18:00")
    desk.get_by_role("button", name="Hẹn giờ", exact=True).click()
    expect(desk.locator(".workflow-state")).to_contain_text("18:00, 31/12/2030")
    article.refresh_from_db()
    assert article.published_at == datetime(2030, 12, 31, 18, 0, tzinfo=VN)


def test_the_headline_count_warns_and_the_browser_cuts_nothing(open_page):
    article = make_article()
    desk = open_page()
    log_in(desk, make_editor())
    desk.goto(f"/admin/articles/article/{article.pk}/change/")
    title = desk.locator("#id_title")
    count = desk.locator("#id_title-count")

    title.fill("Đắk Lắk khởi công đường cao tốc Buôn Ma Thuột")
    expect(count).to_have_text(re.compile(r"^45/70 ký tự · còn 205 ký tự"))
    title.fill("Đ" * 80)
    expect(count).to_contain_text("dài hơn mức nên dùng 70 ký tự")
    title.fill("Đ" * 260)

    expect(title).to_have_value("Đ" * 260)
    expect(count).to_contain_text("quá giới hạn 250: hãy bớt 10 ký tự")
    desk.locator("input[name=_continue]").click()
    expect(desk.locator(".errorlist")).to_contain_text("Chỉ được tối đa 250 ký tự (hiện có 260)")


def test_the_featured_photo_is_chosen_in_the_library_popup_and_previewed(open_page):
    article = make_article()
    photo = make_photo(alt_text="Voi bản Đôn qua suối", caption="Voi bản Đôn")
    desk = open_page()
    log_in(desk, make_editor())
    desk.goto(f"/admin/articles/article/{article.pk}/change/")
    chooser = desk.locator(".field-featured_image .photo-chooser")
    expect(chooser.locator("img")).to_be_hidden()

    with desk.expect_popup() as opened:
        chooser.get_by_role("link", name="Chọn trong thư viện").click()
    library = opened.value
    library.locator("#result_list a", has=library.locator("img.admin-thumbnail")).first.click()

    expect(chooser.locator("img")).to_be_visible()
    expect(chooser.locator("img")).to_have_attribute("alt", "Voi bản Đôn qua suối")
    expect(chooser.locator("img")).to_have_attribute("src", photo.picture().src)
    expect(chooser).to_contain_text("Voi bản Đôn")
    desk.locator("input[name=_continue]").click()
    expect(desk.locator(".messagelist")).to_be_visible()
    article.refresh_from_db()
    assert article.featured_image == photo


def test_the_body_editor_shows_print_front_pages_only_when_asked(open_page):
    photo = make_photo(alt_text="Nương cà phê", caption="Cà phê chín")
    cover = make_photo(alt_text="Trang nhất", caption="Trang nhất số 5231")
    make_print_issue(cover=cover)
    desk = open_page()
    log_in(desk, make_editor())
    desk.goto(f"/admin/articles/article/{make_article().pk}/change/")

    desk.locator(".ProseMirror[contenteditable=true]").first.click()
    desk.get_by_role("button", name="Chèn ảnh").click()
    picker = desk.locator("dialog.article-image-picker")
    expect(picker.locator(".article-image-picker__photo")).to_have_count(1)
    expect(picker.locator(f"[data-id='{photo.pk}']")).to_be_visible()

    picker.get_by_label("Cả ảnh trang nhất báo in").check()

    expect(picker.locator(".article-image-picker__photo")).to_have_count(2)
    expect(picker.locator(f"[data-id='{cover.pk}']")).to_be_visible()
