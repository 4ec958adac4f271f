import re

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe

import pagecache
from articles.templatetags.seo import json_ld

from .. import structured_data
from ..models import Gallery, first_print_placement

register = template.Library()

# How an article body asks for a gallery: <figure data-gallery-id="12"></figure> (kept by nh3).
GALLERY_MARKER = re.compile(
    r'<figure data-gallery-id="(?P<pk>\d+)"\s*>.*?</figure>', re.DOTALL | re.IGNORECASE
)


# What a photo takes on most pages: the whole main column, inside the page's 16 px margins on
# phones and tablets.
DEFAULT_SIZES = "(max-width: 900px) calc(100vw - 32px), 760px"


def absolute_srcset(srcset, base_url):
    """A srcset whose site-relative addresses start with base_url ("https://host")."""
    if not base_url:
        return srcset
    return ", ".join(
        base_url + candidate if candidate.startswith("/") else candidate
        for candidate in srcset.split(", ")
    )


@register.simple_tag
def picture(image, shape="", sizes="", lazy=False, priority=False, base_url=""):
    """The one place an Image becomes HTML: `{% picture image shape="16x9" sizes="110px" %}`.

    `shape` ("16x9", "1x1", or the photo's own by default) picks a focal-point crop; `sizes` is the
    width the picture takes on the page, so the browser fetches the smallest rendition that fills
    it; `lazy` marks pictures below the fold, `priority` the page's main photo, which the browser
    then fetches before scripts and other photos (fetchpriority, for the Largest Contentful Paint);
    `base_url` ("https://host") makes the addresses absolute, for feeds and the API read on other
    sites. A tag rather than an included template: a home page draws dozens, and an include costs more
    than the whole picture.
    """
    found = image.picture(shape or "original")
    sizes = sizes or DEFAULT_SIZES
    webp_srcset = absolute_srcset(found.webp_srcset, base_url)
    jpeg_srcset = absolute_srcset(found.jpeg_srcset, base_url)
    webp = (
        format_html('<source type="image/webp" srcset="{}" sizes="{}">', webp_srcset, sizes)
        if found.webp_srcset
        else ""
    )
    jpeg = format_html(' srcset="{}" sizes="{}"', jpeg_srcset, sizes) if found.jpeg_srcset else ""
    return format_html(
        '<picture>{}<img src="{}"{} alt="{}" width="{}" height="{}"{}{} decoding="async"></picture>',
        webp,
        absolute_srcset(found.src, base_url),
        jpeg,
        image.alt_text,
        found.width,
        found.height,
        mark_safe(' loading="lazy"') if lazy and not priority else "",
        mark_safe(' fetchpriority="high"') if priority else "",
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
    return galleries_in_bodies([body], "multimedia/gallery_embed.html")[0]


def galleries_in_bodies(bodies, template_name, base_url=""):
    """Sanitised bodies with their gallery markers drawn by `template_name`, in two queries
    however many bodies (a feed's, an API page's)."""
    ids = {int(match["pk"]) for body in bodies for match in GALLERY_MARKER.finditer(body)}
    if not ids:
        return [mark_safe(body) for body in bodies]
    # A gallery not yet published shows once it is: the page depends on each one it names.
    pagecache.depends_on(*(f"gallery-{pk}" for pk in ids))
    galleries = Gallery.objects.published().with_photos().in_bulk(ids)

    def replace(match):
        gallery = galleries.get(int(match["pk"]))
        if gallery is None:
            return ""
        context = {"gallery": gallery, "photos": gallery.photos.all(), "base_url": base_url}
        return render_to_string(template_name, context)

    return [mark_safe(GALLERY_MARKER.sub(replace, body)) for body in bodies]


@register.filter
def picture_src(image):
    """One address for places that take a single picture, like a video's poster."""
    return image.picture("16x9").src


@register.simple_tag(takes_context=True)
def video_json_ld(context, video):
    return json_ld(
        structured_data.video_object(context["request"], video, context["site_settings"])
    )


@register.simple_tag(takes_context=True)
def gallery_json_ld(context, gallery, photos):
    request, site = context["request"], context["site_settings"]
    return json_ld(structured_data.image_gallery(request, gallery, photos, site))


@register.simple_tag(takes_context=True)
def print_issue_json_ld(context, issue):
    request, site = context["request"], context["site_settings"]
    return json_ld(structured_data.publication_issue(request, issue, site))


@register.simple_tag(takes_context=True)
def media_list_json_ld(context, items, name, description):
    request, site = context["request"], context["site_settings"]
    return json_ld(structured_data.media_collection(request, items, name, description, site))


HOME_MEDIA_COUNT = 4


@register.simple_tag
def home_multimedia():
    """The home page's Multimedia block: the newest videos, galleries and infographics, shared by
    every render and rebuilt when one is saved or a scheduled one goes live."""
    from articles.models import Article

    from ..models import Video, media_for, published_media

    def build():
        pagecache.listing(Video)
        pagecache.listing(Gallery)
        pagecache.listing(Article, "infographic")
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
