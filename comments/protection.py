"""Anti-abuse plumbing for reader comments: single-use form tokens and advisory lock keys.

Who is sending (the keyed IP hash) and rate limits live in newsroom.clients and
newsroom.ratelimit: the view beacon uses them too.
"""

import hashlib
import logging
import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

TOKEN_SALT = "comments.form-token"

logger = logging.getLogger(__name__)


def make_form_token(article_id, issued_at=None):
    """A signed token naming the article and when the form was served.

    The random part tells apart two forms served in the same second: each may be sent once.
    """
    issued_at = int(time.time() if issued_at is None else issued_at)
    return signing.dumps([article_id, issued_at, secrets.token_urlsafe(9)], salt=TOKEN_SALT)


class TokenProblem(Exception):
    pass


def check_form_token(token, article_id):
    """Raise TokenProblem unless the token is genuine, for this article, not too fast, not too old."""
    try:
        token_article_id, issued_at, _nonce = signing.loads(token, salt=TOKEN_SALT)
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise TokenProblem("invalid") from error
    age = time.time() - issued_at
    if token_article_id != article_id:
        raise TokenProblem("wrong article")
    if age < settings.COMMENTS_MIN_SUBMIT_SECONDS:
        raise TokenProblem("too fast")
    if age > settings.COMMENTS_MAX_TOKEN_AGE:
        raise TokenProblem("expired")


class TokenUsed(TokenProblem):
    pass


def use_form_token(token):
    """Mark a checked token as spent; raise TokenUsed when it already was.

    cache.add() stores only when the key is absent, atomically on Redis and locmem: of a hundred
    copies of one form sent at once, exactly one gets through. The mark outlives the token.
    """
    key = "comments:token-used:" + hashlib.sha256(token.encode()).hexdigest()
    try:
        first_use = cache.add(key, 1, timeout=settings.COMMENTS_MAX_TOKEN_AGE + 60)
    except Exception:  # the cache is down: readers may still comment; rate limits still count
        logger.warning("form token not marked used: the cache is unreachable", exc_info=True)
        return
    if not first_use:
        raise TokenUsed("used")


def advisory_lock_key(value):
    """A signed 64-bit key for pg_advisory_xact_lock derived from a string."""
    return int.from_bytes(hashlib.sha256(value.encode()).digest()[:8], "big", signed=True)
