"""Stored pages as HTTP: encodings made once when stored, caching headers, 304s.

A stored page keeps its body in every encoding worth having (identity, gzip, brotli), so a hit
only picks one. Its headers tell browsers, nginx and CDNs how long they may keep it, and which
tags it shows (Surrogate-Key for Fastly and Varnish xkey, Cache-Tag for Cloudflare).
"""

import gzip
import hashlib
import time

import brotli
from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_etags, parse_http_date_safe

COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/javascript",
)
MIN_COMPRESS_BYTES = 256
# Brotli's quality 5 compresses HTML about as well as gzip -9 at a fraction of quality 11's time.
BROTLI_QUALITY = 5
GZIP_LEVEL = 6
# Headers the page cache sets itself on every answer from a stored page.
OWN_HEADERS = {
    "cache-control",
    "content-length",
    "content-encoding",
    "etag",
    "expires",
    "last-modified",
    "vary",
    "x-accel-expires",
}


def is_compressible(response):
    content_type = response.get("Content-Type", "")
    return (
        content_type.startswith(COMPRESSIBLE_TYPES)
        and not response.has_header("Content-Encoding")
        and len(response.content) >= MIN_COMPRESS_BYTES
    )


def encodings_of(body):
    return {
        "identity": body,
        "gzip": gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0),
        "br": brotli.compress(body, quality=BROTLI_QUALITY),
    }


def accepted_encoding(request, available):
    """The best of br, gzip, identity that the client accepts (q=0 refuses)."""
    accepted = set()
    for part in request.META.get("HTTP_ACCEPT_ENCODING", "").split(","):
        name, _, params = part.strip().partition(";")
        if params.replace(" ", "") not in {"q=0", "q=0.0", "q=0.00", "q=0.000"}:
            accepted.add(name.strip().lower())
    for encoding in ("br", "gzip"):
        if encoding in available and (encoding in accepted or "*" in accepted):
            return encoding
    return "identity"


def entry_from(response, stored_at, expires_at):
    """The stored form of a response."""
    body = response.content
    compressible = is_compressible(response)
    return {
        "status": response.status_code,
        "headers": [
            (name, value) for name, value in response.items() if name.lower() not in OWN_HEADERS
        ],
        "bodies": encodings_of(body) if compressible else {"identity": body},
        "etag": f'W/"{hashlib.md5(body, usedforsecurity=False).hexdigest()}"',
        # When this copy was made, not the view's date (a feed's newest item): an edit to an
        # older item changes the page without changing that date.
        "last_modified": http_date(stored_at),
        "stored_at": stored_at,
        "expires_at": expires_at,
    }


def cache_control(entry, now):
    """Browsers keep a page briefly; shared caches longer, never past the page's expiry."""
    remaining = max(0, int(entry["expires_at"] - now))
    if entry["status"] != 200:
        return f"public, max-age={min(remaining, settings.PAGE_CACHE_NOT_FOUND_SECONDS)}"
    return (
        f"public, max-age={min(remaining, settings.PAGE_CACHE_BROWSER_SECONDS)}, "
        f"s-maxage={min(remaining, settings.PAGE_CACHE_SHARED_SECONDS)}, "
        f"stale-while-revalidate={settings.PAGE_CACHE_STALE_WHILE_REVALIDATE}, "
        f"stale-if-error={settings.PAGE_CACHE_STALE_IF_ERROR}"
    )


def is_fresh_for(request, entry):
    """The client's copy is the stored page (If-None-Match, else If-Modified-Since)."""
    # META, not request.headers: building that mapping costs more than a whole hit's other work.
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match:
        wanted = {tag.removeprefix("W/") for tag in parse_etags(if_none_match)}
        return "*" in wanted or entry["etag"].removeprefix("W/") in wanted
    since = parse_http_date_safe(request.META.get("HTTP_IF_MODIFIED_SINCE", ""))
    modified = parse_http_date_safe(entry["last_modified"])
    return since is not None and modified is not None and modified <= since


def response_from(entry, request, hit):
    now = time.time()
    if entry["status"] == 200 and is_fresh_for(request, entry):
        response = HttpResponseNotModified()
    else:
        encoding = accepted_encoding(request, entry["bodies"])
        body = entry["bodies"][encoding]
        response = HttpResponse(b"" if request.method == "HEAD" else body, status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        if encoding != "identity":
            response["Content-Encoding"] = encoding
        response["Content-Length"] = str(len(body))
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = entry["last_modified"]
    response["Cache-Control"] = cache_control(entry, now)
    response["Age"] = str(max(0, int(now - entry["stored_at"])))
    response["X-Accel-Expires"] = str(
        max(0, min(settings.PAGE_CACHE_PROXY_SECONDS, int(entry["expires_at"] - now)))
    )
    tags = sorted(entry["tags"])
    if tags:
        response["Surrogate-Key"] = " ".join(tags)
        response["Cache-Tag"] = ",".join(tags)
    response["X-Cache"] = "HIT" if hit else "MISS"
    if len(entry["bodies"]) > 1:
        patch_vary_headers(response, ["Accept-Encoding"])
    return response


def compress_in_place(request, response):
    """Compress an uncached public response (search results) for this client alone."""
    if not is_compressible(response):
        return response
    encoding = accepted_encoding(request, {"br", "gzip"})
    if encoding == "br":
        response.content = brotli.compress(response.content, quality=4)
    elif encoding == "gzip":
        response.content = gzip.compress(response.content, compresslevel=GZIP_LEVEL, mtime=0)
    patch_vary_headers(response, ["Accept-Encoding"])
    if encoding != "identity":
        response["Content-Encoding"] = encoding
        response["Content-Length"] = str(len(response.content))
        if response.has_header("ETag"):
            del response["ETag"]
    return response
