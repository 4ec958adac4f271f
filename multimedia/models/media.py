"""Videos, galleries and infographic articles as one newest-first list: the /multimedia/ page,
and its infographics alone (/multimedia/infographic/)."""

from django.apps import apps
from django.db.models import CharField, Value

from .gallery import Gallery
from .video import Video


def published_media(infographics_only=False):
    """(kind, pk, published_at) of every published video, gallery and infographic article (or of
    the infographic galleries and articles), as one sortable query.

    A UNION of keys rather than of rows: the tables have different columns. Page it, then load
    the rows with media_for().
    """
    Article = apps.get_model("articles", "Article")  # articles builds on multimedia's models

    def keys(queryset, kind):
        return (
            queryset.published()
            .annotate(media_type=Value(kind, output_field=CharField()))
            .values_list("media_type", "pk", "published_at")
            .order_by()
        )

    galleries = Gallery.objects.all()
    if infographics_only:
        galleries = galleries.filter(kind=Gallery.Kind.INFOGRAPHIC)
    parts = [keys(galleries, "gallery"), keys(Article.objects.infographics(), "article")]
    if not infographics_only:
        parts.append(keys(Video.objects, "video"))
    union = parts[0].union(*parts[1:], all=True)
    return union.order_by("-published_at", "-pk")


def media_for(keys):
    """The items behind (kind, pk, …) keys, in the keys' order: one query per kind."""
    Article = apps.get_model("articles", "Article")
    loaders = {
        "video": Video.objects.for_listing(),
        "gallery": Gallery.objects.for_listing(),
        "article": Article.objects.select_related("section", "featured_image").defer(
            "body", "search_document"
        ),
    }
    found = {
        kind: queryset.in_bulk([pk for key_kind, pk, _ in keys if key_kind == kind])
        for kind, queryset in loaders.items()
    }
    return [found[kind][pk] for kind, pk, _ in keys]
