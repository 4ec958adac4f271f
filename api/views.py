"""A read-only JSON API for apps and partners: plain Django views.

Four GET endpoints with no writes, no auth and no input bodies do not need a framework: the
ninjs shape is written once in api/ninjs.py and its OpenAPI description in api/openapi.py.
"""

import base64
import binascii
from datetime import datetime

from django.conf import settings
from django.db.models import Q
from django.http import JsonResponse
from django.middleware.http import ConditionalGetMiddleware
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.decorators import decorator_from_middleware
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from articles.models import Article, Section, SiteSettings
from newsroom.params import has_nul, positive_int

from . import ninjs
from .openapi import openapi_document

# ETag from the response body, and 304 Not Modified when the client already has it.
conditional = decorator_from_middleware(ConditionalGetMiddleware)
public_for_a_minute = cache_control(public=True, max_age=60)


class BadRequest(Exception):
    """A query parameter a partner got wrong; answered with 400 and a message."""


def error(message, status):
    return JsonResponse(
        {"error": message}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def json(data):
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def encode_cursor(article):
    raw = f"{article.published_at.isoformat()}|{article.pk}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor):
    """(published_at, pk) of the last article of the previous page."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        published, pk = raw.split("|")
        moment = datetime.fromisoformat(published)
        # Cursors we issue carry their offset; a hand-made one without it is read in local time.
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        return moment, int(pk)
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise BadRequest(_("The cursor is not valid; use the “next” link of a page.")) from exc


def page_size(value):
    if value is None:
        return settings.API_PAGE_SIZE
    if not 1 <= (positive_int(value) or 0) <= settings.API_MAX_PAGE_SIZE:
        raise BadRequest(
            _("limit must be a whole number from 1 to %(max)s.")
            % {"max": settings.API_MAX_PAGE_SIZE}
        )
    return int(value)


def filtered_articles(params):
    articles = Article.objects.published()
    if params.get("section"):
        section = None
        if not has_nul(params["section"]):
            section = Section.objects.filter(slug=params["section"]).first()
        if section is None:
            raise BadRequest(_("There is no section “%(slug)s”.") % {"slug": params["section"]})
        articles = articles.in_section(section)
    if params.get("updated_since"):
        try:
            since = parse_datetime(params["updated_since"])
        except ValueError:  # well-formed but no such day, e.g. 30 February
            since = None
        if since is None:
            raise BadRequest(
                _("updated_since must be an ISO 8601 time, e.g. 2025-11-27T18:53:00+07:00.")
            )
        if timezone.is_naive(since):
            since = timezone.make_aware(since)
        # An article scheduled before its publication time changes for readers when it goes live.
        articles = articles.filter(Q(updated_at__gte=since) | Q(published_at__gte=since))
    if params.get("cursor"):
        published_at, pk = decode_cursor(params["cursor"])
        # The redundant published_at <= bound lets the index scan start at the cursor instead of
        # filtering out every newer article (O(depth) on a deep page).
        articles = articles.filter(published_at__lte=published_at).filter(
            Q(published_at__lt=published_at) | Q(published_at=published_at, pk__lt=pk)
        )
    return articles


@require_safe
@public_for_a_minute
@conditional
def article_list(request):
    """Newest first; `next` continues after the last item (stable while articles are added)."""
    try:
        limit = page_size(request.GET.get("limit"))
        articles = list(
            filtered_articles(request.GET)
            .newest_first()
            .select_related("section", "featured_image")
            .with_bylines()
            .prefetch_related("tags")[: limit + 1]
        )
    except BadRequest as exc:
        return error(str(exc), 400)
    site = SiteSettings.load()
    next_url = None
    if len(articles) > limit:
        articles = articles[:limit]
        params = {key: value for key, value in request.GET.items() if key != "cursor"}
        params["cursor"] = encode_cursor(articles[-1])
        next_url = request.build_absolute_uri(reverse("api:articles")) + "?" + urlencode(params)
    return json(
        {
            "items": [ninjs.article_item(request, article, site) for article in articles],
            "next": next_url,
        }
    )


@require_safe
@public_for_a_minute
@conditional
def article_detail(request, pk):
    article = (
        Article.objects.published()
        .select_related("section", "featured_image")
        .with_bylines()
        .prefetch_related("tags")
        .filter(pk=pk)
        .first()
    )
    if article is None:
        return error(_("There is no published article with this id."), 404)
    return json(ninjs.article_item(request, article, SiteSettings.load()))


@require_safe
@public_for_a_minute
@conditional
def section_list(request):
    # The sections are the menu of the paper: a few dozen rows, so one page holds them all.
    sections = Section.objects.select_related("parent").order_by("position", "name")
    return json({"items": [ninjs.section_item(request, section) for section in sections]})


@require_safe
@public_for_a_minute
@conditional
def openapi(request):
    return json(openapi_document(request))
