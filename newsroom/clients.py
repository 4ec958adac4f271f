"""Who is asking: the reader's address behind our own proxies, and a keyed hash that stands for it.

Behind CDN → nginx → gunicorn, REMOTE_ADDR is nginx and each proxy appends the address it was
reached from to X-Forwarded-For: the CDN appends the reader, nginx appends the CDN's edge. Only
the entries our own proxies appended can be believed; anything to their left is whatever the
client chose to send. With TRUSTED_PROXY_COUNT proxies in front, the reader is the entry that
many places from the right (the rightmost one no proxy of ours vouches for).
"""

from django.conf import settings
from django.utils.crypto import salted_hmac


def client_ip(request):
    remote_addr = request.META.get("REMOTE_ADDR", "")
    trusted = settings.TRUSTED_PROXY_COUNT
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if trusted <= 0 or not forwarded:
        return remote_addr
    # A shorter list means the request skipped an outer proxy (a CDN bypassed): then even the
    # leftmost entry was appended by one of ours, from the connection it received.
    return forwarded[-min(trusted, len(forwarded))]


def keyed_hash(value):
    """HMAC-SHA256 keyed with SECRET_KEY: equal inputs compare equal, raw values never stored."""
    # The salt predates the move from the comments app; changing it would orphan stored hashes.
    return salted_hmac("comments.keyed-hash", value, algorithm="sha256").hexdigest()


def ip_hash(request):
    return keyed_hash(client_ip(request))
