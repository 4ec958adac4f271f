"""Live coverage ("Tường thuật trực tiếp"): an article followed by timestamped updates.

An editor starts the coverage and ends it; the article's editors and the journalists on its
byline post updates, newest first, that reach readers without another review unless the article
asks for one. One update may be pinned as the key update, shown above the timeline.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

# Starting and ending a coverage is the desk's call, as publishing is.
RUN_COVERAGE_PERMISSION = "articles.publish_article"
# A page shows this many updates; readers load older ones a page at a time.
UPDATES_PER_PAGE = 20
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


def cursor_of(moment):
    """A time as whole microseconds since 1970: exact, and short in a URL (?sau=…)."""
    return (moment - EPOCH) // MICROSECOND


def moment_of(cursor):
    return EPOCH + cursor * MICROSECOND


# Readers would lose the key update they see for one they cannot see yet.
HELD_KEY_UPDATE = _("An update that waits for review cannot be the key update: an editor pins it.")

# The largest cursor moment_of() can turn back into a time (the last microsecond Python dates hold).
LAST_CURSOR = cursor_of(datetime.max.replace(tzinfo=UTC))


@dataclass
class LiveTimeline:
    """What the article page shows: the key update, the newest others, whether there are more."""

    key: "LiveUpdate | None"
    updates: list
    has_more: bool

    @property
    def cursor(self):
        """Where a reader's page stands: the newest update it shows (0: none yet)."""
        shown = [update.posted_at for update in (self.key, *self.updates[:1]) if update]
        return cursor_of(max(shown)) if shown else 0

    @property
    def older_cursor(self):
        return self.updates[-1].cursor if self.updates else 0


class LiveCoverageMixin(models.Model):
    """The coverage's fields and actions; Article inherits them."""

    live_started_at = models.DateTimeField(
        _("live coverage started at"), null=True, blank=True, editable=False
    )
    live_ended_at = models.DateTimeField(
        _("live coverage ended at"), null=True, blank=True, editable=False
    )
    live_updates_need_review = models.BooleanField(
        _("journalists' live updates wait for an editor"),
        default=False,
        db_default=False,  # for rows written in SQL (bench/fill.py)
        help_text=_(
            "When ticked, updates posted by journalists appear only after an editor approves "
            "them. Editors' own updates always appear at once."
        ),
    )

    class Meta:
        abstract = True

    def is_live(self):
        """Started and not yet ended: readers see the badge and the page looks for updates."""
        return self.live_started_at is not None and self.live_ended_at is None

    def has_live_coverage(self):
        """Live now or once: the page shows the timeline."""
        return self.live_started_at is not None

    def start_live_coverage(self, by):
        if not (by.is_staff and by.has_perm(RUN_COVERAGE_PERMISSION)):
            raise PermissionDenied
        if self.is_live():
            raise ValidationError(_("The live coverage of this article is already running."))
        self.live_started_at, self.live_ended_at = timezone.now(), None
        self.updated_by = by
        self.save(update_fields=["live_started_at", "live_ended_at", "updated_by", "updated_at"])

    def end_live_coverage(self, by):
        if not (by.is_staff and by.has_perm(RUN_COVERAGE_PERMISSION)):
            raise PermissionDenied
        if not self.is_live():
            raise ValidationError(_("This article has no live coverage running."))
        self.live_ended_at = timezone.now()
        self.updated_by = by
        self.save(update_fields=["live_ended_at", "updated_by", "updated_at"])

    def may_post_live_updates(self, user):
        """Editors, and journalists on the article's byline."""
        if not (user.is_active and user.is_staff):
            return False
        if user.has_perm("articles.change_any_article"):
            return True
        return (
            user.has_perm("articles.add_liveupdate")
            and self.bylines.filter(author__user=user).exists()
        )

    def live_updates_wait_for(self, user):
        """Whether an update this user posts or edits waits for an editor's approval."""
        return self.live_updates_need_review and not user.has_perm("articles.change_any_article")

    def live_timeline(self, count=UPDATES_PER_PAGE):
        """The updates readers see, in one query whatever the coverage's length; None when the
        article never was live."""
        if not self.has_live_coverage():
            return None
        rows = list(
            self.live_updates.shown()
            .for_display()
            .order_by("-is_key", "-posted_at", "-pk")[: count + 2]
        )
        key = rows.pop(0) if rows and rows[0].is_key else None
        return LiveTimeline(key, rows[:count], has_more=len(rows) > count)

    def refresh_after_live_update(self):
        """An update was posted, changed or removed: the article's modified time (sitemaps, feeds,
        dateModified) and its search document follow, without a save of the whole article."""
        type(self).objects.filter(pk=self.pk).update(
            updated_at=timezone.now(), search_document=self.search_vector()
        )

    def live_updates_text(self):
        """What the search document takes from the updates readers see."""
        return " ".join(update.plain_text() for update in self.live_updates.shown())


