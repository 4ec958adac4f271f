"""Requests refused before any view sees them: bodies larger than the view accepts, and
parameters carrying a NUL character."""

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import JsonResponse
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _


def content_length(request):
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


def body_limit(view_func):
    """The largest body the view may receive: its form fields, plus the largest file it takes.

    Admin pages of models with an upload name the setting of their limit in
    `upload_limit_setting`; every other view takes form fields only.
    """
    model_admin = getattr(view_func, "model_admin", None)
    setting = getattr(model_admin, "upload_limit_setting", None)
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE + (getattr(settings, setting) if setting else 0)


def wants_json(request):
    """The read API, and scripts that ask for JSON (the body editor's photo library)."""
    match = request.resolver_match
    return (match is not None and match.namespace == "api") or request.get_preferred_type(
        ["text/html", "application/json"]
    ) == "application/json"


def refuse_nul(request):
    message = _("The address or form holds a NUL character, which no text may contain.")
    if wants_json(request):
        return JsonResponse(
            {"error": message}, status=400, json_dumps_params={"ensure_ascii": False}
        )
    raise BadRequest(message)


def too_large(request, limit):
    context = {"limit": filesizeformat(limit)}
    return render(request, "413.html", context, status=413)


class RequestLimitsMiddleware:
    """Refuse with 413 a body the view would not accept, from its Content-Length, before a byte
    of it is read: Django would otherwise spool a 300 MB upload to disk before the form's size
    check. Must come before CsrfViewMiddleware, which reads the body of every POST.

    Also answer 400 to any GET or POST parameter carrying NUL, which no PostgreSQL text holds:
    the query would fail with a server error wherever the value reached the database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if content_length(request) > settings.REQUEST_MAX_BODY_BYTES:
            return too_large(request, settings.REQUEST_MAX_BODY_BYTES)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        limit = body_limit(view_func)
        if content_length(request) > limit:
            return too_large(request, limit)
        parameters = list(request.GET.lists())
        if request.method == "POST":
            parameters += request.POST.lists()
        for name, values in parameters:
            if "\x00" in name or any("\x00" in value for value in values):
                return refuse_nul(request)
        return None
