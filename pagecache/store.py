"""Stored pages, shared fragments and tag versions in the "pages" cache; purges.

A tag's version is the time of its last purge (nanoseconds; 0 if never purged). A page or
fragment keeps the versions its tags had when it was stored, and is valid while they are
unchanged. A page rendered while one of its tags was purged is not stored: it may have read the
old data.

Checking a page's tags costs a read per tag. Each process remembers the entries it checked
lately, with when; every purge also moves a shared purge clock, so while nothing was purged since
an entry was checked, a hit costs one small read of the clock. Every error of the cache itself is logged and answered as a miss: a cache outage slows
the site down, it does not take it down.
"""

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.utils.module_loading import import_string

from .tags import depends_on, expire_by, kind_of, recording

logger = logging.getLogger(__name__)
CLOCK_KEY = "purge-clock"
_checked = OrderedDict()  # cache key -> (entry, when it was last found current, ns)
_checked_lock = threading.Lock()


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _version_key(tag):
    return f"tagv:{tag}"


def versions(tags):
    """{tag: version} for the tags (0: no version stored); raises on a cache error."""
    tags = list(tags)
    found = _cache().get_many([_version_key(tag) for tag in tags])
    return {tag: found.get(_version_key(tag), 0) for tag in tags}


def versions_to_store(tags):
    """The tags' versions, first giving each tag that has none a version of its own.

    A stored page must never match a tag whose version was lost (evicted, flushed) after a purge:
    a missing version reads as 0, which no stored page carries. New versions are negative and
    unique, so they never look like a purge made during a render.
    """
    current = versions(tags)
    missing = [tag for tag, version in current.items() if version == 0]
    for tag in missing:
        _cache().add(_version_key(tag), -time.time_ns(), timeout=None)
    if missing:
        current.update(versions(missing))
    return current


def _is_current(entry):
    if entry["expires_at"] <= time.time():
        return False
    return not entry["tags"] or versions(entry["tags"]) == entry["tags"]


def _purge_clock():
    """When anything was last purged; if the store lost it (flushed, restarted), from now on."""
    clock = _cache().get(CLOCK_KEY)
    if clock is None:
        clock = time.time_ns()
        _cache().add(CLOCK_KEY, clock, timeout=None)
    return clock


def _remember(key, entry, checked_ns):
    with _checked_lock:
        _checked[key] = (entry, checked_ns)
        _checked.move_to_end(key)
        while len(_checked) > settings.PAGE_CACHE_LOCAL_ENTRIES:
            _checked.popitem(last=False)


def _recall(key, clock):
    """The entry this process checked after the last purge anywhere, if still fresh."""
    with _checked_lock:
        entry, checked_ns = _checked.get(key, (None, 0))
    skew_ns = settings.PAGE_CACHE_MAX_CLOCK_SKEW * 1_000_000_000
    if entry is not None and checked_ns - skew_ns > clock and entry["expires_at"] > time.time():
        return entry
    return None


def _read(key):
    try:
        _resend_lost_purges()
        entry = _recall(key, _purge_clock())
        if entry is not None:
            return entry
        checked_ns = time.time_ns()
        entry = _cache().get(key)
        if entry is None or not _is_current(entry):
            return None
        _remember(key, entry, checked_ns)
        return entry
    except Exception:
        logger.warning("Page cache unavailable: reading %s", key, exc_info=True)
        return None


def _write(key, entry, tags, started_ns):
    """Store entry (a dict) with its tags' versions, unless one was purged during the render."""
    try:
        entry["tags"] = versions_to_store(tags)
        # Versions are purge times from every server's clock: a purge stamped this close before
        # the render started may really have come after it began reading, or not have reached
        # the replica it read from yet.
        margin = settings.PAGE_CACHE_MAX_CLOCK_SKEW + settings.DATABASE_REPLICA_MAX_LAG
        margin_ns = margin * 1_000_000_000
        if any(version > started_ns - margin_ns for version in entry["tags"].values()):
            return False
        timeout = max(1, int(entry["expires_at"] - time.time()))
        _cache().set(key, entry, timeout)
        _remember(key, entry, started_ns)
        return True
    except Exception:
        logger.warning("Page cache unavailable: storing %s", key, exc_info=True)
        return False


def page_key(url):
    return "page:" + hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def get_page(url):
    return _read(page_key(url))


def save_page(url, entry, tags, started_ns):
    return _write(page_key(url), entry, tags, started_ns)


def fragment(name, build, timeout=None, shown=True):
    """A block many pages share (navigation, most read…), built once for every process.

    build() renders or loads it; the tracked instances it loads become the fragment's tags, and
    the page using the fragment depends on them too, so one purge refreshes both. A fragment
    that is not shown (shown=False: a value a page only uses, like a time) passes on its expiry
    alone.
    """
    key = f"fragment:{name}"
    entry = _read(key)
    if entry is None:
        started_ns = time.time_ns()
        with recording(shown) as recorded:
            value = build()
        lifetime = timeout or settings.PAGE_CACHE_SECONDS
        expires_at = time.time() + lifetime
        if recorded.expires_at is not None:
            expires_at = min(expires_at, recorded.expires_at.timestamp())
        entry = {"value": value, "expires_at": expires_at}
        _write(key, entry, recorded.final_tags(), started_ns)
        return value
    if shown:
        depends_on(*entry["tags"])
    expire_by_timestamp(entry["expires_at"])
    return entry["value"]


def forget(name):
    """Rebuild a fragment on its next use; pages already showing it keep it until they expire."""
    try:
        _cache().delete(f"fragment:{name}")
        _cache().set(CLOCK_KEY, time.time_ns(), timeout=None)  # other processes remember it
    except Exception:
        logger.warning("Page cache unavailable: forgetting %s", name, exc_info=True)


def expire_by_timestamp(timestamp):
    expire_by(datetime.fromtimestamp(timestamp, UTC))


def purge(*tags):
    """Make every stored page and fragment showing one of these tags stale: now, and again once
    the transaction commits (a page rendered in between read the old rows).

    Purging "article-12" purges "article-any" too: pages showing too many articles to list
    (sitemaps) depend on the kind as a whole. The purge hooks (CDNs, Varnish) get the same tags,
    once committed.
    """
    tags = set(tags)
    tags |= {f"{kind_of(tag)}-any" for tag in tags if kind_of(tag)}
    if tags:
        _purge_now(tags)
        transaction.on_commit(lambda: _purge_now(tags, call_hooks=True))


# Purges this process could not store (the cache was unreachable), sent again before its next
# read: pages stored before an outage must not outlive the edits made during it.
_lost_purges = set()


def _set_versions(tags):
    now = time.time_ns()
    _cache().set_many({CLOCK_KEY: now, **{_version_key(tag): now for tag in tags}}, timeout=None)


def _resend_lost_purges():
    """Raises on a cache error, the purges then stay kept."""
    if _lost_purges:
        tags = set(_lost_purges)
        _set_versions(tags)
        _lost_purges.difference_update(tags)


def _purge_now(tags, call_hooks=False):
    try:
        _set_versions(tags)
    except Exception:
        _lost_purges.update(tags)
        logger.error(
            "Page cache unavailable: purge of %s kept to send again", sorted(tags), exc_info=True
        )
    for path in settings.PAGE_CACHE_PURGE_HOOKS if call_hooks else ():
        try:
            import_string(path)(sorted(tags))
        except Exception:
            logger.error("Purge hook %s failed for %s", path, sorted(tags), exc_info=True)
