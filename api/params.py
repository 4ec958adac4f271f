"""Query parameters of the article list: each check answers a partner's mistake in words."""

from datetime import UTC, timedelta

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


# The offsets in use on Earth run from -12:00 to +14:00; PostgreSQL refuses those past ±15:59.
OFFSET_RANGE = (timedelta(hours=-12), timedelta(hours=14))


def changed_since(articles, value):
    """The articles readers saw change at or after `value`, an ISO 8601 time."""
    not_a_time = BadParameter(
        _("updated_since must be an ISO 8601 time, e.g. 2025-11-27T18:53:00+07:00.")
    )
    try:
        since = parse_datetime(value)
    except ValueError:  # well-formed but no such day, e.g. 30 February
        since = None
    if since is None:
        raise not_a_time
    if timezone.is_naive(since):
        since = timezone.make_aware(since)
    if not OFFSET_RANGE[0] <= since.utcoffset() <= OFFSET_RANGE[1]:
        raise BadParameter(
            _("The time zone of updated_since must be from -12:00 to +14:00, e.g. +07:00.")
        )
    since = in_utc(since, not_a_time)
    # An article scheduled before its publication time changes for readers when it goes live.
    return articles.filter(Q(updated_at__gte=since) | Q(published_at__gte=since))


def in_utc(moment, problem):
    """moment in UTC, as PostgreSQL can compare it; `problem` (a BadParameter) is raised for an
    offset it refuses (past ±15:59) or a time that UTC moves past the calendar's ends."""
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    if not OFFSET_RANGE[0] <= moment.utcoffset() <= OFFSET_RANGE[1]:
        raise problem
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # the first or last hours the calendar holds
        raise problem from None
