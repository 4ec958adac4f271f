import re

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe

import pagecache

from ..models import Gallery, first_print_placement

register = template.Library()

# How an article body asks for a gallery: <figure data-gallery-id="12"></figure> (kept by nh3).
GALLERY_MARKER = re.compile(
    r'<figure data-gallery-id="(?P<pk>\d+)"\s*>.*?</figure>', re.DOTALL | re.IGNORECASE
)


# What a photo takes on most pages: the whole main column.
DEFAULT_SIZES = "(max-width: 900px) 100vw, 760px"


@register.simple_tag
def picture(image, shape="", sizes="", lazy=False):
    """The one place an Image becomes HTML: `{% picture image shape="16x9" sizes="110px" %}`.

    `shape` ("16x9", "1x1", or the photo's own by default) picks a focal-point crop; `sizes` is the
    width the picture takes on the page, so the browser fetches the smallest rendition that fills
    it; `lazy` marks pictures below the fold. A tag rather than an included template: a home page
    draws dozens, and an include costs more than the whole picture.
    """
    found = image.picture(shape or "original")
    sizes = sizes or DEFAULT_SIZES
    webp = (
        format_html('<source type="image/webp" srcset="{}" sizes="{}">', found.webp_srcset, sizes)
        if found.webp_srcset
        else ""
    )
    jpeg = (
        format_html(' srcset="{}" sizes="{}"', found.jpeg_srcset, sizes)
        if found.jpeg_srcset
        else ""
    )
    return format_html(
        '<picture>{}<img src="{}"{} alt="{}" width="{}" height="{}"{} decoding="async"></picture>',
        webp,
        found.src,
        jpeg,
        image.alt_text,
        found.width,
        found.height,
        mark_safe(' loading="lazy"') if lazy else "",
    )


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
    # A gallery not yet published shows once it is: the page depends on each one it names.
    pagecache.depends_on(*(f"gallery-{pk}" for pk in ids))
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


HOME_MEDIA_COUNT = 4


@register.simple_tag
def home_multimedia():
    """The home page's Multimedia block: the newest videos and galleries, shared by every render
    and rebuilt when one is saved or a scheduled one goes live."""
    from ..models import Video, media_for, published_media

    def build():
        pagecache.listing(Video)
        pagecache.listing(Gallery)
        items = media_for(list(published_media()[:HOME_MEDIA_COUNT]))
        return render_to_string("multimedia/home_multimedia.html", {"items": items})

    return mark_safe(pagecache.fragment("home-multimedia", build))


@register.simple_tag
def home_print_edition():
    """The home page's print-edition block: the newest published issue's cover, shared."""
    from ..models import PrintIssue

    def build():
        pagecache.listing(PrintIssue)
        issue = PrintIssue.objects.published().newest_first().select_related("cover").first()
        return render_to_string("multimedia/home_print_edition.html", {"issue": issue})

    return mark_safe(pagecache.fragment("home-print-edition", build))
