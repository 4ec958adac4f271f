"""The reader's pages at a phone's and a desktop's width: no sideways scrolling, nothing axe-core flags."""

import pytest

from tests.browser.conftest import axe_violations, horizontal_overflow


def test_no_page_scrolls_sideways_at_390_px(open_page, reader_pages):
    page = open_page(width=390, touch=True)
    overflowing = {}
    for name, url in reader_pages.items():
        page.goto(url)
        if pixels := horizontal_overflow(page):
            overflowing[name] = pixels

    assert overflowing == {}


@pytest.mark.parametrize("width", [390, 1280])
def test_axe_finds_no_violations(open_page, reader_pages, width):
    # The context lets axe-core's injected script past the site's script-src 'self'.
    page = open_page(width=width, bypass_csp=True)
    violations = {}
    for name in [
        "home",
        "section",
        "article",
        "search",
        "gallery",
        "video",
        "print reader",
        "comment form",
    ]:
        page.goto(reader_pages[name])
        if found := axe_violations(page):
            violations[name] = found

    assert violations == {}
