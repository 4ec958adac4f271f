"""The Redis cache backend: an outage of Redis costs at most one short timeout, never an error page.

After a Redis error the backend leaves Redis alone for REDIS_RETRY_SECONDS, so a Redis that
hangs instead of refusing costs one socket timeout per process and window, not one per call.
Meanwhile:

- with FALLBACK_TO_MEMORY (the "default" cache: rate limits and view counters) calls go to a
  per-process memory cache. Rate limits then count per worker (at most the limit times the number
  of workers), which still stops a flood, and readers are never refused because of our outage;
  the views counted meanwhile are not seen by `flush_view_counts` (a few minutes of an
  approximate figure).
- without it (the "pages" cache) the error is raised at once: the page cache answers it as a miss.
  A per-process page cache would keep pages that a purge in another process cannot reach.
"""

import logging
import time

from django.conf import settings
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis import RedisError

logger = logging.getLogger(__name__)

# When each Redis server may be tried again; shared by the backend's instances in a process
# (Django makes one per thread).
_down_until = {}

GUARDED_METHODS = (
    "add",
    "get",
    "set",
    "touch",
    "delete",
    "get_many",
    "has_key",
    "incr",
    "decr",
    "set_many",
    "delete_many",
    "clear",
)


class RedisUnavailable(RedisError):
    """Redis failed a moment ago; not tried again before the retry window ends."""


def _guarded(name):
    def method(self, *args, **kwargs):
        if time.monotonic() < _down_until.get(self._server, 0):
            return self._answer_while_down(name, args, kwargs, error=None)
        try:
            return getattr(super(ResilientRedisCache, self), name)(*args, **kwargs)
        except RedisError as error:
            _down_until[self._server] = time.monotonic() + settings.REDIS_RETRY_SECONDS
            logger.warning("Redis unavailable (%s): %s", self._server, error)
            return self._answer_while_down(name, args, kwargs, error=error)

    method.__name__ = name
    return method


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._server = server
        self._fallback_to_memory = params.get("FALLBACK_TO_MEMORY", False)

    def _answer_while_down(self, name, args, kwargs, error):
        if not self._fallback_to_memory:
            raise RedisUnavailable(self._server) from error
        # LocMemCache instances of one name share their store: this process's memory.
        fallback = LocMemCache(f"redis-fallback:{self._server}:{self.key_prefix}", {})
        return getattr(fallback, name)(*args, **kwargs)


for _name in GUARDED_METHODS:
    setattr(ResilientRedisCache, _name, _guarded(_name))
