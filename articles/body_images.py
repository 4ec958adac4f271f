"""Photos inside an article body.

The stored body refers to a media-library photo instead of copying it:

    <figure data-image-id="42"><figcaption>A caption for this article only</figcaption></figure>

The figcaption is optional. When the page is rendered, every reference of the body is resolved
in one query and drawn by templates/includes/figure.html, so the photo's current file, alt
text, caption and credit show everywhere it is used. A photo no longer in the library is left out.
"""

import html
import re

from django.apps import apps
from django.template.loader import get_template
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from .chapters import with_chapter_ids

# Bodies are sanitised by nh3 (articles/sanitize.py) before they are stored, and nh3 writes
# attributes in one canonical way, so this pattern sees every figure the sanitiser lets through.
FIGURE = re.compile(
    r'<figure data-image-id="(?P<id>\d+)">(?P<inner>.*?)</figure>', re.DOTALL | re.IGNORECASE
)
FIGCAPTION = re.compile(r"<figcaption>(?P<caption>.*?)</figcaption>", re.DOTALL | re.IGNORECASE)


def body_image_ids(body):
    """The ids of the library photos a body refers to, in order of appearance."""
    return [int(match["id"]) for match in FIGURE.finditer(body)]


def render_body(body, sizes="", zoomable=False, images=None, base_url=""):
    """Sanitised body HTML with ids on its chapter headings and each photo reference replaced by
    its figure: `sizes` is the width the photos take, `zoomable` links each to its full size.

    `images` ({id: Image}) when the caller loaded them already; `base_url` ("https://host") for
    bodies read on other sites.
    """
    body = with_chapter_ids(body)
    ids = body_image_ids(body)
    if not ids:
        return mark_safe(body)  # Sanitised with nh3 in Article.save().
    if images is None:
        images = apps.get_model("multimedia", "Image").objects.in_bulk(set(ids))
    template = get_template("includes/figure.html")

    def figure(match):
        image = images.get(int(match["id"]))
        if image is None:
            return ""
        caption = FIGCAPTION.search(match["inner"])
        # A caption is plain text: the template escapes it again.
        own_caption = html.unescape(strip_tags(caption["caption"])).strip() if caption else ""
        return template.render(
            {
                "image": image,
                "caption": own_caption,
                "lazy": not base_url,
                "sizes": sizes,
                "zoomable": zoomable,
                "base_url": base_url,
            }
        )

    return mark_safe(FIGURE.sub(figure, body))  # Sanitised body, figures from our template.


def syndicated_bodies(bodies, base_url):
    """Bodies as feeds and the API carry them: every library photo and gallery drawn in full with
    absolute addresses, so an aggregator never shows a caption without its photo. Three queries
    however many bodies (photos, galleries, their photos), none without references."""
    # Imported here: multimedia's models import this app's.
    from multimedia.templatetags.multimedia import galleries_in_bodies

    ids = {pk for body in bodies for pk in body_image_ids(body)}
    images = apps.get_model("multimedia", "Image").objects.in_bulk(ids) if ids else {}
    drawn = [render_body(body, images=images, base_url=base_url) for body in bodies]
    return galleries_in_bodies(drawn, "multimedia/gallery_syndicated.html", base_url)
