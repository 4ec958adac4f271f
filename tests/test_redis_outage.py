"""Redis stopped for real (a server of our own): pages, comments and the view beacon carry on."""

import socket
import time

import pytest
from django.urls import reverse

from comments.models import Comment
from tests.comments.helpers import post_comment
from tests.factories import make_article
from tests.servers import REDIS_SERVER, OwnRedis

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not REDIS_SERVER, reason="redis-server is not installed"),
]


def use_redis(settings, url):
    settings.CACHES = {
        alias: {
            "BACKEND": "newsroom.cache.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"test{suffix}",
            "OPTIONS": settings.REDIS_OPTIONS,
            "FALLBACK_TO_MEMORY": alias == "default",
        }
        for alias, suffix in (("default", ""), ("pages", "-pages"))
    }


@pytest.fixture
def own_redis(settings, tmp_path):
    server = OwnRedis(tmp_path)
    server.start()
    settings.REDIS_RETRY_SECONDS = 0.2
    use_redis(settings, server.url)
    yield server
    if server.process.poll() is None:
        server.stop()


def test_pages_are_served_uncached_while_redis_is_down(client, own_redis):
    url = make_article().get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Cache"] == "HIT"

    own_redis.stop()
    started = time.monotonic()
    page = client.get(url)
    home = client.get("/")

    assert page.status_code == home.status_code == 200
    assert page["X-Cache"] == "MISS"
    assert time.monotonic() - started < 3


def test_comments_are_accepted_while_redis_is_down(client, own_redis):
    article = make_article()
    own_redis.stop()

    response = post_comment(client, article)

    assert response.status_code == 200
    assert Comment.objects.filter(article=article).count() == 1


def test_comment_rate_limit_holds_in_each_process_while_redis_is_down(client, own_redis, settings):
    settings.COMMENTS_RATE_LIMIT = (2, 600)
    article = make_article()
    own_redis.stop()

    answers = [
        post_comment(client, article, body=f"Ý kiến số {n} của tôi.").status_code for n in range(3)
    ]

    assert answers == [200, 200, 429]


def test_view_beacon_answers_while_redis_is_down(client, own_redis):
    article = make_article()
    own_redis.stop()

    response = client.post(reverse("articles:view-beacon", args=[article.pk]))

    assert response.status_code == 204


def test_page_cache_resumes_when_redis_is_back(client, own_redis, settings):
    url = make_article().get_absolute_url()
    own_redis.stop()
    client.get(url)

    own_redis.start()
    time.sleep(settings.REDIS_RETRY_SECONDS)
    first, second = client.get(url), client.get(url)

    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"


def test_a_redis_that_hangs_costs_one_timeout_not_one_per_call(client, settings):
    """A server that takes connections and never answers (a stuck Redis, a dropped route)."""
    article = make_article()
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(64)
        use_redis(settings, f"redis://127.0.0.1:{silent.getsockname()[1]}/0")
        started = time.monotonic()
        answers = [client.get(article.get_absolute_url()).status_code for _ in range(5)]
        beacon = client.post(reverse("articles:view-beacon", args=[article.pk]))

    assert answers == [200] * 5
    assert beacon.status_code == 204
    # One socket timeout (0.5 s) then Redis is left alone for REDIS_RETRY_SECONDS.
    assert time.monotonic() - started < 1.5


def test_an_edit_made_while_redis_is_down_shows_once_it_is_back(client, own_redis, settings):
    article = make_article(title="Tiêu đề trước sự cố")
    url = article.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Cache"] == "HIT"

    own_redis.stop_keeping_data()
    article.title = "Tiêu đề sửa trong sự cố"
    article.save()
    own_redis.start()
    time.sleep(settings.REDIS_RETRY_SECONDS)
    page = client.get(url).content.decode()

    assert "Tiêu đề sửa trong sự cố" in page
