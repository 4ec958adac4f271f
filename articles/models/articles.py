from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db import models
from django.db.models import Case, Count, F, OuterRef, Prefetch, Q, Subquery, Sum, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager

from newsroom.text import unique_slug

from ..body_images import body_image_ids, render_body
from ..sanitize import BODY_EXTENSIONS, sanitize_body
from ..search import article_document, search_query
from .comment_modes import CommentMode
from .tags import TaggedArticle
from .workflow import WORKFLOW_PERMISSIONS, ArticleWorkflowMixin, WorkflowQuerySetMixin


class ArticleQuerySet(WorkflowQuerySetMixin, models.QuerySet):
    def published(self):
        """The one definition of what readers may see: published, and its time has come."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def drafts(self):
        return self.filter(status=Article.Status.DRAFT)

    def in_review(self):
        return self.filter(status=Article.Status.IN_REVIEW)

    def unpublished(self):
        return self.filter(status=Article.Status.UNPUBLISHED)

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
        """What a list of article cards shows: section, featured image and bylines.

        Cards never show the body or use the search document, the two large (TOASTed) columns.
        """
        return (
            self.select_related("section", "featured_image")
            .defer("body", "search_document")
            .with_bylines()
            .with_comment_counts()
        )

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

    def search(self, query):
        """Articles matching the reader's words, diacritics or not, best match first.

        Only the newest SEARCH_RANKED_MATCHES matches (and one more, so a list can tell there are
        more) are ranked: a common word matches much of a million-article archive, ranking every
        match takes seconds, and news readers look for the recent ones. Filter before searching.
        """
        tsquery = search_query(query)
        newest = (
            self.filter(search_document=tsquery)
            .order_by("-published_at", "-pk")
            .values("pk")[: settings.SEARCH_RANKED_MATCHES + 1]
        )
        return (
            self.filter(pk__in=Subquery(newest))
            .annotate(rank=SearchRank(F("search_document"), tsquery))
            .order_by("-rank", "-published_at", "-pk")
        )

    def related_to(self, article, candidates=200):
        """Articles sharing the most tags with article, then from its section, newest first.

        One statement: the candidates are the newest articles sharing a tag plus the newest of
        the section (bounded, so a tag on 100,000 stories costs no more than one on ten), and a
        correlated count of shared tags orders them.
        """
        tag_ids = TaggedArticle.objects.filter(content_object=article).values("tag_id")
        newest = self.exclude(pk=article.pk).order_by("-published_at").values("pk")
        shared_tags = (
            TaggedArticle.objects.filter(content_object=OuterRef("pk"), tag__in=tag_ids)
            .values("content_object")
            .annotate(count=Count("*"))
            .values("count")
        )
        # A UNION, not "pk IN (…) OR pk IN (…)": PostgreSQL answers an OR of two IN subqueries
        # with a scan of the whole articles table.
        candidate_ids = newest.filter(tags__in=tag_ids)[:candidates].union(
            newest.filter(section=article.section_id)[:candidates]
        )
        return (
            self.filter(pk__in=candidate_ids)
            .annotate(
                shared_tags=Coalesce(Subquery(shared_tags), 0),
                same_section=Case(When(section=article.section_id, then=1), default=0),
            )
            .order_by("-shared_tags", "-same_section", "-published_at", "-pk")
        )

    def with_photos_in_body(self, image_ids):
        """Articles whose body shows any of these library photos (GIN index on body_image_ids)."""
        return self.filter(body_image_ids__overlap=list(image_ids))

    def using_photo(self, image):
        """Articles showing the photo, in their body or as the featured image."""
        return self.filter(Q(body_image_ids__contains=[image.pk]) | Q(featured_image=image))

    def most_read(self, since):
        """The most viewed articles since a time, from the flushed view counts."""
        return (
            self.filter(view_counts__hour__gte=since)
            .annotate(recent_views=Sum("view_counts__views"))
            .order_by("-recent_views", "-published_at")
        )


class Article(ArticleWorkflowMixin, models.Model):
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
    body = ProseEditorField(
        _("body"),
        blank=True,
        extensions=BODY_EXTENSIONS,
        sanitize=sanitize_body,
        help_text=_(
            "Photos come from the media library: a new caption or credit there shows in every "
            "article that uses the photo, unless the article gives its own caption."
        ),
    )
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
    tags = TaggableManager(
        verbose_name=_("tags"),
        through=TaggedArticle,
        blank=True,
        # taggit's own help text has no Vietnamese translation.
        help_text=_("Separate tags with commas; existing tags are suggested as you type."),
    )
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
    search_document = SearchVectorField(null=True, editable=False)
    # The library photos the body shows, kept by save(): "where is this photo used?" is an
    # indexed lookup instead of a scan of every body.
    body_image_ids = ArrayField(models.BigIntegerField(), default=list, blank=True, editable=False)
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
        permissions = WORKFLOW_PERMISSIONS
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
            GinIndex(fields=["search_document"], name="article_search_document_idx"),
            GinIndex(fields=["body_image_ids"], name="article_body_image_ids_idx"),
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
        self.body_image_ids = sorted(set(body_image_ids(self.body)))
        self.search_document = self.search_vector()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse(
            "articles:detail",
            kwargs={"section": self.section.slug, "slug": self.slug, "pk": self.pk},
        )

    @property
    def modified_at(self):
        """When readers last saw a change: the one date behind dateModified, lastmod and RSS."""
        if self.published_at and self.published_at > self.updated_at:
            return self.published_at
        return self.updated_at

    def search_vector(self):
        tag_names = list(self.tags.names()) if self.pk else []
        return article_document(self.title, self.kicker, self.lead, self.body, tag_names)

    def update_search_document(self):
        """Rewrite the stored document alone (after tag changes); touches no other column."""
        Article.objects.filter(pk=self.pk).update(search_document=self.search_vector())

    def render_body(self):
        """The body as readers see it, photos resolved from the media library in one query."""
        return render_body(self.body)

    def sign_by_default(self, user):
        """A new article with no byline is signed by its writer, when they have an author page."""
        author = getattr(user, "author", None)
        if author is not None and not self.byline_text and not self.bylines.exists():
            ArticleAuthor.objects.create(article=self, author=author, position=0)

    def byline_names(self):
        """Who signs the article, as feeds and the API print it: authors in order, then the text."""
        names = [byline.author.name for byline in self.bylines.all()]
        if self.byline_text:
            names.append(self.byline_text)
        return names

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
