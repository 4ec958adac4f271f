"""Videos and galleries as one newest-first list, the /multimedia/ page."""

from django.db.models import CharField, Value

from .gallery import Gallery
from .video import Video


def published_media():
    """(kind, pk, published_at) of every published video and gallery, as one sortable query.

    A UNION of keys rather than of rows: the two tables have different columns. Page it, then
    load the rows with media_for().
    """

    def keys(queryset, kind):
        return (
            queryset.published()
            .annotate(media_type=Value(kind, output_field=CharField()))
            .values_list("media_type", "pk", "published_at")
        )

    union = keys(Video.objects, "video").union(keys(Gallery.objects, "gallery"), all=True)
    return union.order_by("-published_at", "-pk")


def media_for(keys):
    """The videos and galleries behind (kind, pk, …) keys, in the keys' order: one query per kind."""
    videos = Video.objects.for_listing().in_bulk([pk for kind, pk, _ in keys if kind == "video"])
    galleries = Gallery.objects.for_listing().in_bulk(
        [pk for kind, pk, _ in keys if kind == "gallery"]
    )
    return [(videos if kind == "video" else galleries)[pk] for kind, pk, _ in keys]
