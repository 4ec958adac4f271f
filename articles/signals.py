"""Keep derived data in step with changes made outside Article.save(), and purge cached pages.

Taggit writes an article's tags after the article row is saved (the admin's save_related, a
script's article.tags.set()), so save() cannot see them; listening to the tag relation catches
every path, not only the admin's.

Page cache tags of an article (pagecache): "article-N" for its own page, "card-N" wherever it
shows (its page, lists, most read, related stories, feeds). A change to the body purges only
the first; a change to what a card shows purges both; a change to where it is listed (status,
time, section, tags, bylines, events) purges the lists too.
"""

from django.db.models.signals import m2m_changed, post_delete, post_init, post_save
from django.dispatch import receiver

import pagecache
from comments.models import Comment
from comments.signals import comments_changed

from .models import (
    Article,
    ArticleAuthor,
    Correction,
    Event,
    EventArticle,
    LiveUpdate,
    Placement,
    Section,
    SiteSettings,
    Tag,
    TaggedArticle,
    Zone,
)
from .models.zones import page_tag

CARD_FIELDS = (
    "title",
    "slug",
    "kicker",
    "lead",
    "section_id",
    "featured_image_id",
    "featured_image_caption",
    "byline_text",
    "material_update_at",
    "presentation",
    "live_started_at",  # the "live" badge
    "live_ended_at",
)
LISTING_FIELDS = ("status", "published_at", "section_id", "presentation")
TRACKED_FIELDS = (*CARD_FIELDS, *LISTING_FIELDS)


def article_tags(article):
    """A card defers the body; a loaded body is the article's own page (or its feed item).

    Deferred fields are absent from the instance's __dict__ (cheaper than get_deferred_fields()
    for the thousands of rows a sitemap loads).
    """
    if "body" not in article.__dict__:
        return (f"card-{article.pk}",)
    return (f"article-{article.pk}", f"card-{article.pk}")


def everywhere(article_id):
    """The tags of an article's own page and of its cards."""
    return (f"article-{article_id}", f"card-{article_id}")


def lists_of(article, section_id=None, presentation=None):
    """The list tags an article is a member of (or was, in section_id or as presentation)."""
    tags = {
        pagecache.list_tag("article"),
        f"list-section-{article.section_id}",
        f"list-section-{section_id or article.section_id}",
        *presentation_lists(article.presentation, presentation),
    }
    tags.update(f"list-tag-{pk}" for pk in article.tags.values_list("pk", flat=True))
    tags.update(f"list-author-{pk}" for pk in article.bylines.values_list("author_id", flat=True))
    tags.update(f"list-event-{pk}" for pk in article.event_links.values_list("event_id", flat=True))
    return tags


def presentation_lists(*presentations):
    """The E-magazine and infographic lists (list-emagazine, list-infographic) of presentations."""
    return {
        pagecache.list_tag(name)
        for name in presentations
        if name and name != Article.Presentation.STANDARD
    }


pagecache.track(Article, tags=article_tags, purge_on_change=False)
pagecache.track(Section)
pagecache.track(Tag)
pagecache.track(SiteSettings)
pagecache.track(Correction, tags=lambda correction: (f"article-{correction.article_id}",))
pagecache.track(Event)  # its page, the hot topics strip (list-event), the boxes on its articles


@receiver(post_init, sender=Article)
def remember_loaded_state(sender, instance, **kwargs):
    """What the row held when loaded, so a save can tell what changed (no extra query).

    Deferred fields are not in __dict__: a save then counts them as changed.
    """
    loaded = instance.__dict__
    instance._loaded = {name: loaded[name] for name in TRACKED_FIELDS if name in loaded}


