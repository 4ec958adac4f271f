"""RSS 2.0 feeds for aggregators (Google News, Báo Mới): the whole site, a section, a tag, an
event."""

import mimetypes
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Enclosure
from django.utils.html import escape
from django.utils.translation import gettext as _

import pagecache

from .models import Article, Event, Section, SiteSettings, Tag


@dataclass
class Channel:
    """What one feed is about: the paper, and the section, tag or author if any."""

    site: SiteSettings
    request: object
    subject: object = None


class ArticleFeed(Feed):
    """The newest published articles of a channel; subclasses say which subject and articles."""

    language = "vi"

    def get_subject(self, **kwargs):
        return None

    def get_articles(self, subject):
        return Article.objects.published()

    def get_object(self, request, **kwargs):
        return Channel(
            site=SiteSettings.shared(), request=request, subject=self.get_subject(**kwargs)
        )

    def title(self, channel):
        if channel.subject is None:
            return channel.site.name
        return f"{channel.subject.name} - {channel.site.name}"

    def link(self, channel):
        if channel.subject is None:
            return reverse("articles:home")
        return channel.subject.get_absolute_url()

    def description(self, channel):
        if channel.subject is None:
            return channel.site.tagline or _("News from %(name)s") % {"name": channel.site.name}
        return _("%(subject)s: latest news from %(name)s") % {
            "subject": channel.subject.name,
            "name": channel.site.name,
        }

    def items(self, channel):
        pagecache.listing(Article, *filter(None, [channel.subject]))
        articles = list(
            self.get_articles(channel.subject)
            .newest_first()
            .select_related("section", "featured_image")
            .with_bylines()
            .prefetch_related("tags")[: settings.FEED_ITEMS]
        )
        for article in articles:
            # Enclosure URLs are not made absolute by the syndication framework.
            if article.featured_image:
                article.feed_image_url = channel.request.build_absolute_uri(
                    article.featured_image.file.url
                )
        return articles

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        # RSS readers take the description as HTML; the lead is plain text.
        return escape(article.lead)

    def item_pubdate(self, article):
        return timezone.localtime(article.published_at)

    def item_updateddate(self, article):
        return timezone.localtime(article.modified_at)

    def item_author_name(self, article):
        return ", ".join(article.byline_names()) or None

    def item_categories(self, article):
        return [article.section.name, *(tag.name for tag in article.tags.all())]

    def item_enclosures(self, article):
        image = article.featured_image
        if image is None:
            return []
        try:
            length = image.file.size
        except OSError:  # a missing file must not take the whole feed down
            return []
        mime_type = mimetypes.guess_type(image.file.name)[0] or "image/jpeg"
        return [Enclosure(article.feed_image_url, str(length), mime_type)]


class SiteFeed(ArticleFeed):
    pass


class SectionFeed(ArticleFeed):
    def get_subject(self, slug):
        return get_object_or_404(Section, slug=slug)

    def get_articles(self, section):
        return Article.objects.published().in_section(section)


class TagFeed(ArticleFeed):
    def get_subject(self, slug):
        return get_object_or_404(Tag.objects.in_use(), slug=slug)

    def get_articles(self, tag):
        return Article.objects.published().tagged(tag)


class EventFeed(ArticleFeed):
    def get_subject(self, slug):
        return get_object_or_404(Event, slug=slug)

    def get_articles(self, event):
        return Article.objects.published().in_event(event)
