"""A read-only JSON API for apps and partners: plain Django views.

Four GET endpoints with no writes, no auth and no input bodies do not need a framework: the
ninjs shape is written once in api/ninjs.py and its OpenAPI description in api/openapi.py.
"""

from django.http import JsonResponse
from django.middleware.http import ConditionalGetMiddleware
from django.urls import reverse
from django.utils.decorators import decorator_from_middleware
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

import pagecache
from articles.models import Article, Section, SiteSettings
from newsroom.params import has_nul

from . import ninjs
from .cursors import after_cursor, encode_cursor
from .openapi import openapi_document
from .params import BadParameter, changed_since, page_size

# ETag from the response body, and 304 Not Modified when the client already has it.
conditional = decorator_from_middleware(ConditionalGetMiddleware)
public_for_a_minute = cache_control(public=True, max_age=60)


def json_response(data, status=200):
    # Vietnamese stays readable in the body: "Kinh tế", not "Kinh t\u1ebf".
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def error(message, status):
    return json_response({"error": message}, status=status)


def filtered_articles(params):
    articles = Article.objects.published()
    if params.get("section"):
        section = None
        if not has_nul(params["section"]):
            section = Section.objects.filter(slug=params["section"]).first()
        if section is None:
            raise BadParameter(_("There is no section “%(slug)s”.") % {"slug": params["section"]})
        articles = articles.in_section(section)
    if "updated_since" in params:  # present but empty is a mistake too
        articles = changed_since(articles, params["updated_since"])
    if params.get("cursor"):
        articles = after_cursor(articles, params["cursor"])
    return articles


@require_safe
@pagecache.cached_page(params=("limit", "cursor", "section", "updated_since"))
@public_for_a_minute
@conditional
def article_list(request):
    """Newest first; `next` continues after the last item (stable while articles are added)."""
    pagecache.listing(Article)
    try:
        limit = page_size(request.GET.get("limit"))
        articles = list(
            filtered_articles(request.GET)
            .newest_first()
            .select_related("section", "featured_image")
            .with_bylines()
            .prefetch_related("tags")[: limit + 1]
        )
    except BadParameter as exc:
        return error(str(exc), 400)
    site = SiteSettings.shared()
    next_url = None
    if len(articles) > limit:
        articles = articles[:limit]
        params = {key: value for key, value in request.GET.items() if key != "cursor"}
        params["cursor"] = encode_cursor(articles[-1])
        next_url = request.build_absolute_uri(reverse("api:articles")) + "?" + urlencode(params)
    return json_response(
        {
            "items": [ninjs.article_item(request, article, site) for article in articles],
            "next": next_url,
        }
    )


@require_safe
@pagecache.cached_page
@public_for_a_minute
@conditional
def article_detail(request, pk):
    pagecache.depends_on(f"article-{pk}")
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
    live = article.live_timeline()
    return json_response(ninjs.article_item(request, article, SiteSettings.shared(), live))


@require_safe
@pagecache.cached_page
@public_for_a_minute
@conditional
def section_list(request):
    pagecache.depends_on(pagecache.list_tag("section"))
    # The sections are the menu of the paper: a few dozen rows, so one page holds them all.
    sections = Section.objects.select_related("parent").order_by("position", "name")
    return json_response({"items": [ninjs.section_item(request, section) for section in sections]})


@require_safe
@pagecache.cached_page
@public_for_a_minute
@conditional
def openapi(request):
    return json_response(openapi_document(request))
