from django.contrib.sitemaps import Sitemap
from django.db.models import OuterRef, Subquery

from articles.models import Article
from articles.sitemaps import ListedOnce

from .models import Author


class AuthorSitemap(ListedOnce, Sitemap):
    changefreq = "daily"

    def load_items(self):
        """Authors with at least one published article: the others' pages are empty."""
        # by_author() walks the bylines' (author, -published_at) index: one row per author.
        latest = Article.objects.published().by_author(OuterRef("pk")).newest_first()
        return (
            Author.objects.annotate(latest_published_at=Subquery(latest.values("published_at")[:1]))
            .filter(latest_published_at__isnull=False)
            .order_by("pk")
        )

    def lastmod(self, author):
        return author.latest_published_at
