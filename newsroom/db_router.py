"""Reads from the PostgreSQL replicas in settings.DATABASE_REPLICAS, writes on the primary.

A replica may lag a moment behind the primary, so a request reads from a random replica only
until it has reason to need the primary's latest rows:

- once it writes, it reads from the primary until it ends (a comment posted, then shown);
- inside a transaction on the primary, reads stay in that transaction;
- a request with a session cookie (editors, anyone logged in) reads from the primary throughout:
  an editor sees their own change at once, even on the next request.

Outside requests (management commands, the shell) the same rules hold for each thread: once it
has written, it reads from the primary.
"""

import random
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

# True while the current request (or thread, outside requests) must read from the primary.
_on_primary = ContextVar("db_router_on_primary", default=False)


def reads_from_primary():
    return (
        not settings.DATABASE_REPLICAS
        or _on_primary.get()
        or connections[DEFAULT_DB_ALIAS].in_atomic_block
    )


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if reads_from_primary():
            return DEFAULT_DB_ALIAS
        return random.choice(settings.DATABASE_REPLICAS)

    def db_for_write(self, model, **hints):
        _on_primary.set(True)
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # Every alias is the same data: a row read from a replica may point at one from the primary.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS


class ReplicaRoutingMiddleware:
    """Start each request on the replicas, or on the primary when it carries a session cookie;
    afterwards, the thread is back to where it was (a worker thread serves many requests).

    A middleware rather than a request_started receiver: it is loaded when the server starts,
    while this module would otherwise be imported at the first query, after the first request
    began.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _on_primary.set(settings.SESSION_COOKIE_NAME in request.COOKIES)
        try:
            return self.get_response(request)
        finally:
            _on_primary.reset(token)
