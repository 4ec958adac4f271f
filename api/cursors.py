"""Cursor paging of the article list: `next` continues after the last article of a page.

A cursor is the last article's (published_at, pk), so pages stay stable while articles are added.
"""

import base64
import binascii
from datetime import datetime

from django.db.models import Q
from django.utils.translation import gettext as _

from .params import BadParameter, in_utc


def encode_cursor(article):
    raw = f"{article.published_at.isoformat()}|{article.pk}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor):
    """(published_at, pk) of the last article of the previous page."""
    not_valid = BadParameter(_("The cursor is not valid; use the “next” link of a page."))
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        published, pk = raw.split("|")
        moment = datetime.fromisoformat(published)
        pk = int(pk)
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise not_valid from exc
    # Cursors we issue carry their offset; a hand-made one without it is read in local time.
    return in_utc(moment, not_valid), pk


def after_cursor(articles, cursor):
    """The articles that come after the cursor in newest-first order."""
    published_at, pk = decode_cursor(cursor)
    # The redundant published_at <= bound lets the index scan start at the cursor instead of
    # filtering out every newer article (O(depth) on a deep page).
    return articles.filter(published_at__lte=published_at).filter(
        Q(published_at__lt=published_at) | Q(published_at=published_at, pk__lt=pk)
    )
