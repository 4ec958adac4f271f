"""While the database is unreachable: 503, Retry-After and a maintenance page that needs no database.

The page is rendered without a request, so no context processor runs (they load the navigation and
the masthead). A view's error is caught here; one raised earlier (loading a staff member's session)
reaches handler500 (server_error below). Each request starts with a health check of its pooled
connection (CONN_HEALTH_CHECKS), so when the database is back the next request simply reconnects.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views import defaults

logger = logging.getLogger(__name__)

OUTAGE_ERRORS = (OperationalError, InterfaceError)


def database_unavailable(request, error):
    logger.error("Database unavailable for %s: %s", request.path, error)
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(settings.DATABASE_OUTAGE_RETRY_AFTER)
    add_never_cache_headers(response)
    return response


def server_error(request):
    error = sys.exc_info()[1]
    if isinstance(error, OUTAGE_ERRORS):
        return database_unavailable(request, error)
    return defaults.server_error(request)


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OUTAGE_ERRORS):
            return database_unavailable(request, exception)
        return None
