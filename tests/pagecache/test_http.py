"""What the page cache answers: stored pages, their encodings and caching headers, 304s, and what
is never stored."""

import gzip
from datetime import timedelta

import brotli
import pytest
from django.core.cache import caches
from django.utils import timezone

from articles.models import PreviewLink
from pagecache.store import page_key
from tests.articles.helpers import make_editor
from tests.factories import make_article, make_section

from .helpers import stored

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return make_article(title="Cà phê Đắk Lắk vào vụ thu hoạch", lead="Sapo về cà phê.")


def test_second_read_of_a_public_page_is_served_from_the_store_without_queries(
    client, article, django_assert_num_queries
):
    first = client.get(article.get_absolute_url())
    with django_assert_num_queries(0):
        second = client.get(article.get_absolute_url())

    assert first["X-Cache"] == "MISS" and second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert "Cà phê Đắk Lắk vào vụ thu hoạch" in second.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/rss/",
        "/sitemap.xml",
        "/sitemap-news.xml",
        "/api/v1/articles/",
        "/api/v1/sections/",
        "/multimedia/",
        "/bao-in/",
        "/robots.txt",
    ],
)
def test_every_kind_of_public_page_is_stored(client, article, url):
    stored(client, url)


def test_section_tag_and_author_pages_are_stored(client):
    from tests.factories import make_author

    author = make_author()
    article = make_article(authors=[author], tags=["Cà phê"])
    tag = article.tags.get()
    for url in (
        article.section.get_absolute_url(),
        tag.get_absolute_url(),
        author.get_absolute_url(),
        f"/rss/{article.section.slug}/",
        f"/chu-de/{tag.slug}/rss/",
        f"/tac-gia/{author.slug}/rss/",
        f"/api/v1/articles/{article.pk}/",
    ):
        stored(client, url)


def test_stored_pages_tell_shared_caches_how_long_and_which_objects(client, article):
    stored(client, article.get_absolute_url())
    response = client.get(article.get_absolute_url())

    cache_control = response["Cache-Control"]
    assert cache_control.startswith("public, max-age=60, s-maxage=300")
    assert "stale-while-revalidate=60" in cache_control and "stale-if-error=86400" in cache_control
    keys = response["Surrogate-Key"].split()
    assert f"article-{article.pk}" in keys and f"section-{article.section_id}" in keys
    assert response["Cache-Tag"] == ",".join(keys)
    assert response["X-Accel-Expires"] == "2"
    assert response["ETag"].startswith('W/"') and response["Last-Modified"]


def test_public_pages_do_not_vary_on_language_or_cookie(client, article):
    for url in ("/", article.get_absolute_url()):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert response["Vary"] == "Accept-Encoding"
        assert "Content-Language" not in response


def test_matching_etag_or_date_answers_304_without_a_body(client, article):
    url = article.get_absolute_url()
    stored(client, url)
    page = client.get(url)

    by_etag = client.get(url, HTTP_IF_NONE_MATCH=page["ETag"])
    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=page["Last-Modified"])
    other = client.get(url, HTTP_IF_NONE_MATCH='W/"something-else"')

    assert by_etag.status_code == 304 and by_etag.content == b""
    assert by_date.status_code == 304
    assert other.status_code == 200


def test_a_changed_page_no_longer_answers_304_to_the_old_etag(client, article):
    url = article.get_absolute_url()
    old_etag = client.get(url)["ETag"]
    article.title = "Tiêu đề mới"
    article.save()

    response = client.get(url, HTTP_IF_NONE_MATCH=old_etag)

    assert response.status_code == 200 and "Tiêu đề mới" in response.content.decode()


@pytest.mark.parametrize(
    ("accept", "encoding", "decode"),
    [
        ("gzip, deflate, br", "br", brotli.decompress),
        ("gzip", "gzip", gzip.decompress),
        ("br;q=0, gzip", "gzip", gzip.decompress),
        ("", None, lambda body: body),
    ],
)
def test_pages_are_compressed_once_for_each_encoding(client, article, accept, encoding, decode):
    url = article.get_absolute_url()
    plain = client.get(url).content
    for _ in range(2):  # the miss and the hit answer alike
        response = client.get(url, HTTP_ACCEPT_ENCODING=accept)
        assert response.get("Content-Encoding") == encoding
        assert decode(response.content) == plain
        assert int(response["Content-Length"]) == len(response.content)


@pytest.mark.parametrize("url", ["/rss/", "/api/v1/articles/", "/sitemap.xml"])
def test_feeds_json_and_xml_are_compressed_too(client, article, url):
    response = client.get(url, HTTP_ACCEPT_ENCODING="br")
    assert response["Content-Encoding"] == "br"
    assert brotli.decompress(response.content)


