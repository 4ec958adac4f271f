"""Query parameters of the article list: each check answers a partner's mistake in words."""

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from newsroom.params import positive_int


class BadParameter(Exception):
    """A query parameter a partner got wrong; answered with 400 and a message."""


def page_size(value):
    if value is None:
        return settings.API_PAGE_SIZE
    if not 1 <= (positive_int(value) or 0) <= settings.API_MAX_PAGE_SIZE:
        raise BadParameter(
            _("limit must be a whole number from 1 to %(max)s.")
            % {"max": settings.API_MAX_PAGE_SIZE}
        )
    return int(value)


def changed_since(articles, value):
    """The articles readers saw change at or after `value`, an ISO 8601 time."""
    try:
        since = parse_datetime(value)
    except ValueError:  # well-formed but no such day, e.g. 30 February
        since = None
    if since is None:
        raise BadParameter(
            _("updated_since must be an ISO 8601 time, e.g. 2025-11-27T18:53:00+07:00.")
        )
    if timezone.is_naive(since):
        since = timezone.make_aware(since)
    # An article scheduled before its publication time changes for readers when it goes live.
    return articles.filter(Q(updated_at__gte=since) | Q(published_at__gte=since))
