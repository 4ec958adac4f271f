from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ArticleSlugHistory(models.Model):
    """An address a published article had before an editor changed its slug or section.

    Article URLs carry the id, so the reading view already answers an old address with a 301;
    this record keeps the old addresses known (for the desk, and for links without an id).
    """

    article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="slug_history",
    )
    section_slug = models.SlugField(_("section slug"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=250)
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("former address")
        verbose_name_plural = _("former addresses")
        ordering = ["-changed_at"]
        indexes = [models.Index(fields=["slug"], name="article_slug_history_slug_idx")]

    def __str__(self):
        return reverse(
            "articles:detail",
            kwargs={"section": self.section_slug, "slug": self.slug, "pk": self.article_id},
        )

    def get_absolute_url(self):
        return self.article.get_absolute_url()

    @classmethod
    def remember(cls, article):
        """Before saving an edit: keep the stored address if the edit changes a live one."""
        stored = (
            type(article)
            .objects.published()
            .filter(pk=article.pk)
            .values_list("slug", "section_id", "section__slug")
            .first()
        )
        if stored and (stored[0], stored[1]) != (article.slug, article.section_id):
            cls.objects.create(article=article, slug=stored[0], section_slug=stored[2])
