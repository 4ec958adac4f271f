"""Readers, moderators, journalists and editors doing their work in Chromium, through the page cache."""

import re

from playwright.sync_api import expect

from articles.models import Article
from tests.articles.helpers import make_editor, make_journalist, make_moderator
from tests.browser.conftest import log_in
from tests.factories import make_article, make_section
from tests.multimedia.helpers import make_photo

COMMENT = "Đường lên thôn Kon Tu đã được trải nhựa, cảm ơn tòa soạn."


def test_reader_comment_waits_for_a_moderator_then_shows_under_the_article(
    open_page, fast_comments
):
    section = make_section(name="Thời sự", slug="thoi-su")
    article = make_article(section=section, title="Làm đường vào thôn Kon Tu")
    moderator = make_moderator(username="kiemduyet")
    reader = open_page()

    reader.goto("/")
    reader.get_by_role("link", name="Thời sự").last.click()
    expect(reader).to_have_url(re.compile("/thoi-su/$"))
    reader.get_by_role("link", name=article.title).first.click()
    expect(reader.locator("h1")).to_have_text(article.title)
    reader.get_by_role("link", name="Gửi ý kiến của bạn").click()
    reader.get_by_label("Họ và tên").fill("Y Đức")
    reader.get_by_label("Email").fill("y.duc@example.com")
    reader.get_by_label("Ý kiến của bạn").fill(COMMENT)
    reader.get_by_role("button", name="Gửi", exact=True).click()

    expect(reader.get_by_role("status")).to_contain_text("đang chờ duyệt")
    reader.reload()
    expect(reader.get_by_text(COMMENT)).to_have_count(0)

    desk = open_page()
    log_in(desk, moderator)
    desk.goto("/admin/comments/comment/")
    row = desk.locator("tr", has_text=COMMENT[:30])
    row.get_by_role("button", name="Duyệt", exact=True).click()
    expect(desk.locator(".messagelist")).to_contain_text("Đã duyệt")

    reader.reload()
    expect(reader.locator(".comment-list")).to_contain_text(COMMENT)
    expect(reader.locator(".comment-list")).to_contain_text("Y Đức")


def test_journalist_story_with_a_library_photo_reaches_home_once_an_editor_publishes(open_page):
    make_section(name="Kinh tế", slug="kinh-te")
    make_article(title="Bài cũ trên trang chủ")
    photo = make_photo(alt_text="Xe chở cà phê qua cầu", caption="Chú thích trong thư viện")
    journalist, editor = make_journalist(username="phongvien"), make_editor(username="bientap")
    title = "Giá cà phê lên mức cao nhất mười năm"
    writer = open_page()

    log_in(writer, journalist)
    writer.goto("/admin/articles/article/add/")
    writer.locator("#id_title").fill(title)
    writer.locator(".field-section .select2-selection").click()
    writer.locator(".select2-search__field").fill("Kinh")
    writer.locator(".select2-results__option", has_text="Kinh tế").click()
    body = writer.locator(".ProseMirror[contenteditable=true]").first
    body.click()
    writer.keyboard.type("Nông dân Đắk Lắk bán cà phê với giá kỷ lục.")
    writer.get_by_role("button", name="Chèn ảnh").click()
    picker = writer.locator("dialog.article-image-picker")
    picker.locator(f".article-image-picker__photo[data-id='{photo.pk}']").click()
    picker.get_by_label("Chú thích trong bài này").fill("Cà phê về kho ở Buôn Ma Thuột")
    picker.get_by_role("button", name="Chèn", exact=True).click()
    expect(body.locator("figure")).to_have_count(1)
    writer.locator("input[name=_continue]").click()
    writer.get_by_role("button", name="Gửi duyệt").click()
    expect(writer.locator(".workflow-state")).to_contain_text("Chờ duyệt")
    article = Article.objects.get(title=title)
    assert article.status == Article.Status.IN_REVIEW
    reader = open_page(width=390)
    reader.goto("/")
    expect(reader.get_by_text("Bài cũ trên trang chủ").first).to_be_visible()
    expect(reader.get_by_text(title)).to_have_count(0)

    desk = open_page()
    log_in(desk, editor)
    desk.goto(f"/admin/articles/article/{article.pk}/change/")
    desk.get_by_role("button", name="Xuất bản ngay").click()
    expect(desk.locator(".messagelist")).to_be_visible()

    reader.reload()
    reader.get_by_role("link", name=title).first.click()
    figure = reader.locator(".article__body figure")
    expect(figure.locator("img")).to_have_attribute("alt", "Xe chở cà phê qua cầu")
    expect(figure.locator("figcaption")).to_contain_text("Cà phê về kho ở Buôn Ma Thuột")