@receiver(m2m_changed, sender=TaggedArticle)
def refresh_search_document_on_tag_change(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(instance, Article):
        instance.update_search_document()


@receiver(post_save, sender=Article)
def purge_saved_article(sender, instance, created, **kwargs):
    loaded = {} if created else instance._loaded
    changed = {
        name
        for name in TRACKED_FIELDS
        if name not in loaded or loaded[name] != getattr(instance, name)
    }
    tags = {f"article-{instance.pk}"}
    if changed:  # what its cards show, or whether and where they show
        tags.add(f"card-{instance.pk}")
    published = Article.Status.PUBLISHED
    if changed & set(LISTING_FIELDS) and published in (instance.status, loaded.get("status")):
        tags |= lists_of(
            instance,
            section_id=loaded.get("section_id"),
            presentation=loaded.get("presentation"),
        )
    pagecache.purge(*tags)
    instance._loaded = {name: getattr(instance, name) for name in TRACKED_FIELDS}


@receiver(post_delete, sender=Article)
def purge_deleted_article(sender, instance, **kwargs):
    pagecache.purge(
        *everywhere(instance.pk),
        pagecache.list_tag("article"),
        f"list-section-{instance.section_id}",
        *presentation_lists(instance.presentation),
    )


@receiver(post_save, sender=TaggedArticle)
@receiver(post_delete, sender=TaggedArticle)
def purge_tagging(sender, instance, **kwargs):
    pagecache.purge(*everywhere(instance.content_object_id), f"list-tag-{instance.tag_id}")


@receiver(m2m_changed, sender=TaggedArticle)
def purge_tag_lists(sender, instance, action, pk_set, **kwargs):
    if action not in {"pre_clear", "post_add", "post_remove"}:
        return
    if isinstance(instance, Article):
        tag_ids = pk_set or instance.tags.values_list("pk", flat=True)
        pagecache.purge(*everywhere(instance.pk), *(f"list-tag-{pk}" for pk in tag_ids))
    else:
        pagecache.purge(f"list-tag-{instance.pk}", *(f"card-{pk}" for pk in pk_set or ()))


@receiver(post_save, sender=ArticleAuthor)
@receiver(post_delete, sender=ArticleAuthor)
def purge_byline(sender, instance, **kwargs):
    pagecache.purge(*everywhere(instance.article_id), f"list-author-{instance.author_id}")


@receiver(post_save, sender=LiveUpdate)
@receiver(post_delete, sender=LiveUpdate)
def refresh_live_article(sender, instance, **kwargs):
    """A live update shows on the article's page and in its update feed, and moves its modified
    time, which its cards carry to the sitemaps and feeds."""
    article = Article.objects.filter(pk=instance.article_id).first()
    if article is not None:
        article.refresh_after_live_update()
    pagecache.purge(*everywhere(instance.article_id))


@receiver(post_delete, sender=Comment)
def purge_deleted_comment(sender, instance, **kwargs):
    """A comment deleted by the desk (a takedown) leaves the page at once, visible or not."""
    pagecache.purge(*everywhere(instance.article_id))


def purge_linked(kind, linked_ids, instance, action, reverse, pk_set):
    """article.authors/events .add(), .remove(), .clear() (and author.articles.add(), …) write
    through rows without post_save: purge the articles' pages and the lists of `kind`."""
    if action not in {"post_add", "post_remove", "pre_clear"}:
        return
    if reverse:
        pagecache.purge(
            f"list-{kind}-{instance.pk}", *(t for pk in pk_set or () for t in everywhere(pk))
        )
    else:
        ids = pk_set or linked_ids(instance)
        pagecache.purge(*everywhere(instance.pk), *(f"list-{kind}-{pk}" for pk in ids))


@receiver(m2m_changed, sender=ArticleAuthor)
def purge_added_authors(sender, instance, action, reverse, pk_set, **kwargs):
    def linked_ids(article):
        return article.bylines.values_list("author_id", flat=True)

    purge_linked("author", linked_ids, instance, action, reverse, pk_set)


@receiver(m2m_changed, sender=EventArticle)
def purge_linked_events(sender, instance, action, reverse, pk_set, **kwargs):
    """article.events.set() (restoring a revision) among them."""

    def linked_ids(article):
        return article.event_links.values_list("event_id", flat=True)

    purge_linked("event", linked_ids, instance, action, reverse, pk_set)


@receiver(comments_changed)
def purge_commented_articles(sender, article_ids, **kwargs):
    """Approved comments show on the article's page and their count on its cards."""
    pagecache.purge(*(tag for pk in article_ids for tag in everywhere(pk)))


@receiver(post_save, sender=EventArticle)
@receiver(post_delete, sender=EventArticle)
def purge_event_link(sender, instance, **kwargs):
    """An article joins or leaves an event: the event's pages and the article's own page."""
    pagecache.purge(
        *everywhere(instance.article_id),
        f"list-event-{instance.event_id}",
        pagecache.list_tag("eventarticle"),  # the sitemap of events
    )


@receiver(post_save, sender=Placement)
@receiver(post_delete, sender=Placement)
@receiver(post_save, sender=Zone)
@receiver(post_delete, sender=Zone)
def purge_arranged_page(sender, instance, **kwargs):
    """A placement or a zone's size changes what its page (and the home page's block of that
    section) shows."""
    section_id = instance.zone.section_id if sender is Placement else instance.section_id
    pagecache.purge(page_tag(section_id))
