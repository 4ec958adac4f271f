"""How every API answer is shaped: JSON bodies, JSON errors, read-only methods, open to any origin.

Partners' web apps call the API from their own pages, so responses carry
Access-Control-Allow-Origin: * (the API is public and uses no cookies). Four views need a few
headers, not django-cors-headers' configurable middleware.
"""

import functools

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    # Scripts of other sites may read these besides the always-readable ones.
    "Access-Control-Expose-Headers": "ETag",
}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": ", ".join(SAFE_METHODS),
    # Revalidation headers are not CORS-safelisted: a browser asks first (preflight).
    "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
    "Access-Control-Max-Age": "86400",
}


def json_response(data, status=200):
    # Vietnamese stays readable in the body: "Kinh tế", not "Kinh t\u1ebf".
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def error(message, status):
    return json_response({"error": message}, status=status)


def read_only(view):
    """GET and HEAD through `view`, OPTIONS answered for CORS, other methods a JSON 405.

    csrf_exempt: the CSRF check would answer a POST with an HTML 403 before any view could say
    405; nothing here reads a body or writes anything, so there is nothing to forge.
    """

    @csrf_exempt
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204, headers=PREFLIGHT_HEADERS)
        elif request.method in ("GET", "HEAD"):
            response = view(request, *args, **kwargs)
        else:
            response = error(_("The API is read-only: use GET."), 405)
        if request.method not in ("GET", "HEAD"):
            response["Allow"] = ", ".join(SAFE_METHODS)
        return with_cors(response)

    return wrapper


def with_cors(response):
    for name, value in CORS_HEADERS.items():
        response[name] = value
    return response
