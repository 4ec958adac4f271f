"""Tags for what search engines and social networks read in a page's <head>."""

import json

from django import template
from django.utils.safestring import mark_safe

from newsroom.params import positive_int

from .. import structured_data

register = template.Library()

# As Django's json_script: these cannot close the <script> element or start a comment.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    """A <script type="application/ld+json"> element: data for crawlers, never executed."""
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    # The JSON is escaped above so no value can end the element; the rest is a fixed string.
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


@register.simple_tag(takes_context=True)
def article_json_ld(context, article, tags, live=None):
    """`live`: the article's LiveTimeline, when it has a live coverage."""
    request, site = context["request"], context["site_settings"]
    if live:
        data = structured_data.live_blog_posting(request, article, site, tags, live)
    else:
        data = structured_data.news_article(request, article, site, tags)
    return json_ld(data) + json_ld(structured_data.breadcrumbs(request, article, site))


@register.inclusion_tag("includes/share_image.html", takes_context=True)
def share_image(context, image=None, shape=""):
    """og:image and twitter:image for a page showing `image` (an Image, or None); `shape`
    "original" keeps a picture whole that a 16:9 crop would spoil (a front page)."""
    request, site = context["request"], context["site_settings"]
    rendition, alt = structured_data.share_image(request, image, site, shape or "16x9")
    return {"image": rendition, "alt": alt}


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's address without tracking or filter parameters; list pages keep their page."""
    request = context["request"]
    page = request.GET.get("page", "")
    suffix = f"?page={page}" if (positive_int(page) or 1) != 1 else ""
    return request.build_absolute_uri(request.path) + suffix


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    return context["request"].build_absolute_uri(path)


@register.filter
def iso_datetime(value):
    """ISO 8601 in Vietnam time to the second, "2020-11-27T18:53:00+07:00", as in the JSON-LD."""
    return structured_data.iso_datetime(value) if value else ""


@register.simple_tag(takes_context=True)
def event_json_ld(context, event, articles):
    request, site = context["request"], context["site_settings"]
    return json_ld(structured_data.collection_page(request, event, site, articles))
