"""How many readers opened each article, counted without touching the articles table.

A view is an INCR on a cache counter per (hour, article) (Redis in production); the
`flush_view_counts` command copies the counters into ArticleViewCount in one batch. Counters are
cumulative for their hour, so a flush sets the row to the counter's value and running it twice
changes nothing.
"""

from datetime import UTC, timedelta

from django.core.cache import cache
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

import pagecache

# One counted view per article per reader (IP hash) in this many seconds: reloads are not readers.
VIEW_RATE_LIMIT = (1, 30 * 60)
# Long enough for a flush that missed a few runs to catch up.
COUNTER_TIMEOUT = int(timedelta(days=2).total_seconds())
_PREFIX = "article-views"
# The most-read lists are a shared fragment (pagecache) of the pages that show them, rebuilt
# on their own schedule: at most this old, or sooner after a flush. Pages showing them expire
# with them, so a flush never purges the world; an article in them that changes purges them.
MOST_READ_FRAGMENT = "most-read"
MOST_READ_CACHE_SECONDS = 600
MOST_READ_COUNT = 5


def _hour_start(moment):
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def _keys(hour):
    stamp = hour.strftime("%Y%m%d%H")
    return f"{_PREFIX}:{stamp}:seq", f"{_PREFIX}:{stamp}:id:", f"{_PREFIX}:{stamp}:views:"


def record_view(article_id, moment=None):
    """Count one view in the cache; the first view of an article in an hour registers its id."""
    hour = _hour_start(moment or timezone.now())
    seq_key, id_prefix, views_prefix = _keys(hour)
    views_key = f"{views_prefix}{article_id}"
    if cache.add(views_key, 1, COUNTER_TIMEOUT):
        # Registering through an atomic sequence, not a shared list, so concurrent first views of
        # different articles never overwrite each other.
        cache.add(seq_key, 0, COUNTER_TIMEOUT)
        number = cache.incr(seq_key)
        cache.set(f"{id_prefix}{number}", article_id, COUNTER_TIMEOUT)
    else:
        try:
            cache.incr(views_key)
        except ValueError:  # expired between add() and incr()
            cache.add(views_key, 1, COUNTER_TIMEOUT)


def counted_views(hour):
    """{article_id: views} counted in the cache for the hour starting at `hour`."""
    seq_key, id_prefix, views_prefix = _keys(hour)
    registered = cache.get(seq_key) or 0
    ids = set(cache.get_many([f"{id_prefix}{n}" for n in range(1, registered + 1)]).values())
    views = cache.get_many([f"{views_prefix}{pk}" for pk in ids])
    return {pk: views[f"{views_prefix}{pk}"] for pk in ids if f"{views_prefix}{pk}" in views}


def recent_hours(count, now=None):
    latest = _hour_start(now or timezone.now())
    return [latest - timedelta(hours=n) for n in range(count)]


class ArticleViewCount(models.Model):
    """Views of one article during one hour (UTC-aligned), copied from the cache in batches."""

    article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="view_counts",
    )
    hour = models.DateTimeField(_("hour"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("article view count")
        verbose_name_plural = _("article view counts")
        constraints = [
            models.UniqueConstraint(fields=["article", "hour"], name="unique_article_view_hour")
        ]
        indexes = [models.Index(fields=["hour", "article"], name="article_view_hour_idx")]

    def __str__(self):
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H}:00 = {self.views}"


def flush_counts(hours=48, now=None):
    """Copy the cache counters of the last `hours` hours into ArticleViewCount; returns rows written.

    Counters of articles that are gone or no longer published are dropped. Safe to run any
    number of times.
    """
    from .articles import Article

    written = 0
    for hour in recent_hours(hours, now):
        counts = counted_views(hour)
        if not counts:
            continue
        existing = Article.objects.published().filter(pk__in=counts).values_list("pk", flat=True)
        rows = [ArticleViewCount(article_id=pk, hour=hour, views=counts[pk]) for pk in existing]
        ArticleViewCount.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["article", "hour"],
            update_fields=["views"],
        )
        written += len(rows)
    if written:
        pagecache.forget(MOST_READ_FRAGMENT)
    return written


def most_read():
    """The most-read lists of the last 24 hours and 7 days: one query each, then shared."""
    from .articles import Article

    def load():
        now = timezone.now()
        articles = (
            Article.objects.published()
            .select_related("section")
            .only("pk", "slug", "title", "published_at", "section__slug")
        )
        return {
            "most_read_day": list(articles.most_read(now - timedelta(hours=24))[:MOST_READ_COUNT]),
            "most_read_week": list(articles.most_read(now - timedelta(days=7))[:MOST_READ_COUNT]),
        }

    return pagecache.fragment(MOST_READ_FRAGMENT, load, timeout=MOST_READ_CACHE_SECONDS)