class LiveUpdateQuerySet(models.QuerySet):
    def shown(self):
        """Updates readers see (on a page readers see: published() decides that)."""
        return self.filter(is_approved=True)

    def awaiting_approval(self):
        return self.filter(is_approved=False)

    def for_display(self):
        return self.select_related("image", "video", "video__poster")

    def newest_first(self):
        return self.order_by("-posted_at", "-pk")

    def newer_than(self, cursor):
        """Shown after the cursor (cursor_of a posted_at), oldest first: what a reader's open
        page lacks. posted_at is when readers first saw an update, so one approved late counts."""
        return self.filter(posted_at__gt=moment_of(cursor)).order_by("posted_at", "pk")

    def older_than(self, cursor):
        """The timeline's next page ("see more"), newest first; the key update stays on top."""
        return self.filter(posted_at__lt=moment_of(cursor), is_key=False).newest_first()


class LiveUpdate(models.Model):
    """One timestamped entry of a live coverage: text, a library photo or video, or a quote."""

    article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="live_updates",
    )
    headline = models.CharField(
        _("headline"), max_length=150, blank=True, help_text=_("A few words in bold; optional.")
    )
    text = models.TextField(
        _("text"), blank=True, help_text=_("Plain text; an empty line starts a new paragraph.")
    )
    image = models.ForeignKey(
        "multimedia.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="live_updates",
    )
    video = models.ForeignKey(
        "multimedia.Video",
        verbose_name=_("video"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="live_updates",
        help_text=_("A published video from the library."),
    )
    quote = models.TextField(_("quote"), blank=True)
    quote_source = models.CharField(
        _("quote said by"), max_length=200, blank=True, help_text=_("Who said it, and their role.")
    )
    is_key = models.BooleanField(
        _("key update"),
        default=False,
        help_text=_("Pinned above the timeline; pinning one unpins the previous key update."),
    )
    is_approved = models.BooleanField(_("shown to readers"), default=True, editable=False)
    posted_at = models.DateTimeField(_("posted at"), default=timezone.now, editable=False)
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("posted by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last saved by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = LiveUpdateQuerySet.as_manager()

    class Meta:
        verbose_name = _("live update")
        verbose_name_plural = _("live updates")
        ordering = ["-posted_at", "-pk"]
        indexes = [
            models.Index(
                fields=["article", "-posted_at"],
                condition=Q(is_approved=True),
                name="liveupdate_shown_idx",
            )
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["article"], condition=Q(is_key=True), name="one_key_update_per_article"
            ),
            models.CheckConstraint(
                condition=~Q(text="", quote="", image__isnull=True, video__isnull=True),
                name="live_update_has_content",
            ),
        ]

    def __str__(self):
        return Truncator(self.headline or self.plain_text() or self.pk).chars(80)

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#cap-nhat-{self.pk}"

    def clean(self):
        if not (self.text.strip() or self.quote.strip() or self.image_id or self.video_id):
            raise ValidationError(_("Write some text or a quote, or choose a photo or a video."))
        if self.quote_source.strip() and not self.quote.strip():
            raise ValidationError({"quote": _("Write the quote said by this person.")})
        if self.video_id and not self.video.is_published():
            raise ValidationError({"video": _("Choose a video readers can already see.")})

    def plain_text(self):
        parts = [self.headline, self.text, self.quote, self.quote_source]
        return " ".join(part for part in parts if part)

    def may_be_changed_by(self, user):
        """Editors change or remove any update; a byline journalist only their own, and not once
        the article's updates wait for review (a removal would skip it)."""
        if user.has_perm("articles.change_any_article"):
            return self.article.may_post_live_updates(user)
        return (
            self.posted_by_id == user.pk
            and self.article.may_post_live_updates(user)
            and not self.article.live_updates_wait_for(user)
        )

    def post(self, by):
        """Save the update as `by` writes it: the permission checked, the key update moved here,
        and held back for approval when the article asks for it."""
        allowed = self.article.may_post_live_updates(by)
        if not allowed or not (self._state.adding or self.may_be_changed_by(by)):
            raise PermissionDenied
        if self._state.adding:
            if not self.article.is_live():
                raise ValidationError(_("Updates can be posted only while the coverage runs."))
            self.posted_by = by
        self.updated_by = by
        self.is_approved = not self.article.live_updates_wait_for(by)
        if self.is_key and not self.is_approved:
            raise ValidationError(HELD_KEY_UPDATE)
        with transaction.atomic():
            if self.is_key:
                self.article.live_updates.filter(is_key=True).exclude(pk=self.pk).update(
                    is_key=False
                )
            self.save()

    def approve(self, by):
        """Show a held update; it takes its place in the timeline now, when readers first see it."""
        if not by.has_perm("articles.change_any_article"):
            raise PermissionDenied
        self.is_approved, self.posted_at, self.updated_by = True, timezone.now(), by
        self.save(update_fields=["is_approved", "posted_at", "updated_by", "updated_at"])

    @property
    def cursor(self):
        return cursor_of(self.posted_at)
