"""/healthz and /readyz for a load balancer or an orchestrator.

Answered first in the middleware chain: before the host check (a balancer may ask by address),
the HTTPS redirect (it asks over plain HTTP), the page cache and sessions. Never cached.
/healthz: the process answers (no database, no cache). /readyz: the database answers too;
503 otherwise, so the balancer sends readers to another server meanwhile.
"""

from django.db import Error, connection
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers


def _answer(text, status=200):
    response = HttpResponse(text, content_type="text/plain; charset=utf-8", status=status)
    add_never_cache_headers(response)
    return response


def readiness():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Error:
        return _answer("database unavailable\n", status=503)
    return _answer("ready\n")


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/healthz":
            return _answer("ok\n")
        if request.path_info == "/readyz":
            return readiness()
        return self.get_response(request)
