"""Tag, author and event pages list articles from the through tables: keep their copy of the time right.

TaggedArticle and ArticleAuthor carry `published_at` while their article is published (NULL
otherwise), so a tag or author page walks one index, (tag, -published_at), and stops after a page
instead of fetching and sorting every article of a busy tag (ArticleQuerySet.tagged() and
by_author(); published() still decides what readers see). Article.save() writes no other table;
the receivers below and ListedRowQuerySet.bulk_create() keep the copy on every path that changes
it: the article's status or time (workflow methods, admin, scripts), new tag and byline rows
(admin inlines, taggit, revision restores), and article.authors.add().
"""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

COPIED_FIELDS = {"status", "published_at"}


def listed_at(article):
    """The time the through rows carry: the article's, while it is published."""
    return article.published_at if article.status == article.Status.PUBLISHED else None


class ListedRowQuerySet(models.QuerySet):
    def bulk_create(self, objs, *args, **kwargs):
        """bulk_create sends no pre_save: copy the time here, from each row's article."""
        objs = list(objs)
        for row in objs:
            row.copy_listing_time()
        return super().bulk_create(objs, *args, **kwargs)


class ListedRow(models.Model):
    """A through-table row that lists an article on a page (a tag's, an author's)."""

    published_at = models.DateTimeField(_("published at"), null=True, editable=False)

    objects = ListedRowQuerySet.as_manager()

    class Meta:
        abstract = True

    def copy_listing_time(self):
        self.published_at = listed_at(getattr(self, self.article_field))


@receiver(post_save, sender="articles.Article")
def copy_time_to_tags_and_bylines(sender, instance, created, update_fields, raw, **kwargs):
    if created or raw or (update_fields is not None and not COPIED_FIELDS & set(update_fields)):
        return  # a new article has no rows yet; fixtures bring their own
    at = listed_at(instance)
    instance.taggedarticle_set.update(published_at=at)
    instance.bylines.update(published_at=at)
    instance.event_links.update(published_at=at)


@receiver(pre_save, sender="articles.TaggedArticle")
@receiver(pre_save, sender="articles.ArticleAuthor")
@receiver(pre_save, sender="articles.EventArticle")
def copy_time_to_new_row(sender, instance, raw, **kwargs):
    if not raw:
        instance.copy_listing_time()


@receiver(m2m_changed, sender="articles.ArticleAuthor")
def copy_time_to_added_authors(sender, instance, action, reverse, pk_set, **kwargs):
    """article.authors.add() and author.articles.add() bulk-create rows without our queryset."""
    from .articles import Article  # articles.py builds on this module

    if action != "post_add":
        return
    if reverse:  # author.articles.add(article, …)
        rows = sender.objects.filter(author=instance, article__in=pk_set)
    else:
        rows = sender.objects.filter(article=instance, author__in=pk_set)
    published = Article.objects.filter(pk=OuterRef("article"), status=Article.Status.PUBLISHED)
    rows.update(published_at=Subquery(published.values("published_at")))
