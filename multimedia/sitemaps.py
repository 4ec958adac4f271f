"""Sitemaps of published videos, galleries and print issues, listed in the site's index.

The videos' entries carry Google's video extension (https://developers.google.com/search/docs/
crawling-indexing/sitemaps/video-sitemaps): thumbnail, title, description, player or file,
duration and publication date.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap

from articles.models import SiteSettings
from articles.sitemaps import ListedOnce, absolute
from articles.structured_data import share_rendition

from .models import Gallery, PrintIssue, Video

# Google's limits for a video entry.
DESCRIPTION_MAX_CHARS = 2048
MAX_DURATION_SECONDS = 28800


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

    def load_items(self):
        return (
            self.model.objects.published().select_related("poster").order_by("published_at", "pk")
        )

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page, site, protocol)
        origin = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        site_settings = SiteSettings.shared()
        for url in urls:
            url["video"] = video_entry(url["item"], origin, site_settings)
        return urls


def video_entry(video, origin, site):
    thumbnail, _alt = share_rendition(video.poster, site)
    entry = {
        "thumbnail_loc": absolute(origin, thumbnail.url),
        "title": video.title,
        "description": (video.caption or video.title)[:DESCRIPTION_MAX_CHARS],
        "publication_date": video.published_at,
    }
    if video.embed:
        entry["player_loc"] = video.embed[1]
    else:
        entry["content_loc"] = absolute(origin, video.file.url)
    if video.duration:
        seconds = int(video.duration.total_seconds())
        entry["duration"] = min(max(seconds, 1), MAX_DURATION_SECONDS)
    return entry


class GallerySitemap(PublishedSitemap):
    model = Gallery
    fields = ["pk", "slug", "published_at"]


class PrintIssueSitemap(PublishedSitemap):
    model = PrintIssue
    fields = ["pk", "number", "published_at"]
