from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.models import NaturalKeyManager, TagBase, TaggedItemBase

from newsroom.text import slugify_vi

from .listing import ListedRow


class TagQuerySet(models.QuerySet):
    def in_use(self):
        """Tags a published article carries: only those have a public page and feed.

        A tag on drafts alone would reveal a story before it runs.
        """
        from .articles import Article

        # tagged() reads the tag rows' copy of the publication time: the first published article
        # of a tag on a quarter of the archive is one index entry away, not a scan of its rows.
        return self.filter(models.Exists(Article.objects.published().tagged(models.OuterRef("pk"))))


class Tag(TagBase):
    """A topic (chủ đề) readers can follow across sections."""

    objects = NaturalKeyManager.from_queryset(TagQuerySet)()

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]

    def slugify(self, tag, i=None):
        slug = slugify_vi(tag)[:100]
        return f"{slug}-{i}" if i is not None else slug

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})


class TaggedArticle(ListedRow, TaggedItemBase):
    """An article's tag; published_at copies the article's time for the tag page (listing.py)."""

    content_object = models.ForeignKey("articles.Article", on_delete=models.CASCADE)
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="tagged_articles")

    article_field = "content_object"

    class Meta:
        verbose_name = _("tagged article")
        verbose_name_plural = _("tagged articles")
        indexes = [
            models.Index(
                fields=["tag", "-published_at", "-content_object"],
                condition=models.Q(published_at__isnull=False),
                name="tagged_published_idx",
            )
        ]
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_article_tag")
        ]
