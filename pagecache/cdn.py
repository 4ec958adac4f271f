"""Purge hooks for the caches in front of the site, named in PAGE_CACHE_PURGE_HOOKS.

Each is called after a purge with the purged tags, the same words the pages carry in their
Surrogate-Key / Cache-Tag headers, so a CDN or Varnish drops exactly the pages we dropped. A
hook that fails is logged by the caller; the page cache itself is already purged.
"""

import json
import urllib.request

from django.conf import settings

TIMEOUT_SECONDS = 3
# Cloudflare takes at most 30 tags per purge call.
CLOUDFLARE_TAGS_PER_CALL = 30


def _send(url, method="POST", headers=None, body=None):
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        response.read()


def varnish_xkey(tags):
    """Varnish with the xkey vmod: one PURGE request naming the tags (see the README's VCL)."""
    _send(settings.VARNISH_PURGE_URL, method="PURGE", headers={"xkey-purge": " ".join(tags)})


def cloudflare(tags):
    """Cloudflare's purge by Cache-Tag (Enterprise plans)."""
    url = f"{settings.CLOUDFLARE_API_URL}/zones/{settings.CLOUDFLARE_ZONE_ID}/purge_cache"
    headers = {
        "Authorization": f"Bearer {settings.CLOUDFLARE_API_TOKEN}",
        "Content-Type": "application/json",
    }
    for start in range(0, len(tags), CLOUDFLARE_TAGS_PER_CALL):
        body = json.dumps({"tags": tags[start : start + CLOUDFLARE_TAGS_PER_CALL]}).encode()
        _send(url, headers=headers, body=body)


def fastly(tags):
    """Fastly's purge by Surrogate-Key."""
    url = f"{settings.FASTLY_API_URL}/service/{settings.FASTLY_SERVICE_ID}/purge"
    _send(url, headers={"Fastly-Key": settings.FASTLY_API_TOKEN, "Surrogate-Key": " ".join(tags)})
