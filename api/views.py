"""A read-only JSON API for apps and partners: plain Django views.

Four GET endpoints with no writes, no auth and no input bodies do not need a framework: the
ninjs shape is written once in api/ninjs.py and its OpenAPI description in api/openapi.py.
"""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import cache_control

import pagecache
from articles.models import Article, Section, SiteSettings
from newsroom.params import MAX_ID, has_nul

from . import ninjs
from .cursors import after_cursor, encode_cursor
from .http import error, json_response, read_only, with_cors
from .openapi import openapi_document
from .params import BadParameter, changed_since, page_size

public_for_a_minute = cache_control(public=True, max_age=60)


def page_not_found(request, exception):
    """The site's 404 (handler404): JSON under /api/, as the OpenAPI document promises."""
    if request.path.startswith("/api/"):
        return with_cors(error(_("There is nothing at this address of the API."), 404))
    return defaults.page_not_found(request, exception)


def filtered_articles(params):
    articles = Article.objects.published()
    if "section" in params:  # present but empty is a mistake too
        section = None
        if not has_nul(params["section"]):
            section = Section.objects.filter(slug=params["section"]).first()
        if section is None:
            raise BadParameter(_("There is no section “%(slug)s”.") % {"slug": params["section"]})
        articles = articles.in_section(section)
    if "updated_since" in params:  # present but empty is a mistake too
        articles = changed_since(articles, params["updated_since"])
    if "cursor" in params:
        articles = after_cursor(articles, params["cursor"])
    return articles


@read_only
@pagecache.cached_page(params=("limit", "cursor", "section", "updated_since"))
@public_for_a_minute
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
            .prefetch_related("tags", "events")[: limit + 1]
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
            "items": ninjs.article_items(request, articles, site),
            "next": next_url,
        }
    )


@read_only
@pagecache.cached_page
@public_for_a_minute
def article_detail(request, pk):
    pagecache.depends_on(f"article-{pk}")
    article = pk <= MAX_ID and (
        Article.objects.published()
        .select_related("section", "featured_image")
        .with_bylines()
        .prefetch_related("tags", "events")
        .filter(pk=pk)
        .first()
    )
    if not article:
        return error(_("There is no published article with this id."), 404)
    live = article.live_timeline()
    (item,) = ninjs.article_items(request, [article], SiteSettings.shared(), live)
    return json_response(item)


@read_only
@pagecache.cached_page
@public_for_a_minute
def section_list(request):
    pagecache.depends_on(pagecache.list_tag("section"))
    # The sections are the menu of the paper: a few dozen rows, so one page holds them all.
    sections = Section.objects.select_related("parent").order_by("position", "name")
    return json_response({"items": [ninjs.section_item(request, section) for section in sections]})


@read_only
@pagecache.cached_page
@public_for_a_minute
def openapi(request):
    pagecache.depends_on(pagecache.list_tag("section"))
    slugs = list(Section.objects.order_by("position", "name").values_list("slug", flat=True))
    return json_response(openapi_document(request, slugs))
