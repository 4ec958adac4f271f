from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager

import pagecache
from newsroom.text import unique_slug

from ..body_images import body_image_ids, render_body
from ..chapters import chapters
from ..sanitize import BODY_EXTENSIONS, sanitize_body
from ..search import article_document
from .comment_modes import CommentMode
from .listing import ListedRow
from .live import LiveCoverageMixin
from .presentation import Presentation, infographic_problems, parse_credits, validate_credits
from .querysets import ArticleQuerySet
from .tags import TaggedArticle
from .workflow import WORKFLOW_PERMISSIONS, ArticleWorkflowMixin

# What search results and shares show before cutting (about 70 and 160 characters).
TITLE_RECOMMENDED = 70
DESCRIPTION_RECOMMENDED = 160
TITLE_LIMIT = 250
DESCRIPTION_LIMIT = 300


class Article(ArticleWorkflowMixin, LiveCoverageMixin, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        IN_REVIEW = "in_review", _("In review")
        PUBLISHED = "published", _("Published")
        UNPUBLISHED = "unpublished", _("Unpublished")

    Presentation = Presentation

    title = models.CharField(_("title"), max_length=TITLE_LIMIT)
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
    events = models.ManyToManyField(
        "articles.Event",
        verbose_name=_("events"),
        through="articles.EventArticle",
        related_name="articles",
        blank=True,
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
    seo_title = models.CharField(
        _("title for search engines"),
        max_length=TITLE_LIMIT,
        blank=True,
        help_text=_(
            "Shown as the page title in Google and on Facebook and Zalo. Empty uses the headline."
        ),
    )
    seo_description = models.CharField(
        _("description for search engines"),
        max_length=DESCRIPTION_LIMIT,
        blank=True,
        help_text=_("Shown under the title in search results and shares. Empty uses the sapo."),
    )
    social_image = models.ForeignKey(
        "multimedia.Image",
        verbose_name=_("photo for shares"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="shared_in",
        help_text=_("The photo Facebook and Zalo show with a link. Empty uses the featured image."),
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

    presentation = models.CharField(
        _("presentation"),
        max_length=20,
        choices=Presentation.choices,
        default=Presentation.STANDARD,
        db_default=Presentation.STANDARD,  # rows written in SQL (bench/) are standard stories too
        help_text=_(
            "E-magazine: a long read with a full-screen cover (the featured image), chapters "
            "(headings) listed at the top and photos across the whole screen. Infographic: the "
            "body is one or more tall pictures whose alt text tells their content."
        ),
    )
    credits = models.TextField(
        _("credits"),
        blank=True,
        default="",
        db_default="",
        validators=[validate_credits],
        help_text=_(
            "Shown at the end of the article, one line per role, e.g. “Nội dung: Minh Khôi” "
            "and “Ảnh: Duy Tiến”."
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
            # The E-magazine and infographic lists walk their few rows, not the archive.
            models.Index(
                fields=["presentation", "-published_at", "-id"],
                condition=Q(status="published") & ~Q(presentation="standard"),
                name="article_presentation_idx",
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
    def page_title(self):
        """The title search engines and shares show."""
        return self.seo_title or self.title

    @property
    def description(self):
        """The description search engines and shares show."""
        return self.seo_description or self.lead

    @property
    def share_image(self):
        """The photo shares show."""
        return self.social_image or self.featured_image

    @property
    def modified_at(self):
        """When readers last saw a change: the one date behind dateModified, lastmod and RSS."""
        return self.modified_time(self.published_at, self.updated_at)

    @staticmethod
    def modified_time(published_at, updated_at):
        """modified_at from the two columns, for rows read without making an Article."""
        if published_at and published_at > updated_at:
            return published_at
        return updated_at

    def search_vector(self):
        tag_names = list(self.tags.names()) if self.pk else []
        live_text = self.live_updates_text() if self.pk and self.has_live_coverage() else ""
        return article_document(self.title, self.kicker, self.lead, self.body, tag_names, live_text)

    def update_search_document(self):
        """Rewrite the stored document alone (after tag changes); touches no other column."""
        Article.objects.filter(pk=self.pk).update(search_document=self.search_vector())

    def render_body(self):
        """The body as readers see it, photos resolved from the media library in one query."""
        layout = Presentation(self.presentation)
        return render_body(
            self.body,
            sizes=layout.figure_sizes,
            zoomable=layout == Presentation.INFOGRAPHIC,
        )

    def chapters(self):
        """[(id, heading)] for the table of contents; render_body() puts the same ids."""
        return chapters(self.body)

    def credit_lines(self):
        return parse_credits(self.credits)

    def presentation_problems(self, body=None):
        """Why the article cannot be shown as its presentation says (body: a submitted one)."""
        if self.presentation != Presentation.INFOGRAPHIC:
            return []
        return infographic_problems(self.body if body is None else body)

    # What a multimedia list card asks of its items (multimedia/media_card.html).
    media_kind = "article"
    media_label = _("(Infographic)")

    @property
    def list_image(self):
        return self.featured_image

    def related_articles(self, tags, count=6):
        """Published articles to read next (ArticleQuerySet.related_to) as cards, given the
        article's tags: a fragment shared between renders (pagecache), since the ranking query
        costs more to build than the rest of the page's queries together.

        The fragment is rebuilt when one of its cards changes or an article joins or leaves the
        section or one of the tags (a scheduled one joins when the fragment expires); other tags
        or another section make another fragment. The page showing it depends on its cards alone:
        a new story in the section does not make every article page in it stale.
        """

        def load():
            pagecache.depends_on(*(pagecache.list_tag(scope) for scope in (self.section, *tags)))
            return list(
                Article.objects.published()
                .related_to(self)
                .select_related("section", "featured_image")
                .defer("body", "search_document")[:count]
            )

        tag_ids = ",".join(str(tag.pk) for tag in tags)
        name = f"related:{self.pk}:{self.section_id}:{tag_ids}:{count}"
        related = pagecache.fragment(name, load, shown=False)
        pagecache.depends_on(*(f"card-{article.pk}" for article in related))
        return related

    def event_timelines(self, count=4):
        """The events the article belongs to, each with its other newest published articles.

        Each event's newest articles are a fragment shared by every article of the event.
        """

        def newest(event):
            def load():
                pagecache.listing(Article, event)
                return list(
                    Article.objects.published()
                    .in_event(event)
                    .newest_first()
                    .select_related("section")
                    .only("pk", "slug", "title", "published_at", "section__slug")[: count + 1]
                )

            return pagecache.fragment(f"event-newest:{event.pk}:{count}", load)

        return [
            (event, [other for other in newest(event) if other.pk != self.pk][:count])
            for event in self.events.all()
        ]

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


class ArticleAuthor(ListedRow):
    """One name in an article's byline; position keeps the order the desk chose.

    published_at copies the article's time for the author page (listing.py).
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey(
        "authors.Author", verbose_name=_("author"), on_delete=models.PROTECT, related_name="bylines"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    article_field = "article"

    class Meta:
        verbose_name = _("byline")
        verbose_name_plural = _("bylines")
        ordering = ["position", "pk"]
        indexes = [
            models.Index(
                fields=["author", "-published_at", "-article"],
                condition=Q(published_at__isnull=False),
                name="byline_published_idx",
            )
        ]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="unique_article_author")
        ]

    def __str__(self):
        return str(self.author)
