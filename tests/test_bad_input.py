"""Malformed addresses and query strings get a clean 4xx in Vietnamese, never a server error."""

import pytest
from django.test import Client

from tests.factories import make_article, make_section, make_user

pytestmark = pytest.mark.django_db

# Addresses that cannot be answered: a 4xx page (or JSON error) in Vietnamese.
REFUSED = [
    "/tim-kiem/?q=cafe&date_from=2025-13-45",
    "/tim-kiem/?q=" + "a" * 5000,
    "/tim-kiem/?q=%00",
    "/tim-kiem/?q=cafe&section=khong-co",
    "/tim-kiem/?q=cafe&section=%00",
    "/api/v1/articles/?cursor=%%%",
    "/api/v1/articles/?cursor=YWJj",
    "/api/v1/articles/?limit=%C2%B2",
    "/api/v1/articles/?limit=0",
    "/api/v1/articles/?updated_since=2025-13-45T10:00",
    "/api/v1/articles/?updated_since=2025-02-30T10:00:00",
    "/api/v1/articles/?updated_since=garbage",
    "/api/v1/articles/?updated_since=2025-11-27T10:00:00%2B18:21",
    "/api/v1/articles/?updated_since=2025-11-27T10:00:00-20:00",
    "/api/v1/articles/?updated_since=0001-01-01T00:00:00%2B01:00",
    "/api/v1/articles/?updated_since=9999-12-31T23:59:59-01:00",
    "/api/v1/articles/?updated_since=",
    "/api/v1/articles/?section=%00",
    "/api/v1/articles/99999999999999999999/",
    "/rss/khong-co/",
    "/chu-de/khong-co/rss/",
    "/tac-gia/khong-co/rss/",
    "/sitemap-khong-co.xml",
    "/sitemap-articles-9999-12.xml",
    "/sitemap-articles-0001-01.xml",
    "/sitemap-articles-2025-00.xml",
    "/sitemap-news.xml?p=abc",
    "/sitemap-sections.xml?p=99",
    "/bao-in/99999/",
    "/bao-in/2025/99/",
    "/bao-in/2025/0/",
    "/bao-in/so-99999999999999999999/",
    "/bao-in/so-99999999999999999999.pdf",
    "/multimedia/video/x-99999999999999999999.html",
    "/binh-luan/99999999999999999999/",
    "/binh-luan/1/?tra-loi=%C2%B2",
    "/binh-luan/1/?tra-loi=99999999999999999999",
    "/binh-luan/bao-vi-pham/99999999999999999999/",
    "/xem-truoc/99999999999999999999/",
    "/xem-truoc/chia-se/%00/",
    "/xem-truoc/chia-se/" + "x" * 3000 + "/",
    "/khong-co/",
    "/khong-co/?page=abc",
    "/luot-doc/1/",
    "/tac-gia/khong-co/",
    "/?q=%00",
    "/tim-kiem/?q=cafe&x%00=1",
    "/api/v1/articles/?limit=1%00",
    # More parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS: Django's own 400, with our page.
    "/tim-kiem/?q=x&" + "&".join(f"a{n}=1" for n in range(1100)),
]

# Harmless oddities answered as if the parameter were absent or out of range: a normal page.
TOLERATED = [
    "/tim-kiem/?q=cafe&page=abc",
    "/tim-kiem/?q=cafe&page=99999999999999999999",
    "/tim-kiem/?q=cafe&page=-1",
    "/tim-kiem/?q=cafe&date_to=9999-12-31",
    "/tim-kiem/?q=cafe&date_from=0001-01-01",
    "/tim-kiem/?q=%22%22%22+-+or+%21%21+%26%26+%3A*",
    "/api/v1/articles/?cursor=MjAyNS0wMS0wMXw5OTk5OTk5OTk5OTk5OTk5OTk5OTk5",
    "/sitemap.xml?p=abc",
    "/multimedia/?page=abc",
    "/multimedia/?page=99999999999999999999",
    "/binh-luan/1/y-kien/?page=abc",
]

# Letters only Vietnamese text has: an English default page ("Not Found") carries none of them.
VIETNAMESE_LETTERS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def get(url):
    make_article(section=make_section(slug="thoi-su"), pk=1, title="Cà phê")
    return Client(raise_request_exception=False).get(url)


@pytest.mark.parametrize("url", TOLERATED, ids=lambda url: url[:60])
def test_odd_but_harmless_input_answers_a_normal_page(url):
    assert get(url).status_code == 200


@pytest.mark.parametrize("url", REFUSED, ids=lambda url: url[:60])
def test_bad_input_answers_a_client_error_in_vietnamese(url):
    response = get(url)
    assert 400 <= response.status_code < 500, (url[:80], response.status_code)
    body = response.content.decode().lower()
    if response["Content-Type"].startswith("text/html") and body:
        assert VIETNAMESE_LETTERS & set(body), url[:80]
        for english in ("not found", "bad request", "forbidden", "server error"):
            assert english not in body, (url[:80], english)


# Staff pages: a NUL in any parameter is answered 400 before it reaches a query.
STAFF_REFUSED = [
    "/admin/comments/comment/?email=%00",
    "/admin/comments/comment/?ip_hash=%00",
    "/admin/comments/comment/?q=%00",
    "/admin/articles/article/?q=a%00b",
    "/admin/autocomplete/?app_label=articles&model_name=article&field_name=section&term=%00",
]


@pytest.mark.parametrize("url", STAFF_REFUSED, ids=lambda url: url[:60])
def test_nul_in_a_staff_page_parameter_answers_400(url):
    client = Client(raise_request_exception=False)
    client.force_login(make_user(is_superuser=True))

    response = client.get(url)

    assert response.status_code == 400, response.status_code
    assert VIETNAMESE_LETTERS & set(response.content.decode().lower())


def test_nul_in_a_posted_field_answers_400():
    client = Client(raise_request_exception=False)
    client.force_login(make_user(is_superuser=True))

    response = client.post("/admin/articles/section/add/", {"name": "Thời\x00sự", "position": 1})

    assert response.status_code == 400


def test_nul_in_an_api_parameter_answers_400_json_in_vietnamese():
    response = Client().get("/api/v1/articles/?section=%00")

    assert response.status_code == 400
    assert "ký tự NUL" in response.json()["error"]
