"""Browser tests: Playwright for Python driving Debian's Chromium against pytest-django's live server.

Playwright's own browser download is never used (`.ci/run` installs Debian's chromium). The tests
skip when Chromium is absent. A failed test leaves a screenshot of each page it opened in
var/test-screenshots/ (every test does with BROWSER_SCREENSHOTS=all, to look at what they saw).
"""

import json
import os
import re
import shutil
from importlib import import_module
from pathlib import Path

import pytest
from django.apps import apps as django_apps

playwright = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = ROOT / "var" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "var" / "test-screenshots"
# The data migrations that make the newsroom roles, replayed after a transactional test flushed them.
ROLE_MIGRATIONS = [
    ("articles.migrations.0002_roles", "create_roles"),
    ("articles.migrations.0004_role_permissions", "grant"),
    ("articles.migrations.0005_former_address_permissions", "grant"),
    ("articles.migrations.0023_live_update_permissions", "grant"),
    ("comments.migrations.0002_role_permissions", "grant"),
    ("multimedia.migrations.0003_roles", "grant"),
    ("multimedia.migrations.0004_editors_change_any_photo", "grant"),
]
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) =>
  console.error("CSP violation:", event.violatedDirective, event.blockedURI));
"""


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture(scope="module")
def browser():
    """One Chromium per module. While Playwright's event loop runs in this thread, Django would
    refuse every query from it as "async"; the test code is plain synchronous code, so say so."""
    if not CHROMIUM:
        pytest.skip("Chromium is not installed")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with playwright.sync_playwright() as driver:
            chromium = driver.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
            )
            yield chromium
            chromium.close()


@pytest.fixture(autouse=True)
def newsroom_roles(transactional_db):
    """The Journalist, Editor and Moderator groups, which an earlier transactional test's flush
    may have removed."""
    from django.contrib.auth.models import Group

    if not Group.objects.filter(name="Journalist").exists():
        for module, function in ROLE_MIGRATIONS:
            getattr(import_module(module), function)(django_apps, None)


@pytest.fixture
def fast_comments(settings):
    settings.COMMENTS_MIN_SUBMIT_SECONDS = 0


@pytest.fixture
def open_page(browser, live_server, request):
    """open_page(width=1366, bypass_csp=False, locale="vi-VN") -> a page in a fresh browser context (its own
    cookies: one per person in a journey), with page.url_for(path) on the live server and
    page.csp_violations listing what the policy blocked."""
    contexts = []

    def open_page(width=1366, height=900, bypass_csp=False, touch=False, locale="vi-VN"):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            locale=locale,
            bypass_csp=bypass_csp,
            has_touch=touch,
            is_mobile=touch,
            base_url=live_server.url,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.add_init_script(REPORT_CSP_VIOLATIONS)
        page.csp_violations = []
        page.on(
            "console",
            lambda message: (
                page.csp_violations.append(message.text)
                if "Content Security Policy" in message.text or "CSP violation" in message.text
                else None
            ),
        )
        return page

    yield open_page
    report = getattr(request.node, "rep_call", None)
    if report is None or report.failed or os.environ.get("BROWSER_SCREENSHOTS") == "all":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.name)
        for number, context in enumerate(contexts, start=1):
            for page_number, page in enumerate(context.pages, start=1):
                path = SCREENSHOTS / f"{name}-{number}-{page_number}.png"
                try:
                    page.screenshot(path=path, full_page=True)
                except playwright.Error:
                    continue
    for context in contexts:
        context.close()


def log_in(page, user, password="password"):
    """Through the real admin login form (django-axes watches it)."""
    page.goto("/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")


def axe_violations(page):
    """axe-core's violations on the page as "rule-id: target, target" lines, for a readable diff.

    The script is injected into the page, which the site's policy (script-src 'self') refuses:
    the page must come from a context opened with bypass_csp=True.
    """
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make browser-deps` (npm install of axe-core)")
    page.add_script_tag(path=AXE)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']}: "
        + ", ".join(json.dumps(node["target"], ensure_ascii=False) for node in violation["nodes"])
        for violation in result["violations"]
    ]


def horizontal_overflow(page):
    """How many pixels the page is wider than the window (0: no sideways scrolling)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.fixture
def reader_pages():
    """One page of every kind a reader opens, with real content (tests/reader_pages.py)."""
    from tests.reader_pages import make_reader_pages

    return make_reader_pages()
