"""The Content-Security-Policy in a real browser: nothing blocked, the body editor still works.

Runs when Playwright for Python and Debian's Chromium are installed (the browser tests' setup);
skipped otherwise.
"""

import shutil

import pytest

from tests.factories import make_article, make_user

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="Chromium is not installed")

REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) =>
  console.error("CSP violation:", event.violatedDirective, event.blockedURI));
"""


@pytest.fixture
def browser_page():
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.add_init_script(REPORT_VIOLATIONS)
        page.violations = []
        page.on(
            "console",
            lambda message: (
                page.violations.append(message.text)
                if "Content Security Policy" in message.text or "CSP violation" in message.text
                else None
            ),
        )
        yield page
        browser.close()


@pytest.fixture
def article(live_server):
    """Made before the browser starts: Playwright's event loop forbids queries from this thread."""
    make_user("bientap", password="mat-khau-dung", is_superuser=True)
    return make_article(title="Bài thử chính sách bảo mật")


def test_public_pages_and_the_body_editor_run_under_the_policy(live_server, article, browser_page):
    page = browser_page

    page.goto(live_server.url + "/")
    page.goto(live_server.url + article.get_absolute_url())
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "bientap")
    page.fill("#id_password", "mat-khau-dung")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    editor = page.locator(".ProseMirror[contenteditable=true]").first
    editor.click()
    page.keyboard.type("Câu mới")

    assert "Câu mới" in editor.inner_text()
    assert page.violations == []
