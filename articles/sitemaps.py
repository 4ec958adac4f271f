"""Sitemaps of published content: articles by month, sections, and Google News (two days)."""

from datetime import MAXYEAR, MINYEAR, datetime, timedelta

from django.apps import apps
from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Count, Max, OuterRef, Subquery
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils import timezone

import pagecache

from .models import Article, Event, Section, SiteSettings

NEWS_WINDOW = timedelta(days=2)
NEWS_LIMIT = 1000  # Google News reads at most 1,000 URLs per news sitemap.
MONTHS_CACHE_SECONDS = 600


def latest_published_at(**relation):
    """Correlated subquery: when the newest published article related to the outer row came out."""
    articles = Article.objects.published().filter(**relation).order_by("-published_at")
    return Subquery(articles.values("published_at")[:1])


def absolute(origin, url):
    """url as crawlers need it: site-relative addresses (media, static) joined to the origin."""
    return origin + url if url.startswith("/") else url


class ListedOnce:
    """For short sitemaps: the index asks for items twice (latest lastmod, page count); load once.

    Sitemaps are built per request (newsroom/sitemaps.py), so nothing outlives the response.
    """

    def items(self):
        if not hasattr(self, "_loaded_items"):
            self._loaded_items = list(self.load_items())
        return self._loaded_items


class ArticleMonthSitemap(Sitemap):
    """Published articles of one month (Vietnam time); its lastmod and size known from the index."""

    def __init__(self, month_start, latest_modified, count):
        # Pages of a few thousand URLs stay quick to build; the index lists each page (?p=2…).
        self.limit = settings.SITEMAP_ITEMS_PER_PAGE
        self.month_start = month_start
        self.latest_modified = latest_modified
        self.count = count

    def items(self):
        """Plain rows: a busy month lists thousands of articles, and making an Article of each
        costs more than the rest of the page."""
        next_month = (self.month_start + timedelta(days=32)).replace(day=1)
        return (
            Article.objects.published()
            .filter(published_at__gte=self.month_start, published_at__lt=next_month)
            .order_by("published_at", "pk")
            .values(
                "pk",
                "slug",
                "published_at",
                "updated_at",
                "section__slug",
                "featured_image__file",
                "featured_image__renditions",
            )
        )

    def get_urls(self, page=1, site=None, protocol=None):
        """Each article's photo as an image extension entry (image:image), for image search."""
        urls = super().get_urls(page, site, protocol)
        origin = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        Image = apps.get_model("multimedia", "Image")
        for url in urls:
            row = url["item"]
            if row["featured_image__file"]:
                photo = Image(
                    file=row["featured_image__file"], renditions=row["featured_image__renditions"]
                )
                url["image"] = absolute(origin, photo.share_rendition().url)
        return urls

    def location(self, row):
        return reverse(
            "articles:detail",
            kwargs={"section": row["section__slug"], "slug": row["slug"], "pk": row["pk"]},
        )

    def lastmod(self, row):
        return Article.modified_time(row["published_at"], row["updated_at"])

    def get_latest_lastmod(self):
        return self.latest_modified

    @property
    def paginator(self):
        # The index already counted the month in its single aggregate query, and asks every
        # month (hundreds in a large archive) only for its number of pages: the month's query is
        # built when a page is read, not for each month the index lists.
        paginator = Paginator(MonthPages(self), self.limit)
        paginator.count = self.count
        return paginator

    @classmethod
    def by_month(cls, month_start=None):
        """{"articles-2025-11": sitemap, …}: one query for every month with published articles.

        With month_start (local midnight of a 1st), only that month: its own sitemap needs no
        other, and a range on the published index is cheap where every month is a full scan.
        """
        articles = Article.objects.published()
        if month_start is not None:
            next_month = (month_start + timedelta(days=32)).replace(day=1)
            articles = articles.filter(published_at__gte=month_start, published_at__lt=next_month)
        months = (
            articles.annotate(month=TruncMonth("published_at"))
            .values("month")
            .annotate(latest_updated=Max("updated_at"), latest_published=Max("published_at"))
            .annotate(count=Count("pk"))
            .order_by("-month")
        )
        if month_start is not None:
            rows = list(months)
        else:
            # Every month is a scan of the whole archive (~0.5 s at 300,000 articles): shared,
            # and purged by any change to an article.
            def load():
                pagecache.depends_on("article-any")
                return list(months)

            rows = pagecache.fragment("sitemap-months", load, timeout=MONTHS_CACHE_SECONDS)
        return {
            f"articles-{row['month']:%Y-%m}": cls(
                row["month"], max(row["latest_updated"], row["latest_published"]), row["count"]
            )
            for row in rows
        }

    @classmethod
    def for_key(cls, key):
        """{key: sitemap} for a key such as "articles-2025-11", or {} when it names no month."""
        try:
            month = datetime.strptime(key, "articles-%Y-%m")
        except ValueError:
            return {}
        # The calendar's first and last months have no month before or after them to bound a
        # query (nor does PostgreSQL take them with the time zone's offset): nothing ran then.
        if not MINYEAR < month.year < MAXYEAR:
            return {}
        return cls.by_month(timezone.make_aware(month))


class MonthPages:
    """The articles of a month sitemap, sliced by the paginator when it reads a page."""

    def __init__(self, sitemap):
        self.sitemap = sitemap

    def __getitem__(self, index):
        return self.sitemap.items()[index]


class SectionSitemap(ListedOnce, Sitemap):
    changefreq = "hourly"

    def load_items(self):
        return Section.objects.annotate(
            latest_published_at=latest_published_at(section=OuterRef("pk"))
        ).order_by("position", "pk")

    def lastmod(self, section):
        return section.latest_published_at


class EventSitemap(ListedOnce, Sitemap):
    changefreq = "hourly"

    def load_items(self):
        """Events with a published article: the others' pages are an empty timeline."""
        # in_event() walks the links' (event, -published_at) index: one row per event.
        latest = Article.objects.published().in_event(OuterRef("pk")).newest_first()
        return (
            Event.objects.annotate(latest_published_at=Subquery(latest.values("published_at")[:1]))
            .filter(latest_published_at__isnull=False)
            .order_by("pk")
        )

    def lastmod(self, event):
        return max(event.latest_published_at, event.updated_at)


class NewsSitemap(ListedOnce, Sitemap):
    """Articles of the last two days, in the Google News format (templates/sitemaps/news.xml)."""

    limit = NEWS_LIMIT

    def load_items(self):
        publication_name = SiteSettings.shared().name
        articles = list(
            Article.objects.published()
            .filter(published_at__gte=timezone.now() - NEWS_WINDOW)
            .select_related("section")
            # Up to 1,000 rows: not their bodies and search documents, which the entries lack.
            .only("pk", "slug", "title", "published_at", "updated_at", "section__slug")
            .newest_first()[:NEWS_LIMIT]
        )
        for article in articles:
            article.publication_name = publication_name
        return articles

    def lastmod(self, article):
        return article.modified_at
