"""Django's and taggit's own strings that Django's Vietnamese catalogue lacks come out in Vietnamese.

They are translated in newsroom/django_locale (the second LOCALE_PATHS entry); these pages
showed them in English before.
"""

import json
import re

import pytest
from django.conf import settings

from articles.models import Tag
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(make_user(is_superuser=True))
    return client


def test_django_catalogue_comes_after_our_own():
    # makemessages writes to the first entry; ours must win on conflicts.
    assert settings.LOCALE_PATHS[0] == settings.BASE_DIR / "locale"
    assert settings.BASE_DIR / "newsroom" / "django_locale" in settings.LOCALE_PATHS[1:]


def test_article_changelist_chrome_is_vietnamese(admin_client):
    make_article(status="published")

    html = admin_client.get("/admin/articles/article/").content.decode()

    for vietnamese, english in [
        ("Hiện số lượng", "Show counts"),  # facet toggle next to the filters
        ("- Chọn một mục -", "- Select an option -"),  # blank choice of the action select
        (">Thực hiện<", ">Run<"),  # the action button
        ("Chuyển đến nội dung chính", "Skip to main content"),
        ("Ẩn/hiện thanh điều hướng", "Toggle navigation"),
        ("Lọc theo ", "Filter by "),  # date hierarchy on published_at
        ("Phân trang bài viết", "Pagination "),  # hidden heading of the pager
    ]:
        assert vietnamese in html
        assert english not in html


def test_changelist_with_counts_offers_to_hide_them(admin_client):
    make_article()

    html = admin_client.get("/admin/articles/article/?_facets=True").content.decode()

    assert "Ẩn số lượng" in html
    assert "Hide counts" not in html


def test_article_form_tags_help_text_is_ours_in_vietnamese(admin_client):
    html = admin_client.get("/admin/articles/article/add/").content.decode()

    assert "Các thẻ cách nhau bằng dấu phẩy; thẻ đã có sẽ được gợi ý khi bạn gõ." in html
    assert "A comma-separated list of tags." not in html


def test_slug_validation_error_is_vietnamese(admin_client):
    response = admin_client.post(
        "/admin/articles/section/add/", {"name": "Thời sự", "slug": "thời sự!", "position": 1}
    )

    html = response.content.decode()
    assert response.status_code == 200  # the form again, with the error, nothing saved
    assert "Nhập “slug” hợp lệ" in html
    assert "Enter a valid “slug”" not in html


def test_tag_columns_use_taggit_strings_in_vietnamese(admin_client):
    Tag.objects.create(name="Cà phê")

    html = admin_client.get("/admin/articles/tag/").content.decode()

    # taggit's TagBase.name is pgettext("A tag name", "name"); taggit has no Vietnamese.
    assert re.search(r'class="[^"]*column-name[^"]*">.*?<a [^>]*>Tên</a>', html, re.S)
    assert ">Name</a>" not in html


def test_admin_date_picker_names_are_vietnamese(admin_client):
    body = admin_client.get("/admin/jsi18n/").content.decode()
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", body, re.S).group(1))

    assert catalog["Monday"] == "Thứ hai"
    assert catalog["abbrev. day Sunday\x04Sun"] == "CN"
    assert catalog["Today (%(date)s)"] == "Hôm nay (%(date)s)"
