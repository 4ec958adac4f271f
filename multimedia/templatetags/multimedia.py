import re

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from ..models import Gallery, first_print_placement

register = template.Library()

# How an article body asks for a gallery: <figure data-gallery-id="12"></figure> (kept by nh3).
GALLERY_MARKER = re.compile(
    r'<figure data-gallery-id="(?P<pk>\d+)"\s*>.*?</figure>', re.DOTALL | re.IGNORECASE
)


@register.simple_tag
def picture_of(image, shape=""):
    """`{% picture_of image shape as picture %}`: a tag, so an unset `shape` means the default."""
    return image.picture(shape or "original")


@register.simple_tag
def print_placement(article):
    """Where the article ran in print (the first published issue), or None.

    One query per article, shared with the JSON-LD's printEdition (first_print_placement).
    """
    return first_print_placement(article)


@register.filter
def embed_galleries(body):
    """Article body HTML with each gallery marker replaced by the gallery itself.

    `body` must be sanitised HTML (Article.save runs nh3); the galleries are rendered from our own
    escaped templates. Unknown or unpublished galleries disappear. Two queries when the body has
    markers, none otherwise.
    """
    ids = {int(match["pk"]) for match in GALLERY_MARKER.finditer(body)}
    if not ids:
        return mark_safe(body)
    galleries = Gallery.objects.published().with_photos().in_bulk(ids)

    def replace(match):
        gallery = galleries.get(int(match["pk"]))
        if gallery is None:
            return ""
        return render_to_string(
            "multimedia/gallery_embed.html", {"gallery": gallery, "photos": gallery.photos.all()}
        )

    return mark_safe(GALLERY_MARKER.sub(replace, body))


@register.filter
def picture_src(image):
    """One address for places that take a single picture, like a video's poster."""
    return image.picture("16x9").src
