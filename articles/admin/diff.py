"""A readable, word by word comparison of two revisions for the desk."""

import re
from difflib import SequenceMatcher

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from ..models import Presentation

# What the desk compares, in reading order, and how each is labelled.
LABELS = {
    "kicker": _("kicker"),
    "title": _("title"),
    "slug": _("slug"),
    "lead": _("lead (sapo)"),
    "body": _("body"),
    "section_name": _("section"),
    "featured_image": _("featured image"),
    "featured_image_caption": _("featured image caption"),
    "byline_text": _("byline text"),
    "presentation": _("presentation"),
    "credits": _("credits"),
    "authors": _("authors"),
    "tags": _("tags"),
    "events": _("events"),
}

_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|figcaption|tr)>|<br\s*/?>", re.IGNORECASE)
_TOKENS = re.compile(r"\s+|[^\s]+")


def readable(content, field):
    value = content.get(field)
    if field == "body":
        return strip_tags(_BLOCK_END.sub("\n", value or "")).strip()
    if field == "authors":
        return " - ".join(name for _pk, name in value or [])
    if field == "events":
        return ", ".join(name for _pk, name in value or [])
    if field == "tags":
        return ", ".join(value or [])
    if field == "presentation":
        return str(Presentation(value or Presentation.STANDARD).label)
    return "" if value is None else str(value)


def diff_words(old, new):
    """HTML with <del> and <ins> around the words that changed; everything else escaped.

    Changes separated only by spaces are shown as one, so "tăng mạnh" -> "giảm nhẹ" reads as a
    phrase rather than word, word, word.
    """
    old_tokens, new_tokens = _TOKENS.findall(old), _TOKENS.findall(new)
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    chunks = []  # [is_change, removed text, added text]
    for op, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        removed = "".join(old_tokens[old_start:old_end])
        added = "".join(new_tokens[new_start:new_end])
        chunks.append([op != "equal", removed, added])
    merged = []
    for index, chunk in enumerate(chunks):
        between_changes = (
            not chunk[0]
            and not chunk[2].strip()
            and 0 < index < len(chunks) - 1
            and chunks[index + 1][0]
        )
        if merged and merged[-1][0] and (chunk[0] or between_changes):
            merged[-1][1] += chunk[1]
            merged[-1][2] += chunk[2]
        else:
            merged.append(list(chunk))
    parts = []
    for is_change, removed, added in merged:
        if not is_change:
            parts.append(escape(added))
            continue
        if removed:
            parts.append(f"<del>{escape(removed)}</del>")
        if added:
            parts.append(f"<ins>{escape(added)}</ins>")
    return mark_safe("".join(parts))  # every piece of text above went through escape()


def compare(old, new):
    """(label, diff HTML) for each field that differs between two content snapshots."""
    rows = []
    for field, label in LABELS.items():
        before, after = readable(old, field), readable(new, field)
        if before != after:
            rows.append((label, diff_words(before, after)))
    return rows