def test_search_results_are_compressed_but_not_stored(client, article):
    response = client.get("/tim-kiem/?q=cà+phê", HTTP_ACCEPT_ENCODING="gzip")
    again = client.get("/tim-kiem/?q=cà+phê", HTTP_ACCEPT_ENCODING="gzip")

    assert response["Content-Encoding"] == "gzip"
    assert "Cà phê Đắk Lắk" in gzip.decompress(again.content).decode()
    assert "X-Cache" not in again


def test_head_is_answered_from_the_store_without_a_body(client, article):
    url = article.get_absolute_url()
    length = len(client.get(url).content)

    response = client.head(url)

    assert response["X-Cache"] == "HIT" and response.content == b""
    assert int(response["Content-Length"]) == length


def test_tracking_parameters_share_the_stored_page(client, article):
    url = article.get_absolute_url()
    client.get(url)
    assert client.get(url + "?utm_source=zalo&fbclid=abc")["X-Cache"] == "HIT"
    assert client.get(url + "?zarsrc=30")["X-Cache"] == "HIT"


def test_staff_are_never_served_or_stored(client, article):
    url = article.get_absolute_url()
    client.force_login(make_editor())

    responses = [client.get(url) for _ in range(2)]

    assert all("X-Cache" not in response for response in responses)
    client.logout()
    assert client.get(url)["X-Cache"] == "MISS"


def test_previews_and_comment_pages_are_never_stored(client):
    draft = make_article(status="draft", published_at=None)
    link = PreviewLink.objects.create(article=draft, expires_at=timezone.now() + timedelta(days=1))
    published = make_article()
    for url in (link.get_absolute_url(), f"/binh-luan/{published.pk}/"):
        responses = [client.get(url) for _ in range(2)]
        assert responses[1].status_code == 200, url
        assert "X-Cache" not in responses[1], url


def test_a_missing_page_is_stored_briefly(client):
    section = make_section()
    client.get(f"/{section.slug}/khong-co-bai-nay-999999.html")
    response = client.get(f"/{section.slug}/khong-co-bai-nay-999999.html")

    assert response.status_code == 404 and response["X-Cache"] == "HIT"
    cache_control, seconds = response["Cache-Control"].split("=")
    assert cache_control == "public, max-age" and 25 <= int(seconds) <= 30


def test_pages_are_served_when_the_page_store_is_down(client, article, settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        },
    }

    responses = [client.get(article.get_absolute_url()) for _ in range(2)]

    # The store is down: readers still get the page, rendered each time.
    assert [response.status_code for response in responses] == [200, 200]
    assert "Cà phê Đắk Lắk" in responses[1].content.decode()


def test_the_store_is_shared_with_other_processes(client, article):
    """A page stored here is in the shared cache (files or Redis), not this process's memory."""
    url = article.get_absolute_url()
    client.get(url)

    assert caches["pages"].get(page_key(f"testserver{url}")) is not None


@pytest.mark.parametrize("url", ["/rss/", "/sitemap.xml", "/sitemap-news.xml", "/api/v1/articles/"])
def test_feeds_sitemaps_and_the_api_answer_304_too(client, article, url):
    page = client.get(url)

    assert client.get(url, HTTP_IF_NONE_MATCH=page["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=page["Last-Modified"]).status_code == 304


@pytest.mark.parametrize(
    "url", ["/rss/", "/sitemap.xml", "/sitemap-news.xml", "/api/v1/articles/", "/multimedia/"]
)
def test_without_the_page_cache_they_still_answer_304(client, settings, article, url):
    settings.PAGE_CACHE_ENABLED = False
    page = client.get(url)

    by_etag = client.get(url, HTTP_IF_NONE_MATCH=page["ETag"])
    assert by_etag.status_code == 304 and by_etag.content == b""
    if page.has_header("Last-Modified"):  # feeds and the news sitemap: their newest item
        assert client.get(url, HTTP_IF_MODIFIED_SINCE=page["Last-Modified"]).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"another"').status_code == 200


def test_a_staff_session_reading_a_feed_gets_304_too(admin_client, article):
    page = admin_client.get("/rss/")

    assert not page.has_header("X-Cache")  # a session is never served from the store
    again = admin_client.get("/rss/", HTTP_IF_MODIFIED_SINCE=page["Last-Modified"])
    assert again.status_code == 304


def test_tracking_parameters_never_show_in_the_stored_page(client):
    section = make_section()
    for _ in range(25):  # two pages: the list links to page 2
        make_article(section=section)
    url = section.get_absolute_url()

    client.get(url + "?utm_source=EVIL&fbclid=x")
    plain = client.get(url)

    assert plain["X-Cache"] == "HIT"
    assert "EVIL" not in plain.content.decode() and "fbclid" not in plain.content.decode()


def test_unknown_query_parameters_are_answered_but_never_stored(client, article):
    url = article.get_absolute_url() + "?bat-ky=1"
    responses = [client.get(url) for _ in range(2)]

    assert [response.status_code for response in responses] == [200, 200]
    assert "X-Cache" not in responses[1]
    assert client.get("/?page=1")["X-Cache"] == "MISS"
    assert client.get("/?page=1")["X-Cache"] == "HIT"
