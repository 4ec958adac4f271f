"""Revisions of an article's content, pending changes to live articles, and published versions.

We keep our own small model instead of django-reversion because three of the four needs do not
fit a log of saved rows: a journalist's change to a live article must be stored *without* saving
the row (item 9); restoring must bring back the words, bylines and tags but not the workflow state
(reversion's revert() rewrites status and published_at too and deletes followed rows); and
published versions must outlive everything (PROTECT), which a generic Version table cannot promise
for one model. A revision is one JSON document: the content fields, the byline order and the tags,
with names alongside ids so a snapshot still reads right after an author is renamed.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

import pagecache

from ..templatetags.news import news_datetime
from .workflow import Transition, display_name

CONTENT_FIELDS = [
    "kicker",
    "title",
    "slug",
    "lead",
    "body",
    "section",
    "featured_image",
    "featured_image_caption",
    "byline_text",
    "presentation",
    "credits",
]


def snapshot(article, authors=None, tags=None, events=None):
    """The article's content as a JSON-able dict: fields, byline order ([id, name] pairs), tags,
    events ([id, name] pairs).

    authors, tags and events default to what is saved; the admin passes the submitted ones for a
    change that must wait for approval.
    """
    content = {
        field: getattr(article, article._meta.get_field(field).attname) for field in CONTENT_FIELDS
    }
    content["section_name"] = str(article.section) if article.section_id else ""
    if authors is None:
        bylines = article.bylines.select_related("author").order_by("position", "pk")
        authors = [byline.author for byline in bylines]
    content["authors"] = [[author.pk, author.name] for author in authors]
    content["tags"] = sorted(article.tags.names() if tags is None else tags)
    if events is None:
        events = article.events.all() if article.pk else []
    content["events"] = sorted([event.pk, event.name] for event in events)
    return content


# Fields added after revisions were first kept: what an older snapshot meant by leaving them out.
SNAPSHOT_DEFAULTS = {"presentation": "standard", "credits": ""}

# What a change is made of, for merging: names beside ids are labels and may drift by themselves.
MERGED_KEYS = [*CONTENT_FIELDS, "authors", "tags", "events"]


def content_value(content, key):
    """A field of a snapshot; snapshots kept before the field existed hold its default."""
    return content.get(key, SNAPSHOT_DEFAULTS.get(key))


def _comparable(content, key):
    if key in ("authors", "events"):
        # Revisions kept before events were part of the content have none.
        return [pk for pk, _name in content.get(key, [])]
    return content_value(content, key)


def merge_change(base, proposed, live):
    """proposed's changes relative to base, laid over live; None if both changed the same thing."""
    merged = dict(live)
    for key in MERGED_KEYS:
        mine, theirs = _comparable(proposed, key), _comparable(live, key)
        if mine == _comparable(base, key):
            continue
        if theirs not in (_comparable(base, key), mine):
            return None
        merged[key] = proposed[key]
        if key == "section":
            merged["section_name"] = proposed["section_name"]
    return merged


def missing_references(content):
    """Why content can no longer be applied: its section, photo or authors were deleted since."""
    from authors.models import Author
    from multimedia.models import Image

    from .sections import Section

    problems = []
    if content["section"] and not Section.objects.filter(pk=content["section"]).exists():
        problems.append(
            _("its section “%(name)s” was deleted") % {"name": content.get("section_name", "")}
        )
    image = content["featured_image"]
    if image and not Image.objects.filter(pk=image).exists():
        problems.append(_("its featured photo was deleted"))
    author_ids = {author_id for author_id, _name in content["authors"]}
    existing = set(Author.objects.filter(pk__in=author_ids).values_list("pk", flat=True))
    gone = [name for author_id, name in content["authors"] if author_id not in existing]
    if gone:
        problems.append(_("its authors %(names)s were deleted") % {"names": ", ".join(gone)})
    return problems


