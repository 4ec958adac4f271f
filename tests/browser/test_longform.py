"""E-magazine long reads and infographics as readers see them, at a phone's and a desktop's width."""

import pytest
from playwright.sync_api import expect

from articles.models import Article
from tests.articles.helpers import (
    LONG_ALT_TEXT,
    make_editor,
    make_emagazine,
    make_infographic,
    make_journalist,
)
from tests.browser.conftest import axe_violations, horizontal_overflow, log_in
from tests.factories import make_section
from tests.multimedia.helpers import make_photo

# Layout shifts since the page started, as the browser measures them (CLS without the session
# windows: a stricter sum). buffered: true replays the shifts that happened before observing.
LAYOUT_SHIFT = """
() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 500);
})
"""


@pytest.mark.parametrize("width", [390, 1440])
def test_emagazine_opens_on_its_cover_and_its_contents_lead_to_each_chapter(open_page, width):
    article = make_emagazine()
    page = open_page(width=width, height=844 if width == 390 else 900, bypass_csp=True)
    page.goto(article.get_absolute_url())
    page.wait_for_load_state("load")

    cover = page.locator(".emagazine-cover").bounding_box()
    title = page.get_by_role("heading", level=1, name=article.title)
    assert title.is_visible()
    title_box = title.bounding_box()
    assert cover["width"] == width  # the cover runs across the whole window
    assert (
        cover["y"] <= title_box["y"]
        and title_box["y"] + title_box["height"] <= cover["y"] + cover["height"]
    )
    assert (
        title_box["y"] + title_box["height"] <= page.viewport_size["height"]
    )  # on the first screen
    assert horizontal_overflow(page) == 0
    assert page.evaluate(LAYOUT_SHIFT) < 0.01

    # Body photos run across the whole window; the text keeps a reading column.
    photo = page.locator(".emagazine-body > figure img").first.bounding_box()
    paragraph = page.locator(".emagazine-body > p").first.bounding_box()
    assert photo["width"] == width
    assert paragraph["width"] <= 700

    for anchor, heading in article.chapters():
        page.get_by_role("link", name=heading, exact=True).click()
        page.wait_for_url(f"**#{anchor}")
        chapter = page.locator(f"h2#{anchor}")
        assert chapter.inner_text() == heading
        assert chapter.evaluate("(h) => Math.abs(h.getBoundingClientRect().top) < 40")

    assert axe_violations(page) == []
    assert page.csp_violations == []


def test_infographic_fills_a_phone_and_opens_at_full_size(open_page):
    article = make_infographic()
    page = open_page(width=390, height=844, touch=True)
    page.goto(article.get_absolute_url())

    picture = page.locator(".infographic-body img")
    box = picture.bounding_box()
    assert box["width"] == 390
    assert box["height"] > 2 * box["width"]  # tall, whole, not cropped
    assert picture.get_attribute("alt").startswith("Biểu đồ: sản lượng cà phê")
    assert horizontal_overflow(page) == 0

    link = page.locator(".infographic-body a.figure__zoom")
    full_size = link.get_attribute("href")
    assert page.request.get(full_size).headers["content-type"] == "image/jpeg"
    link.click()
    page.wait_for_url(f"**{full_size}")


def test_infographic_and_emagazine_lists_pass_axe(open_page):
    make_emagazine()
    make_emagazine(title="Buôn làng mùa lễ hội")
    make_infographic()
    page = open_page(width=390, bypass_csp=True)
    violations = {}
    for url in ["/emagazine/", "/multimedia/", "/multimedia/infographic/"]:
        page.goto(url)
        assert horizontal_overflow(page) == 0, url
        if found := axe_violations(page):
            violations[url] = found

    assert violations == {}


def test_journalist_infographic_needs_a_telling_alt_text_then_an_editor_publishes(open_page):
    make_section(name="Kinh tế", slug="kinh-te")
    picture = make_photo(size=(1080, 2400), alt_text="Biểu đồ cà phê")
    journalist, editor = make_journalist(username="phongvien"), make_editor(username="bientap")
    title = "Cà phê Đắk Lắk 2026 qua những con số"
    writer = open_page()

    log_in(writer, journalist)
    writer.goto("/admin/articles/article/add/")
    writer.locator("#id_title").fill(title)
    writer.locator(".field-section .select2-selection").click()
    writer.locator(".select2-search__field").fill("Kinh")
    writer.locator(".select2-results__option", has_text="Kinh tế").click()
    writer.locator("#id_presentation").select_option(label="Infographic")
    writer.locator(".ProseMirror[contenteditable=true]").first.click()
    writer.get_by_role("button", name="Chèn ảnh").click()
    picker = writer.locator("dialog.article-image-picker")
    picker.locator(f".article-image-picker__photo[data-id='{picture.pk}']").click()
    picker.get_by_role("button", name="Chèn", exact=True).click()
    writer.locator("input[name=_continue]").click()

    expect(writer.locator(".errornote")).to_be_visible()
    expect(writer.locator(".field-body .errorlist")).to_contain_text("mới có 14 ký tự")
    assert not Article.objects.filter(title=title).exists()

    picture.alt_text = LONG_ALT_TEXT  # the photo desk writes what the picture says
    picture.save()
    writer.locator("input[name=_continue]").click()
    writer.get_by_role("button", name="Gửi duyệt").click()
    expect(writer.locator(".workflow-state")).to_contain_text("Chờ duyệt")
    article = Article.objects.get(title=title)

    desk = open_page()
    log_in(desk, editor)
    desk.goto(f"/admin/articles/article/{article.pk}/change/")
    desk.get_by_role("button", name="Xuất bản ngay").click()
    expect(desk.locator(".messagelist")).to_be_visible()

    reader = open_page(width=390, touch=True)
    reader.goto("/multimedia/infographic/")
    reader.get_by_role("link", name=title).first.click()
    expect(reader.locator(".infographic-body img")).to_have_attribute("alt", LONG_ALT_TEXT)
    expect(reader.locator(".infographic-body a.figure__zoom")).to_have_attribute(
        "href", picture.file.url
    )
