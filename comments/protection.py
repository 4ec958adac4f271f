"""Anti-abuse plumbing for reader comments: who is sending (hashed), form tokens, rate limits."""

import hashlib
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.crypto import salted_hmac

TOKEN_SALT = "comments.form-token"


def client_ip(request):
    """The reader's address from COMMENTS_CLIENT_IP_HEADER; the last entry of a proxy's list."""
    value = request.META.get(settings.COMMENTS_CLIENT_IP_HEADER) or request.META.get(
        "REMOTE_ADDR", ""
    )
    return value.split(",")[-1].strip()


def keyed_hash(value):
    """HMAC-SHA256 keyed with SECRET_KEY: equal inputs compare equal, raw values never stored."""
    return salted_hmac("comments.keyed-hash", value, algorithm="sha256").hexdigest()


def ip_hash(request):
    return keyed_hash(client_ip(request))


def make_form_token(article_id, issued_at=None):
    """A signed token naming the article and when the form was served."""
    issued_at = int(time.time() if issued_at is None else issued_at)
    return signing.dumps([article_id, issued_at], salt=TOKEN_SALT)


class TokenProblem(Exception):
    pass


def check_form_token(token, article_id):
    """Raise TokenProblem unless the token is genuine, for this article, not too fast, not too old."""
    try:
        token_article_id, issued_at = signing.loads(token, salt=TOKEN_SALT)
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise TokenProblem("invalid") from error
    age = time.time() - issued_at
    if token_article_id != article_id:
        raise TokenProblem("wrong article")
    if age < settings.COMMENTS_MIN_SUBMIT_SECONDS:
        raise TokenProblem("too fast")
    if age > settings.COMMENTS_MAX_TOKEN_AGE:
        raise TokenProblem("expired")


def over_rate_limit(scope, identity, rate=None):
    """Count one attempt for identity in the current window; True once past the rate.

    rate is (attempts, window in seconds); COMMENTS_RATE_LIMIT unless given.

    A fixed window counter in the cache: `add` then `incr` is atomic on Redis and on locmem, so
    concurrent attempts are all counted. Keys carry a hash, never the address or email itself.
    """
    limit, window = rate or settings.COMMENTS_RATE_LIMIT
    bucket = int(time.time() // window)
    key = f"comments:rate:{scope}:{keyed_hash(identity)}:{bucket}"
    cache.add(key, 0, timeout=window)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        attempts = 1
    return attempts > limit


def advisory_lock_key(value):
    """A signed 64-bit key for pg_advisory_xact_lock derived from a string."""
    return int.from_bytes(hashlib.sha256(value.encode()).digest()[:8], "big", signed=True)