def apply_content(article, content, by):
    """Write content onto the article (fields, bylines, tags); the workflow state stays.

    Raises ValidationError when the content names a section, photo or author deleted since.
    """
    from .articles import ArticleAuthor
    from .redirects import ArticleSlugHistory

    if problems := missing_references(content):
        raise ValidationError(
            _("This version cannot be applied: %(problems)s. Edit the article instead.")
            % {"problems": "; ".join(str(problem) for problem in problems)}
        )
    for field in CONTENT_FIELDS:
        setattr(article, article._meta.get_field(field).attname, content_value(content, field))
    ArticleSlugHistory.remember(article)
    article.updated_by = by
    article.save()
    article.bylines.all().delete()
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=article, author_id=author_id, position=position)
        for position, (author_id, _name) in enumerate(content["authors"])
    )
    # bulk_create sends no post_save: the new authors' pages list the article now.
    pagecache.purge(*(f"list-author-{author_id}" for author_id, _name in content["authors"]))
    article.tags.set(content["tags"])
    if "events" in content:
        from .events import Event  # an event deleted since simply drops out

        article.events.set(Event.objects.filter(pk__in=[pk for pk, _name in content["events"]]))


class RevisionQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=Revision.State.PENDING)

    def kept(self):
        """Revisions that are (or were) the article's content: no proposals, no autosaves."""
        return self.filter(state=Revision.State.SAVED)

    def restorable_by(self, user):
        """Saved revisions for those who may restore any; one's own autosaves for a writer."""
        if user.has_perm("articles.change_any_article"):
            return self.filter(state__in=[Revision.State.SAVED, Revision.State.AUTOSAVED])
        return self.filter(state=Revision.State.AUTOSAVED, created_by=user)

    def proposed_by(self, user):
        return self.pending().filter(created_by=user)


