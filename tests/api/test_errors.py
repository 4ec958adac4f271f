"""Every answer of the API is JSON, errors included, and the API is open to other sites' scripts."""

import pytest
from django.test import Client

from tests.factories import make_article

pytestmark = pytest.mark.django_db


def assert_json_error(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/articles/987654/",
        "/api/v1/articles/99999999999999999999999/",
        "/api/v1/khong-co/",
        "/api/",
    ],
)
def test_unknown_addresses_get_a_json_404(client, url):
    response = client.get(url)

    assert_json_error(response, 404)
    assert response["Access-Control-Allow-Origin"] == "*"


def test_the_rest_of_the_site_keeps_its_html_404(client):
    response = client.get("/khong-co-trang-nay/bai-1.html")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_get_a_json_405_not_a_csrf_403(method):
    article = make_article()
    client = Client(enforce_csrf_checks=True)

    for url in ["/api/v1/articles/", f"/api/v1/articles/{article.pk}/", "/api/v1/sections/"]:
        response = getattr(client, method)(url, "{}", content_type="application/json")
        assert_json_error(response, 405)
        assert response["Allow"] == "GET, HEAD, OPTIONS"
        assert response.json()["error"] == "API chỉ để đọc: hãy dùng GET."


@pytest.mark.parametrize("param", ["section", "cursor", "limit", "updated_since"])
def test_an_empty_parameter_is_a_400(client, param):
    assert_json_error(client.get("/api/v1/articles/", {param: ""}), 400)


def test_any_origin_may_read_the_api(client):
    make_article()

    response = client.get("/api/v1/articles/", HTTP_ORIGIN="https://doi-tac.example")
    again = client.get("/api/v1/articles/", HTTP_ORIGIN="https://doi-tac.example")

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert again["X-Cache"] == "HIT" and again["Access-Control-Allow-Origin"] == "*"


def test_a_preflight_allows_revalidation_headers(client):
    response = client.options(
        "/api/v1/articles/",
        HTTP_ORIGIN="https://doi-tac.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )

    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"


def test_a_write_to_an_unknown_api_address_is_a_json_404_not_a_csrf_403():
    response = Client(enforce_csrf_checks=True).post("/api/v1/khong-co/", {"a": "b"})

    assert_json_error(response, 404)
