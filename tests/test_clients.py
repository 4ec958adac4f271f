"""The reader's address behind our proxies: what rate limits and stored hashes are keyed on."""

import pytest

from comments.models import Comment
from newsroom.clients import keyed_hash
from tests.comments.helpers import post_comment
from tests.factories import make_article

pytestmark = pytest.mark.django_db

NGINX = "127.0.0.1"
CDN_EDGE = "198.51.100.20"


def stored_ip_hash():
    return Comment.objects.get().ip_hash


def test_without_trusted_proxies_x_forwarded_for_is_ignored(client, settings):
    settings.TRUSTED_PROXY_COUNT = 0

    post_comment(client, make_article(), ip="203.0.113.9", HTTP_X_FORWARDED_FOR="10.0.0.1")

    assert stored_ip_hash() == keyed_hash("203.0.113.9")


def test_behind_nginx_the_address_nginx_appended_is_the_reader(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1

    post_comment(client, make_article(), ip=NGINX, HTTP_X_FORWARDED_FOR="10.66.66.66, 203.0.113.9")

    assert stored_ip_hash() == keyed_hash("203.0.113.9")


def test_behind_cdn_and_nginx_the_rightmost_untrusted_entry_is_the_reader(client, settings):
    settings.TRUSTED_PROXY_COUNT = 2
    forged_by_the_reader = "10.66.66.66"

    post_comment(
        client,
        make_article(),
        ip=NGINX,
        HTTP_X_FORWARDED_FOR=f"{forged_by_the_reader}, 203.0.113.9, {CDN_EDGE}",
    )

    assert stored_ip_hash() == keyed_hash("203.0.113.9")


def test_a_request_that_skipped_the_cdn_is_keyed_on_the_address_nginx_saw(client, settings):
    settings.TRUSTED_PROXY_COUNT = 2

    post_comment(client, make_article(), ip=NGINX, HTTP_X_FORWARDED_FOR="203.0.113.9")

    assert stored_ip_hash() == keyed_hash("203.0.113.9")


def statuses_through_cdn(client, forwarded_for, count):
    """Post `count` comments (other senders, other texts) arriving with these X-Forwarded-For."""
    article = make_article()
    return [
        post_comment(
            client,
            article,
            ip=NGINX,
            email=f"ban{number}@example.com",
            body=f"Ý kiến số {number}",
            HTTP_X_FORWARDED_FOR=forwarded_for(number),
        ).status_code
        for number in range(count)
    ]


def test_readers_behind_one_cdn_edge_have_rate_limits_of_their_own(client, settings):
    settings.TRUSTED_PROXY_COUNT = 2

    statuses = statuses_through_cdn(client, lambda number: f"203.0.113.{number}, {CDN_EDGE}", 8)

    assert statuses == [200] * 8
    assert Comment.objects.count() == 8


def test_one_reader_behind_the_cdn_is_still_limited_whatever_he_forges(client, settings):
    settings.TRUSTED_PROXY_COUNT = 2

    statuses = statuses_through_cdn(
        client, lambda number: f"10.0.0.{number}, 203.0.113.9, {CDN_EDGE}", 6
    )

    assert statuses == [200] * 5 + [429]


def test_keyed_hash_keeps_the_value_stored_by_earlier_releases(settings):
    # HMAC-SHA256 under a key derived from the salt "comments.keyed-hash" and SECRET_KEY: a new
    # salt would orphan every stored hash (rate limits, sender records in the moderation queue).
    settings.SECRET_KEY = "tests-only-not-a-secret"

    assert keyed_hash("203.0.113.9") == (
        "0722b9ef4aeb8243398621b649a296c17f0806b622c72293324eb1afb71c4268"
    )
