"""The Content-Security-Policy in a real browser: nothing blocked, the body editor still works."""

from tests.browser.conftest import log_in
from tests.factories import make_article, make_user


def test_public_pages_and_the_body_editor_run_under_the_policy(open_page):
    article = make_article(title="Bài thử chính sách bảo mật")
    page = open_page()

    page.goto("/")
    page.goto(article.get_absolute_url())
    log_in(page, make_user("bientap", password="mat-khau-dung", is_superuser=True), "mat-khau-dung")
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    editor = page.locator(".ProseMirror[contenteditable=true]").first
    editor.click()
    page.keyboard.type("Câu mới")

    assert "Câu mới" in editor.inner_text()
    assert page.csp_violations == []
