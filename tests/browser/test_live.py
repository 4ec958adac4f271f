"""A live coverage in Chromium: a reader's open page receives updates posted meanwhile, through the
page cache, and stops looking once the coverage ends; a journalist posts from the desk."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import LiveUpdate
from tests.articles.helpers import make_editor, make_journalist
from tests.articles.test_live import post_update
from tests.browser.conftest import axe_violations, horizontal_overflow, log_in
from tests.factories import make_article, make_author, make_section
from tests.multimedia.helpers import make_photo, make_video

# How long a test waits for the page to notice a change: a few polls apart, on a busy machine.
NOTICED = 15_000


@pytest.fixture
def fast_polling(settings):
    """The page looks for updates every second, and waits at most two, instead of 15 s to 2 min."""
    settings.LIVE_POLL_SECONDS = 1
    settings.LIVE_POLL_MAX_SECONDS = 2


def make_coverage(journalist=None):
    section = make_section(name="Thời sự", slug="thoi-su")
    author = make_author(name="Minh Khôi", user=journalist)
    article = make_article(
        section=section,
        title="Trực tiếp: đối thoại với nông dân trồng cà phê",
        lead="Hơn 300 nông dân, hợp tác xã và doanh nghiệp dự hội nghị.",
        authors=[author],
        featured_image=make_photo(alt_text="Hội trường hội nghị"),
    )
    editor = make_editor(username="bientap")
    article.start_live_coverage(editor)
    return article, editor


def test_an_open_page_receives_a_new_update_and_stops_when_the_coverage_ends(
    open_page, fast_polling
):
    article, editor = make_coverage()
    post_update(article, editor, headline="Khai mạc", text="Hội nghị bắt đầu.", minutes_ago=10)
    reader = open_page()
    requests = []
    reader.on("request", lambda request: "/cap-nhat/" in request.url and requests.append(1))

    reader.goto(article.get_absolute_url())
    reader.evaluate("window.notReloaded = true")
    expect(reader.locator(".article__header .live-badge")).to_have_text("Đang diễn ra")
    expect(reader.locator("[data-live-timeline] .live-update")).to_have_count(1)

    post_update(article, editor, headline="Câu hỏi đầu tiên", text="Về vốn vay đầu vụ.")
    new = reader.get_by_role("button", name=re.compile("1 cập nhật mới"))
    expect(new).to_be_visible(timeout=NOTICED)
    expect(reader.get_by_role("status")).to_have_text("1 cập nhật mới")
    new.click()

    first = reader.locator("[data-live-timeline] .live-update").first
    expect(first).to_contain_text("Câu hỏi đầu tiên")
    expect(first).to_be_focused()
    expect(new).to_be_hidden()
    assert reader.evaluate("window.notReloaded") is True

    article.end_live_coverage(editor)
    expect(reader.get_by_role("status")).to_have_text(
        "Cuộc tường thuật đã kết thúc.", timeout=NOTICED
    )
    expect(reader.locator(".live-badge")).to_have_count(0)
    asked = len(requests)
    reader.wait_for_timeout(3_000)  # longer than the longest wait between two polls here
    assert len(requests) == asked
    assert reader.csp_violations == []


HIDE_TAB = """hidden => {
  Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event("visibilitychange"));
}"""


def test_a_hidden_tab_stops_asking_and_asks_at_once_when_shown_again(open_page, fast_polling):
    article, editor = make_coverage()
    reader = open_page()
    requests = []
    reader.on("request", lambda request: "/cap-nhat/" in request.url and requests.append(1))
    reader.goto(article.get_absolute_url())
    expect(reader.locator("[data-live-polling=on]")).to_have_count(1)

    reader.evaluate(HIDE_TAB, True)
    asked = len(requests)
    post_update(article, editor, text="Trong lúc thẻ bị ẩn.")
    reader.wait_for_timeout(3_000)  # longer than the longest wait between two polls here
    assert len(requests) == asked

    reader.evaluate(HIDE_TAB, False)
    expect(reader.get_by_role("button", name=re.compile("1 cập nhật mới"))).to_be_visible(
        timeout=NOTICED
    )


def test_a_byline_journalist_posts_an_update_from_the_desk(open_page):
    journalist = make_journalist(username="phongvien")
    article, _editor = make_coverage(journalist)
    desk = open_page()
    log_in(desk, journalist)

    desk.goto(f"/admin/articles/article/{article.pk}/change/")
    desk.get_by_role("link", name="Đăng cập nhật").click()
    desk.get_by_label("Tiêu đề").fill("Nông dân hỏi về vốn")
    desk.get_by_label("Nội dung").fill("Ông Y Kim Mlô hỏi về vốn vay đầu vụ.")
    desk.locator("input[name=_save]").click()
    expect(desk.locator(".messagelist")).to_contain_text("thành công")

    update = LiveUpdate.objects.get()
    assert (update.article, update.posted_by, update.is_approved) == (article, journalist, True)
    reader = open_page(width=390)
    reader.goto(article.get_absolute_url())
    expect(reader.locator(f"#cap-nhat-{update.pk}")).to_contain_text("Nông dân hỏi về vốn")


@pytest.mark.parametrize("width", [390, 1366])
def test_the_live_page_fits_the_screen_and_axe_finds_nothing(open_page, width):
    article, editor = make_coverage()
    photo = make_photo(alt_text="Cà phê phơi trên sân")
    video = make_video(title="Thác Dray Nur mùa nước lớn", poster=photo)
    post_update(article, editor, text="Hội nghị bắt đầu.", image=photo, minutes_ago=40)
    post_update(
        article,
        editor,
        quote="Tỉnh muốn nghe trực tiếp những khó khăn của bà con.",
        quote_source="Ông Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh",
        minutes_ago=30,
    )
    post_update(article, editor, headline="Diễn biến chính", text="Sở hứa tập huấn.", is_key=True)
    post_update(article, editor, text="Video giới thiệu.", video=video, minutes_ago=20)
    page = open_page(width=width, bypass_csp=True)

    page.goto(article.get_absolute_url())

    expect(page.locator(".live__key")).to_contain_text("Sở hứa tập huấn.")
    assert horizontal_overflow(page) == 0
    assert axe_violations(page) == []
