import time

from django.conf import settings
from django.utils.cache import get_max_age, has_vary_header

from . import http, store
from .tags import recording

STORABLE_STATUSES = {200, 301, 404, 410}
# Query parameters that only tell analytics where a reader came from: one stored page serves
# every campaign link.
TRACKING_PARAMETERS = ("utm_", "fbclid", "gclid", "zarsrc", "_hsenc", "mc_")


def drop_tracking_parameters(request):
    """The view sees the query the stored page is filed under, so a page never shows one
    reader's campaign parameters (in its pagination links, say) to everyone."""
    tracking = [name for name in request.GET if name.startswith(TRACKING_PARAMETERS)]
    if tracking:
        query = request.GET.copy()
        for name in tracking:
            del query[name]
        request.GET = query
        request.META["QUERY_STRING"] = query.urlencode()


def page_url(request):
    """The stored page's identity: host, path and query."""
    url = f"{request.get_host()}{request.path}"
    query = request.META.get("QUERY_STRING", "")
    return f"{url}?{query}" if query else url


def is_candidate(request):
    """Anonymous reads: no session cookie means no staff member and nothing per reader."""
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def is_public(response):
    """The same for every reader: sets no cookie and does not vary on one."""
    return (
        not response.streaming and not response.cookies and not has_vary_header(response, "Cookie")
    )


def is_storable(response, recorded):
    if not recorded.cacheable or response.status_code not in STORABLE_STATUSES:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if not is_public(response) or any(word in cache_control for word in ("private", "no-")):
        return False
    return get_max_age(response) != 0


class PageCacheMiddleware:
    """Serve stored pages before sessions, auth and the database are touched; store new ones."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_candidate(request):
            return self.get_response(request)
        drop_tracking_parameters(request)
        url = page_url(request)
        entry = store.get_page(url)
        if entry is not None:
            return http.response_from(entry, request, hit=True)
        started_ns = time.time_ns()
        with recording() as recorded:
            response = self.get_response(request)
        if not is_storable(response, recorded):
            return http.compress_in_place(request, response) if is_public(response) else response
        stored_at = time.time()
        lifetime = (
            settings.PAGE_CACHE_SECONDS
            if response.status_code in (200, 301)
            else settings.PAGE_CACHE_NOT_FOUND_SECONDS
        )
        expires_at = stored_at + lifetime
        if recorded.expires_at is not None:
            expires_at = min(expires_at, recorded.expires_at.timestamp())
        tags = recorded.final_tags()
        entry = http.entry_from(response, stored_at, expires_at)
        if expires_at > stored_at:
            store.save_page(url, entry, tags, started_ns)
        entry.setdefault("tags", dict.fromkeys(tags, 0))  # not stored: the headers still name them
        return http.response_from(entry, request, hit=False)