class Revision(models.Model):
    class State(models.TextChoices):
        SAVED = "saved", _("Saved")
        PENDING = "pending", _("Awaiting approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        # Typed into a draft's open form and stored by the page itself; never the article's
        # content until its writer restores it.
        AUTOSAVED = "autosaved", _("Autosaved")

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="revisions"
    )
    content = models.JSONField(_("content"))
    # For a pending change: the live content it was made against, so approval keeps later edits.
    base = models.JSONField(_("content it was based on"), null=True, blank=True, editable=False)
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.SAVED)
    note = models.CharField(_("note"), max_length=255, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("at"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    objects = RevisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["article", "-created_at"], name="revision_article_idx"),
            models.Index(
                fields=["article"],
                condition=models.Q(state="pending"),
                name="revision_pending_idx",
            ),
        ]

    def __str__(self):
        return f"{self.content.get('title', '')} · {display_name(self.created_by)}"

    @classmethod
    def keep(cls, article, by, note=""):
        """Record the article's saved content; a live article also gets a published version.

        The saver's autosaves are superseded by it and go.
        """
        cls.objects.filter(article=article, created_by=by, state=cls.State.AUTOSAVED).delete()
        revision = cls.objects.create(
            article=article, content=snapshot(article), created_by=by, note=note
        )
        if article.status == article.Status.PUBLISHED:
            PublishedVersion.keep(article, by)
        return revision

    @classmethod
    def autosave(cls, article, content, by):
        """Keep what the user has typed into a draft so far, replacing their previous autosave.

        None when the typed content is what is saved: there is nothing to keep.
        """
        if article.was_ever_published():
            raise ValidationError(_("Only drafts are autosaved."))
        with transaction.atomic():
            cls.objects.filter(article=article, created_by=by, state=cls.State.AUTOSAVED).delete()
            if content == snapshot(article):
                return None
            return cls.objects.create(
                article=article, content=content, created_by=by, state=cls.State.AUTOSAVED
            )

    @classmethod
    def propose(cls, article, content, by):
        """A change to a live article that waits for an editor; the article itself is untouched.

        A writer has one proposal per article: sending again replaces its content and keeps the
        live text it was first made against, so approval still keeps others' edits since.
        """
        with transaction.atomic():
            revision = cls.objects.filter(article=article).proposed_by(by).first()
            if revision is None:
                revision = cls(article=article, base=snapshot(article), state=cls.State.PENDING)
            revision.content, revision.created_by, revision.created_at = content, by, timezone.now()
            revision.save()
            Transition.record(article, Transition.Action.CHANGE_SUBMITTED, by)
        return revision

    def withdraw(self, by):
        """The writer takes back their own proposal; the live article stays as it is."""
        if self.created_by_id != by.pk:
            raise PermissionDenied
        if self.state != self.State.PENDING:
            raise ValidationError(_("This change has already been decided."))
        with transaction.atomic():
            self.state, self.decided_by, self.decided_at = self.State.WITHDRAWN, by, timezone.now()
            self.save(update_fields=["state", "decided_by", "decided_at"])
            Transition.record(self.article, Transition.Action.CHANGE_WITHDRAWN, by)

    def approve(self, by):
        self._decide(by, self.State.APPROVED, Transition.Action.CHANGE_APPROVED)

    def reject(self, by, comment=""):
        self._decide(by, self.State.REJECTED, Transition.Action.CHANGE_REJECTED, comment)

    def is_restorable_by(self, user):
        return Revision.objects.restorable_by(user).filter(pk=self.pk).exists()

    def restore(self, by):
        """Bring this revision's content back as a new revision; status and time stay."""
        if not self.is_restorable_by(by):
            raise PermissionDenied
        article = self.article
        if self.state == self.State.AUTOSAVED and article.was_ever_published():
            raise ValidationError(_("An autosave cannot replace a published article's text."))
        with transaction.atomic():
            apply_content(article, self.content, by)
            Transition.record(
                article, Transition.Action.RESTORED, by, comment=news_datetime(self.created_at)
            )
            return Revision.keep(article, by, note=_("Restored"))

    def _decide(self, by, state, action, comment=""):
        from notifications.models import Notification

        if not (by.is_staff and by.has_perm("articles.review_article")):
            raise PermissionDenied
        if self.state != self.State.PENDING:
            raise ValidationError(_("This change has already been decided."))
        article = self.article
        with transaction.atomic():
            if state == self.State.APPROVED:
                apply_content(article, self._merged_with(article), by)
                Revision.keep(article, self.created_by, note=_("Approved"))
            self.state, self.decided_by, self.decided_at = state, by, timezone.now()
            self.save(update_fields=["state", "decided_by", "decided_at"])
            transition = Transition.record(article, action, by, comment)
            Notification.objects.about_transition(transition, recipients=[self.created_by])

    def _merged_with(self, article):
        """This change laid over the live article, keeping what others edited since it was sent."""
        merged = None
        if self.base is not None:
            merged = merge_change(self.base, self.content, snapshot(article))
        elif article.updated_at <= self.created_at:  # sent before bases were kept
            merged = self.content
        if merged is None:
            raise ValidationError(
                _(
                    "The article was edited after this change was sent, in the same places; "
                    "review the change again."
                )
            )
        return merged


class PublishedVersion(models.Model):
    """What readers were shown: kept unchanged, and it keeps its article from being deleted."""

    article = models.ForeignKey(
        "articles.Article", on_delete=models.PROTECT, related_name="published_versions"
    )
    content = models.JSONField(_("content"), editable=False)
    published_at = models.DateTimeField(_("publication time"), editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("kept at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("published version")
        verbose_name_plural = _("published versions")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["article", "-created_at"], name="published_version_idx")]

    def __str__(self):
        return self.content.get("title", "")

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("A published version is immutable.")
        super().save(*args, **kwargs)

    @classmethod
    def keep(cls, article, by):
        latest = cls.objects.filter(article=article).first()
        content = snapshot(article)
        if latest and latest.content == content and latest.published_at == article.published_at:
            return latest
        return cls.objects.create(
            article=article, content=content, published_at=article.published_at, created_by=by
        )
