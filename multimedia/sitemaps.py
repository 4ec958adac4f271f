"""Sitemaps of published videos, galleries and print issues, listed in the site's index."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap

from articles.sitemaps import ListedOnce

from .models import Gallery, PrintIssue, Video


class PublishedSitemap(ListedOnce, Sitemap):
    """Published rows of `model`; lastmod is when they came out: they keep no edit time."""

    model = None
    fields = ["pk", "published_at"]

    def __init__(self):
        self.limit = settings.SITEMAP_ITEMS_PER_PAGE

    def load_items(self):
        return self.model.objects.published().only(*self.fields).order_by("published_at", "pk")

    def lastmod(self, item):
        return item.published_at


class VideoSitemap(PublishedSitemap):
    model = Video
    fields = ["pk", "slug", "published_at"]


class GallerySitemap(PublishedSitemap):
    model = Gallery
    fields = ["pk", "slug", "published_at"]


class PrintIssueSitemap(PublishedSitemap):
    model = PrintIssue
    fields = ["pk", "number", "published_at"]
