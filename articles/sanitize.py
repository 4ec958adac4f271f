"""The allow-list for article body HTML: what the editor produces, and nothing that can run.

BODY_EXTENSIONS is the one place that says what a body may contain. django-prose-editor turns it
into the toolbar of the admin editor and, through the same extension processors, into the nh3
allow-list that sanitize_body() applies on every save, whatever the browser sent.
"""

import functools
import re

import nh3
from django.urls import reverse_lazy
from django_prose_editor.config import allowlist_from_extensions
from js_asset import static_lazy

BODY_EXTENSIONS = {
    "Heading": {"levels": [2, 3]},
    "Bold": True,
    "Italic": True,
    # No "open in a new window": no target, so no rel to police either.
    "Link": {"enableTarget": False},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "HorizontalRule": True,
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    # A photo from the media library, stored as a reference (static/js/article-body-editor.js;
    # the tags of both library nodes are allowed in settings.DJANGO_PROSE_EDITOR_EXTENSIONS).
    "ArticleImage": {
        "searchUrl": reverse_lazy("body-editor-images"),
        "uploadUrl": reverse_lazy("admin:multimedia_image_add"),
        "cssUrl": static_lazy("css/article-body-editor.css"),
    },
    # A photo gallery, <figure data-gallery-id="12"></figure>, drawn on the public page by
    # multimedia/templatetags/multimedia.py: embed_galleries.
    "ArticleGallery": {
        "searchUrl": reverse_lazy("body-editor-galleries"),
        "cssUrl": static_lazy("css/article-body-editor.css"),
    },
}

URL_SCHEMES = {"http", "https", "mailto", "tel"}
PRIMARY_KEY = re.compile(r"[1-9][0-9]{0,18}")
# Figures that refer to the media library: a photo, or a photo gallery (multimedia.Gallery).
REFERENCE_ATTRIBUTES = {"data-image-id", "data-gallery-id"}


def _only_primary_keys(tag, attribute, value):
    """A figure's data-image-id or data-gallery-id is a primary key, nothing else."""
    if attribute in REFERENCE_ATTRIBUTES:
        return value if PRIMARY_KEY.fullmatch(value) else None
    return value


@functools.cache
def _cleaner():
    # Built on first use: the allow-list reads settings, which are not ready at import time.
    allowlist = allowlist_from_extensions(BODY_EXTENSIONS)
    attributes = allowlist["attributes"]
    # The Link processor allows rel for its "new window" option, which is off.
    attributes["a"] = attributes["a"] - {"rel", "target"}
    return nh3.Cleaner(
        tags=allowlist["tags"],
        attributes=attributes,
        attribute_filter=_only_primary_keys,
        url_schemes=URL_SCHEMES,
        link_rel=None,
    )


# Passes until the output stops changing; real bodies settle after one, odd nestings after two.
MAX_PASSES = 4


def sanitize_body(html):
    """Body HTML reduced to the allow-list; an editor's lone empty paragraph becomes "".

    Removing a tag can leave markup the HTML parser rebuilds differently when it reads it again
    (<p><button></p> leaves a <p> inside a <p>), so the cleaner runs again until its output is
    stable: a saved body must come back unchanged when it is saved once more.
    """
    cleaned = (html or "").strip()
    for _pass in range(MAX_PASSES):
        previous, cleaned = cleaned, _cleaner().clean(cleaned).strip()
        if cleaned == previous:
            break
    return "" if re.fullmatch(r"<(\w+)></\1>", cleaned) else cleaned
