from django.contrib.sitemaps import Sitemap
from django.db.models import OuterRef

from articles.sitemaps import ListedOnce, latest_published_at

from .models import Author


class AuthorSitemap(ListedOnce, Sitemap):
    changefreq = "daily"

    def load_items(self):
        """Authors with at least one published article: the others' pages are empty."""
        return (
            Author.objects.annotate(
                latest_published_at=latest_published_at(bylines__author=OuterRef("pk"))
            )
            .filter(latest_published_at__isnull=False)
            .order_by("pk")
        )

    def lastmod(self, author):
        return author.latest_published_at
