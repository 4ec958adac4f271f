"""The reader's phone: photos that open large, share links, the sections menu, finger-sized
actions. Each at 390 px unless the keyboard is the point."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_media import swipe
from tests.comments.helpers import make_comment
from tests.factories import make_article, make_section
from tests.multimedia.helpers import make_gallery, make_photo

VIEWER = ".lightbox"


def test_a_gallery_photo_opens_large_with_its_caption_and_keys_move_and_escape_closes(open_page):
    gallery = make_gallery(photos=3, title="Mùa cà phê chín")
    page = open_page(width=1366)
    page.goto(gallery.get_absolute_url())

    page.get_by_role("button", name="Phóng to ảnh").first.click()

    viewer = page.locator(VIEWER)
    expect(viewer).to_be_visible()
    expect(viewer.locator("figcaption")).to_have_text("Chú thích 1 Ảnh: Duy Tiến")
    # The largest rendition in the photo's srcset, not the small one the page shows.
    widths = page.locator(".gallery__slide source").first.get_attribute("srcset")
    largest = max(int(part.split()[1][:-1]) for part in widths.split(","))
    expect(viewer.locator("img")).to_have_attribute("src", re.compile(f"-{largest}\\.webp$"))
    page.keyboard.press("ArrowRight")
    expect(viewer.locator("figcaption")).to_contain_text("Chú thích 2")
    expect(viewer.locator(".lightbox__count")).to_have_text("2/3")
    page.keyboard.press("ArrowLeft")
    expect(viewer.locator("figcaption")).to_contain_text("Chú thích 1")
    page.keyboard.press("Escape")
    expect(viewer).to_be_hidden()
    assert page.csp_violations == []


def test_a_swipe_in_the_photo_viewer_shows_the_next_photo_on_a_phone(open_page):
    gallery = make_gallery(photos=3, title="Mùa cà phê chín")
    page = open_page(width=390, touch=True)
    page.goto(gallery.get_absolute_url())
    page.get_by_role("button", name="Phóng to ảnh").first.click()
    viewer = page.locator(VIEWER)
    viewer.locator("img").evaluate("img => img.decode()")  # its size is known once it has loaded
    box = viewer.locator("img").bounding_box()

    swipe(page, box["x"] + box["width"] * 0.8, box["y"] + box["height"] / 2, -200)

    expect(viewer.locator("figcaption")).to_contain_text("Chú thích 2")
    page.get_by_role("button", name="Đóng").click()
    expect(viewer).to_be_hidden()


def test_an_article_photo_opens_large_with_caption_and_credit(open_page):
    photo = make_photo(alt_text="Xe chở cà phê", caption="Cà phê về kho", credit="Minh Thu")
    article = make_article(
        body=f'<p>Giá cà phê hôm nay.</p><figure data-image-id="{photo.pk}"></figure>'
    )
    page = open_page(width=390, touch=True)
    page.goto(article.get_absolute_url())

    page.get_by_role("button", name="Phóng to ảnh: Xe chở cà phê").click()

    viewer = page.locator(VIEWER)
    expect(viewer.locator("figcaption")).to_have_text("Cà phê về kho Ảnh: Minh Thu")
    expect(viewer.locator("img")).to_have_attribute("alt", "Xe chở cà phê")
    viewer.locator("img").evaluate("img => img.decode()")  # its size is known once it has loaded
    image = viewer.locator("img").bounding_box()
    assert image["width"] > 300, image


def test_share_links_name_the_page_and_the_copy_button_copies_its_address(open_page, live_server):
    article = make_article(title="Giá cà phê lên cao")
    page = open_page(width=390, touch=True)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(article.get_absolute_url())
    address = f"{live_server.url}{article.get_absolute_url()}"
    share = page.get_by_role("group", name="Chia sẻ")

    facebook = share.get_by_role("link", name="Facebook").get_attribute("href")
    zalo = share.get_by_role("link", name="Zalo").get_attribute("href")
    share.get_by_role("button", name="Chép liên kết").click()

    assert facebook.startswith("https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2F")
    assert facebook.endswith(article.get_absolute_url().replace("/", "%2F"))
    assert zalo.startswith("https://sp.zalo.me/share_to?url=http%3A%2F%2F")
    expect(share.locator(".share__status")).to_have_text("Đã chép liên kết")
    assert page.evaluate("navigator.clipboard.readText()") == address


def test_on_a_phone_a_menu_button_opens_every_section_and_the_print_edition_shows(open_page):
    make_section(name="Thời sự")
    make_section(name="Kinh tế")
    page = open_page(width=390, touch=True)
    page.goto("/")
    nav = page.get_by_role("navigation", name="Chuyên mục")
    expect(page.get_by_role("link", name="Đọc Báo in")).to_be_visible()
    expect(nav.get_by_role("link", name="Kinh tế")).to_be_hidden()

    nav.get_by_role("button", name="Chuyên mục").click()

    for name in ["Trang chủ", "Thời sự", "Kinh tế", "Multimedia", "Đọc Báo in"]:
        expect(nav.get_by_role("link", name=name, exact=True)).to_be_in_viewport()
    expect(nav.get_by_role("button", name="Chuyên mục")).to_have_attribute("aria-expanded", "true")


def test_on_a_wide_screen_the_sections_show_without_a_menu_button(open_page):
    make_section(name="Kinh tế")
    page = open_page(width=1366)
    page.goto("/")
    nav = page.get_by_role("navigation", name="Chuyên mục")

    expect(nav.get_by_role("button")).to_be_hidden()
    expect(nav.get_by_role("link", name="Kinh tế")).to_be_visible()


@pytest.fixture
def article_with_actions(settings):
    settings.ARTICLES_PER_PAGE = 1
    section = make_section(name="Kinh tế")
    article = make_article(section=section, title="Giá cà phê")
    # The section's lead and sub-leads take the newest; two more pages of the list stay below.
    for number in range(8):
        make_article(section=section, title=f"Hồ tiêu {number}")
    make_comment(article, body="Mong giá giữ được lâu.")
    return article


def test_actions_are_at_least_44_px_tall_on_a_phone(open_page, article_with_actions):
    page = open_page(width=390, touch=True)
    heights = {}
    page.goto(article_with_actions.get_absolute_url())
    for name in ["Trả lời", "Báo vi phạm", "Facebook", "Zalo"]:
        heights[name] = page.get_by_role("link", name=name).bounding_box()["height"]
    heights["Chép liên kết"] = page.get_by_role("button", name="Chép liên kết").bounding_box()[
        "height"
    ]
    page.goto(article_with_actions.section.get_absolute_url())
    heights["Cũ hơn"] = page.get_by_role("link", name="Cũ hơn").bounding_box()["height"]

    assert {name: height for name, height in heights.items() if height < 44} == {}


def test_sections_and_the_footer_link_their_rss_feeds(open_page):
    section = make_section(name="Kinh tế", slug="kinh-te")
    page = open_page(width=390)
    page.goto(section.get_absolute_url())

    expect(
        page.locator("main").get_by_role("link", name="RSS chuyên mục Kinh tế")
    ).to_have_attribute("href", "/rss/kinh-te/")
    expect(page.get_by_role("contentinfo").get_by_role("link", name="RSS")).to_have_attribute(
        "href", "/rss/"
    )
