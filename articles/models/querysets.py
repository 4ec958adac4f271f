"""The newsroom's vocabulary for many articles: published(), drafts(), in_section(), search()…"""

from django.conf import settings
from django.contrib.postgres.search import SearchRank
from django.db import models
from django.db.models import Case, Count, Exists, F, OuterRef, Prefetch, Q, Subquery, Sum, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..search import search_query
from .tags import TaggedArticle
from .workflow import WorkflowQuerySetMixin


class ArticleQuerySet(WorkflowQuerySetMixin, models.QuerySet):
    def published(self):
        """The one definition of what readers may see: published, and its time has come."""
        return self.filter(status=self.model.Status.PUBLISHED, published_at__lte=timezone.now())

    def drafts(self):
        return self.filter(status=self.model.Status.DRAFT)

    def in_review(self):
        return self.filter(status=self.model.Status.IN_REVIEW)

    def unpublished(self):
        return self.filter(status=self.model.Status.UNPUBLISHED)

    def placed_on_home(self):
        """Articles the desk placed on the home page, running or still to start."""
        from .zones import Placement

        placed = Placement.objects.not_ended().filter(zone__section__isnull=True)
        return self.filter(pk__in=placed.values("article_id"))

    def corrected_since(self, when):
        """Articles that printed a correction since `when`."""
        from .corrections import Correction

        return self.filter(
            Exists(Correction.objects.filter(article=OuterRef("pk"), created_at__gte=when))
        )

    def with_submitted_at(self):
        """Annotate submitted_at: when the article was last sent for review."""
        from .workflow import Transition

        submitted = Transition.objects.filter(
            article=OuterRef("pk"), action=Transition.Action.SUBMITTED
        ).order_by("-at")
        return self.annotate(submitted_at=Subquery(submitted.values("at")[:1]))

    def with_pending_since(self):
        """Only articles with a change awaiting approval, annotated with the oldest one's time."""
        from .revisions import Revision

        pending = Revision.objects.pending().filter(article=OuterRef("pk")).order_by("created_at")
        return self.annotate(pending_since=Subquery(pending.values("created_at")[:1])).filter(
            pending_since__isnull=False
        )

    def scheduled(self):
        return self.filter(status=self.model.Status.PUBLISHED, published_at__gt=timezone.now())

    def in_section(self, section):
        return self.filter(section=section)

    def by_author(self, author):
        return self._listed_through("bylines", author=author)

    def tagged(self, tag):
        return self._listed_through("taggedarticle", tag=tag)

    def in_event(self, event):
        return self._listed_through("event_links", event=event)

    def _listed_through(self, relation, **lookup):
        """Articles reached through one through-table row each, that row's copy of the time kept
        as `listed_at` (articles/listing.py keeps the copy right).

        newest_first() then orders by the copy: PostgreSQL walks the through table's
        (tag, -published_at) index and stops after a page, where ordering by the article's own
        time fetched and sorted every article of a busy tag or prolific author.
        """
        filters = {f"{relation}__{name}": value for name, value in lookup.items()}
        filters[f"{relation}__published_at__lte"] = timezone.now()
        # alias() after filter() reuses the filter's join: one row of the through table.
        return self.filter(**filters).alias(listed_at=F(f"{relation}__published_at"))

    def newest_first(self):
        if "listed_at" in self.query.annotations:
            return self.order_by("-listed_at", "-pk")
        return self.order_by("-published_at", "-pk")

    def with_bylines(self):
        from .articles import ArticleAuthor

        return self.prefetch_related(
            Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
        )

    def for_listing(self):
        """What a list of article cards shows: section, featured image and comment count.

        Cards never show the bylines (only the article page does), the body or the search
        document, the two large (TOASTed) columns.
        """
        return (
            self.select_related("section", "featured_image")
            .defer("body", "search_document")
            .with_comment_counts()
        )

    def for_page(self):
        """What the article page shows: section, featured image, bylines and comment count, and
        whether it has corrections, print placements or events, so that the page asks for those
        only when there are some (most articles have none). Not the search document.

        Whether a placement's issue is published is asked with the placement: nested in this
        query, it would cost more to build than the query it saves.
        """
        from multimedia.models import PrintPage  # multimedia builds on articles, not the reverse

        from .corrections import Correction
        from .events import EventArticle

        return (
            self.select_related("section", "featured_image", "social_image")
            .defer("search_document")
            .with_bylines()
            .with_comment_counts()
            .annotate(
                has_corrections=Exists(Correction.objects.filter(article=OuterRef("pk"))),
                has_print_pages=Exists(PrintPage.objects.filter(article=OuterRef("pk"))),
                has_events=Exists(EventArticle.objects.filter(article=OuterRef("pk"))),
            )
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

        Finding those matches walks the publication index and reads each article's search
        document, most of a common word's cost; the walk runs here, once, and the page and its
        count look up the ids it found instead of walking again each.
        """
        tsquery = search_query(query)
        newest = list(
            self.filter(search_document=tsquery)
            .order_by("-published_at", "-pk")
            .values_list("pk", flat=True)[: settings.SEARCH_RANKED_MATCHES + 1]
        )
        return (
            self.filter(pk__in=newest)
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
        """Articles showing the photo: in their body, as the featured image or in shares."""
        return self.filter(
            Q(body_image_ids__contains=[image.pk]) | Q(featured_image=image) | Q(social_image=image)
        )

    def most_read(self, since):
        """The most viewed articles since a time, from the flushed view counts."""
        return (
            self.filter(view_counts__hour__gte=since)
            .annotate(recent_views=Sum("view_counts__views"))
            .order_by("-recent_views", "-published_at")
        )

    def emagazines(self):
        return self.filter(presentation=self.model.Presentation.EMAGAZINE)

    def infographics(self):
        return self.filter(presentation=self.model.Presentation.INFOGRAPHIC)
