"""Fixed-window rate limits in the shared cache, for comments, reports and the view beacon."""

import time

from django.core.cache import cache

from .clients import keyed_hash


def over_rate_limit(scope, identity, rate):
    """Count one attempt for identity in the current window; True once past the rate.

    rate is (attempts, window in seconds). `add` then `incr` is atomic on Redis and on locmem,
    so concurrent attempts are all counted. Keys carry a hash, never the address or email itself.
    """
    limit, window = rate
    bucket = int(time.time() // window)
    key = f"ratelimit:{scope}:{keyed_hash(identity)}:{bucket}"
    cache.add(key, 0, timeout=window)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        attempts = 1
    return attempts > limit
