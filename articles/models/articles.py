from django.conf import settings
from django.db import models
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from newsroom.text import unique_slug

from ..sanitize import sanitize_body
from .comment_modes import CommentMode
from .tags import TaggedArticle


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """The one definition of what readers may see: published, and its time has come."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def drafts(self):
        return self.filter(status=Article.Status.DRAFT)

    def in_review(self):
        return self.filter(status=Article.Status.IN_REVIEW)

    def scheduled(self):
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())

    def in_section(self, section):
        return self.filter(section=section)

    def by_author(self, author):
        return self.filter(bylines__author=author)

    def tagged(self, tag):
        return self.filter(tags=tag)

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def with_bylines(self):
        return self.prefetch_related(
            Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
        )

    def for_listing(self):
        """What a list of article cards shows: section, featured image and bylines."""
        return self.select_related("section", "featured_image").with_bylines().with_comment_counts()

    def with_comment_counts(self):
        """Annotate approved_comment_count: one correlated subquery per row, no extra query."""
        from comments.models import Comment  # comments builds on articles, not the reverse

        approved = (
            Comment.objects.approved()
            .filter(article=OuterRef("pk"))
            .order_by()
            .values("article")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return self.annotate(approved_comment_count=Coalesce(Subquery(approved), 0))

    def related_to(self, article):
        return self.in_section(article.section_id).exclude(pk=article.pk).newest_first()


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        IN_REVIEW = "in_review", _("In review")
        PUBLISHED = "published", _("Published")
        UNPUBLISHED = "unpublished", _("Unpublished")

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(
        _("slug"),
        max_length=250,
        unique=True,
        blank=True,
        help_text=_("Part of the article's address; made from the title when empty."),
    )
    kicker = models.CharField(
        _("kicker"), max_length=120, blank=True, help_text=_("A short line above the title.")
    )
    lead = models.TextField(
        _("lead (sapo)"), blank=True, help_text=_("The bold opening paragraph under the title.")
    )
    body = models.TextField(_("body"), blank=True)
    section = models.ForeignKey(
        "articles.Section",
        verbose_name=_("section"),
        on_delete=models.PROTECT,
        related_name="articles",
    )
    authors = models.ManyToManyField(
        "authors.Author",
        verbose_name=_("authors"),
        through="ArticleAuthor",
        related_name="articles",
        blank=True,
    )
    byline_text = models.CharField(
        _("byline text"),
        max_length=200,
        blank=True,
        help_text=_(
            "Free text for agencies, contributors and pen names without an author page, "
            "e.g. “Theo TTXVN”. Shown after the linked authors, or alone."
        ),
    )
    tags = TaggableManager(verbose_name=_("tags"), through=TaggedArticle, blank=True)
    featured_image = models.ForeignKey(
        "multimedia.Image",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="featured_in",
    )
    featured_image_caption = models.TextField(
        _("featured image caption"),
        blank=True,
        help_text=_("Replaces the photo's own caption for this article only."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        help_text=_(
            "Readers see a published article from this time on; a future time schedules it."
        ),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    comments_mode = models.CharField(
        _("reader comments"),
        max_length=10,
        choices=CommentMode.choices,
        blank=True,
        help_text=_(
            "Empty follows the site setting. Comments close by themselves some days after publication."
        ),
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(
                fields=["-published_at", "-id"],
                condition=Q(status="published"),
                name="article_published_idx",
            ),
            models.Index(
                fields=["section", "-published_at"],
                condition=Q(status="published"),
                name="article_section_published_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="published_article_has_time",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.title)
        self.body = sanitize_body(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse(
            "articles:detail",
            kwargs={"section": self.section.slug, "slug": self.slug, "pk": self.pk},
        )

    def is_published(self):
        """Mirror of ArticleQuerySet.published() for one article."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )


class ArticleAuthor(models.Model):
    """One name in an article's byline; position keeps the order the desk chose."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey(
        "authors.Author", verbose_name=_("author"), on_delete=models.PROTECT, related_name="bylines"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("byline")
        verbose_name_plural = _("bylines")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="unique_article_author")
        ]

    def __str__(self):
        return str(self.author)
