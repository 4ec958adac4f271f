"""Chapters of a body: its h2 headings, with ids for an in-page table of contents.

The ids are made here and nowhere else, from the sanitised body: render_body() writes them on
the headings and chapters() lists them for the table of contents, so a link and its heading
always agree. nh3 allows no attributes on headings (articles/sanitize.py), so every stored h2 is
a bare <h2> and an editor cannot plant an id of their own.
"""

import html
import re

from django.utils.html import strip_tags

from newsroom.text import slugify_vi

HEADING = re.compile(r"<h2>(?P<inner>.*?)</h2>", re.DOTALL)
ID_PREFIX = "muc-"  # "mục": ids never start with a digit and never clash with the page's own


def _anchors(body):
    """(id, heading text) for each h2 in order; a repeated heading gets -2, -3…"""
    seen = set()
    for match in HEADING.finditer(body):
        text = html.unescape(strip_tags(match["inner"])).strip()
        base = ID_PREFIX + (slugify_vi(text)[:60].strip("-") or "chuong")
        anchor, number = base, 1
        while anchor in seen:
            number += 1
            anchor = f"{base}-{number}"
        seen.add(anchor)
        yield anchor, text


def chapters(body):
    """[(id, heading text)] of the body's chapters, for a table of contents."""
    return list(_anchors(body))


def with_chapter_ids(body):
    """The body with each h2 given its id (slug characters only: safe in an attribute)."""
    anchors = (anchor for anchor, _text in _anchors(body))
    return HEADING.sub(lambda match: f'<h2 id="{next(anchors)}">{match["inner"]}</h2>', body)
