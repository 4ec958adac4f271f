"""Editors arrange the home page in the admin and readers see it; event pages in the browser."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article, Zone
from tests.articles.helpers import make_editor, make_journalist
from tests.browser.conftest import axe_violations, horizontal_overflow, log_in
from tests.factories import make_article, make_event, make_section, make_zone, place
from tests.multimedia.helpers import make_photo, make_print_issue, make_video


def choose(page, row, text):
    """Pick text in the select2 autocomplete inside row."""
    row.locator(".select2-selection").click()
    page.locator(".select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).click()


def test_editor_places_a_story_previews_it_and_readers_see_it(open_page):
    section = make_section(name="Kinh tế", slug="kinh-te")
    for minutes in range(1, 7):
        make_article(section=section, published_at=timezone.now() - timedelta(minutes=minutes))
    make_article(
        title="Phóng sự về cà phê đặc sản",
        section=section,
        published_at=timezone.now() - timedelta(days=4),
    )
    zone = make_zone(kind=Zone.Kind.SUBLEADS)
    reader = open_page()
    reader.goto("/")
    expect(reader.locator(".subleads")).not_to_contain_text("Phóng sự về cà phê đặc sản")

    desk = open_page()
    log_in(desk, make_editor(username="bientap"))
    desk.goto(f"/admin/articles/zone/{zone.pk}/change/")
    row = desk.locator("#placements-0")
    desk.locator("#id_placements-0-position").fill("0")
    choose(desk, row, "Phóng sự về cà phê")
    later = timezone.localtime() + timedelta(hours=1)
    desk.locator("#id_placements-0-starts_at_0").fill(later.strftime("%d/%m/%Y"))
    desk.locator("#id_placements-0-starts_at_1").fill(later.strftime("%H:%M"))
    desk.get_by_role("button", name="Lưu và tiếp tục chỉnh sửa").click()

    expect(desk.locator(".messagelist")).to_be_visible()
    expect(desk.locator("#placements-0")).to_contain_text("bắt đầu lúc")
    desk.goto("/xem-truoc/trang-chu/")
    expect(desk.locator(".subleads")).to_contain_text("Phóng sự về cà phê đặc sản")
    reader.reload()
    expect(reader.locator(".subleads")).not_to_contain_text("Phóng sự về cà phê đặc sản")

    desk.goto(f"/admin/articles/zone/{zone.pk}/change/")
    earlier = timezone.localtime() - timedelta(minutes=2)
    desk.locator("#id_placements-0-starts_at_0").fill(earlier.strftime("%d/%m/%Y"))
    desk.locator("#id_placements-0-starts_at_1").fill(earlier.strftime("%H:%M"))
    desk.get_by_role("button", name="Lưu và tiếp tục chỉnh sửa").click()
    expect(desk.locator("#placements-0")).to_contain_text("Có, đang hiện")
    expect(desk.locator(".field-history")).to_contain_text("bientap")

    reader.reload()
    expect(reader.locator(".subleads .card").first).to_contain_text("Phóng sự về cà phê đặc sản")


def test_journalist_attaches_a_story_to_an_event_from_the_article_form(open_page):
    make_section(name="Kinh tế", slug="kinh-te")
    event = make_event(name="Mùa cà phê Đắk Lắk", articles=[make_article(title="Bài đầu mùa")])
    journalist = make_journalist(username="phongvien")
    article = make_article(
        title="Nông dân thu hoạch cà phê",
        status=Article.Status.DRAFT,
        published_at=None,
        created_by=journalist,
    )
    writer = open_page()
    log_in(writer, journalist)

    writer.goto(f"/admin/articles/article/{article.pk}/change/")
    choose(writer, writer.locator("#event_links-0"), "Mùa cà phê")
    writer.get_by_role("button", name="Lưu và tiếp tục chỉnh sửa").click()

    expect(writer.locator(".messagelist")).to_be_visible()
    assert list(article.events.all()) == [event]


@pytest.fixture
def arranged_home():
    photo = make_photo(alt_text="Đồi cà phê lúc bình minh", caption="Đồi cà phê")
    sections = [
        make_section(name=name, slug=slug)
        for name, slug in [("Thời sự", "thoi-su"), ("Kinh tế", "kinh-te")]
    ]
    articles = [
        make_article(
            section=sections[n % 2],
            title=f"Tin số {n} về cà phê và mùa màng Tây Nguyên",
            featured_image=photo,
            published_at=timezone.now() - timedelta(hours=n),
        )
        for n in range(14)
    ]
    place(articles[9])
    for article in articles[10:14]:
        place(article, make_zone(kind=Zone.Kind.SUBLEADS))
    place(articles[8], make_zone(sections[1]))
    event = make_event(
        name="Mùa cà phê Đắk Lắk",
        is_hot=True,
        cover=photo,
        articles=articles[:5],
        description="Vụ thu hoạch cà phê.",
    )
    event.overview = articles[2]
    event.save()
    make_event(name="Ứng phó mưa lũ", is_hot=True, articles=articles[5:7])
    make_video(title="Lễ hội cà phê Buôn Ma Thuột", poster=photo)
    make_print_issue(number=5231)
    return {
        "home": "/",
        "event": event.get_absolute_url(),
        "article": articles[0].get_absolute_url(),
    }


@pytest.mark.parametrize("width", [390, 1366])
def test_arranged_home_and_event_pages_pass_axe(open_page, arranged_home, width):
    page = open_page(width=width, bypass_csp=True)
    for name, path in arranged_home.items():
        page.goto(path)
        assert axe_violations(page) == [], name
        assert horizontal_overflow(page) <= 0, name
    page.goto("/")
    expect(page.locator(".hot-topics")).to_contain_text("Mùa cà phê Đắk Lắk")
    expect(page.locator(".top-story")).to_contain_text("Tin số 9")
    expect(page.locator(".subleads .card")).to_have_count(4)
    expect(page.locator(".home-multimedia")).to_contain_text("Lễ hội cà phê Buôn Ma Thuột")
    expect(page.locator(".home-print")).to_contain_text("5231")
    page.get_by_role("link", name="Mùa cà phê Đắk Lắk").first.click()
    expect(page.locator("h1")).to_have_text("Mùa cà phê Đắk Lắk")
    expect(page.locator(".event-overview")).to_contain_text("Tin số 2")
