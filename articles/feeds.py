"""RSS 2.0 feeds for aggregators (Google News, Báo Mới): the whole site, a section, a tag, an
event."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

import pagecache

from .body_images import syndicated_bodies
from .models import Article, Event, Section, SiteSettings, Tag


class FullTextFeed(Rss201rev2Feed):
    """RSS 2.0 with each article's whole body in content:encoded, as aggregators (Báo Mới,
    Google News) read it; the description stays the lead."""

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content:encoded", item["body"])


@dataclass
class Channel:
    """What one feed is about: the paper, and the section, tag or author if any."""

    site: SiteSettings
    request: object
    subject: object = None


class ArticleFeed(Feed):
    """The newest published articles of a channel; subclasses say which subject and articles."""

    language = "vi"
    feed_type = FullTextFeed

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
        base_url = channel.request.build_absolute_uri("/")[:-1]
        bodies = syndicated_bodies([article.body for article in articles], base_url)
        for article, body in zip(articles, bodies, strict=True):
            article.feed_body = body
            if article.featured_image:
                # The photo social cards use, not the full-size upload; the syndication
                # framework does not make enclosure URLs absolute.
                article.feed_image = article.featured_image.share_rendition()
                article.feed_image_url = channel.request.build_absolute_uri(article.feed_image.url)
        return articles

    def item_extra_kwargs(self, article):
        return {"body": article.feed_body}

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
        if article.featured_image is None:
            return []
        rendition = article.feed_image
        try:
            length = article.featured_image.file.storage.size(rendition.path)
        except OSError:  # a missing file must not take the whole feed down
            return []
        return [Enclosure(article.feed_image_url, str(length), rendition.content_type)]


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
