"""The editorial workflow: who may do what to an article, its transitions and their history.

draft -> in review -> published -> unpublished, with "sent back" returning a story to draft.
A published article whose time is still to come is "scheduled"; it goes live on its own because
Article.objects.published() compares published_at with the clock (no cron job needed).
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Custom permissions on Article, granted to the Editor group by migration 0004.
WORKFLOW_PERMISSIONS = [
    ("change_any_article", _("Can change every article, not only one's own")),
    ("review_article", _("Can send articles back and approve or reject changes to live ones")),
    ("publish_article", _("Can publish articles now")),
    ("schedule_article", _("Can schedule articles")),
    ("unpublish_article", _("Can unpublish articles")),
]


def display_name(user):
    if user is None:
        return _("someone")
    return user.get_full_name() or user.get_username()


class WorkflowQuerySetMixin:
    def owned_by(self, user):
        """Articles the user created or carries the byline of."""
        from .articles import ArticleAuthor

        bylined = ArticleAuthor.objects.filter(article=OuterRef("pk"), author__user=user)
        return self.filter(Q(created_by=user) | Exists(bylined))

    def editable_by(self, user):
        if not user.is_active or not user.is_staff:
            return self.none()
        if user.has_perm("articles.change_any_article"):
            return self.all()
        if user.has_perm("articles.change_article"):
            return self.owned_by(user)
        return self.none()

    def with_pending_changes(self):
        from .revisions import Revision

        pending = Revision.objects.pending().filter(article=OuterRef("pk"))
        return self.annotate(has_pending_change=Exists(pending))


class ArticleWorkflowMixin(models.Model):
    """Fields and transitions of the workflow; Article inherits them."""

    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last saved by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    material_update_at = models.DateTimeField(
        _("updated for readers at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Readers see “Updated at …” next to the time after a material update."),
    )

    class Meta:
        abstract = True

    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    def is_editable_by(self, user):
        return type(self).objects.editable_by(user).filter(pk=self.pk).exists()

    def can_share_preview(self, user):
        """A secret preview link, for those who may edit it; a live article needs none."""
        return (
            user.has_perm("articles.add_previewlink")
            and not self.is_published()
            and self.is_editable_by(user)
        )

    def was_ever_published(self):
        """Published now, once published, or with a published version kept: never deleted."""
        return self.status in {self.Status.PUBLISHED, self.Status.UNPUBLISHED} or (
            self.pk is not None and self.published_versions.exists()
        )

    def changes_need_approval(self, user):
        """A journalist's edit of a live (or once live) article waits for an editor."""
        return self.was_ever_published() and not user.has_perm("articles.change_any_article")

    def submit(self, by):
        if not self.is_editable_by(by):
            raise PermissionDenied
        self._move(Transition.Action.SUBMITTED, by, self.Status.IN_REVIEW, {self.Status.DRAFT})

    def send_back(self, by, comment):
        self._require(by, "articles.review_article")
        if not comment.strip():
            raise ValidationError(_("Say what needs to change before sending the article back."))
        self._move(
            Transition.Action.SENT_BACK,
            by,
            self.Status.DRAFT,
            {self.Status.IN_REVIEW},
            comment=comment.strip(),
        )

    def publish(self, by, at=None):
        """Publish now, or at a future time (which schedules it)."""
        if problems := self.presentation_problems():
            raise ValidationError(problems)
        now = timezone.now()
        if at is not None and at > now:
            self._require(by, "articles.schedule_article")
            action, published_at = Transition.Action.SCHEDULED, at
        else:
            self._require(by, "articles.publish_article")
            action = Transition.Action.PUBLISHED
            # Publishing again after unpublishing keeps the original time of publication.
            keep = self.published_at is not None and self.published_at <= now
            published_at = self.published_at if keep else now
        allowed = {self.Status.DRAFT, self.Status.IN_REVIEW, self.Status.UNPUBLISHED}
        if self.is_scheduled():
            allowed.add(self.Status.PUBLISHED)
        self._move(action, by, self.Status.PUBLISHED, allowed, published_at=published_at)

    def unpublish(self, by):
        self._require(by, "articles.unpublish_article")
        self._move(
            Transition.Action.UNPUBLISHED, by, self.Status.UNPUBLISHED, {self.Status.PUBLISHED}
        )

    def _require(self, user, permission):
        if not (user.is_staff and user.has_perm(permission)):
            raise PermissionDenied

    def _move(self, action, by, to_status, allowed_from, *, published_at=None, comment=""):
        from notifications.models import Notification

        from .revisions import PublishedVersion

        if self.status not in allowed_from:
            raise ValidationError(
                _("An article that is “%(status)s” cannot be %(action)s.")
                % {"status": self.get_status_display(), "action": Transition.Action(action).label}
            )
        with transaction.atomic():
            from_status = self.status
            self.status = to_status
            if published_at is not None:
                self.published_at = published_at
            self.updated_by = by
            self.save(update_fields=["status", "published_at", "updated_by", "updated_at"])
            transition = Transition.objects.create(
                article=self,
                action=action,
                from_status=from_status,
                to_status=to_status,
                by=by,
                comment=comment,
                published_at=self.published_at if to_status == self.Status.PUBLISHED else None,
            )
            if to_status == self.Status.PUBLISHED:
                PublishedVersion.keep(self, by)
            Notification.objects.about_transition(transition)


class Transition(models.Model):
    """One step of an article through the workflow: who, when, and why."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("submitted for review")
        SENT_BACK = "sent_back", _("sent back")
        PUBLISHED = "published", _("published")
        SCHEDULED = "scheduled", _("scheduled")
        UNPUBLISHED = "unpublished", _("unpublished")
        CHANGE_SUBMITTED = "change_submitted", _("change to the live article submitted")
        CHANGE_APPROVED = "change_approved", _("change approved")
        CHANGE_REJECTED = "change_rejected", _("change rejected")
        CHANGE_WITHDRAWN = "change_withdrawn", _("change withdrawn by its writer")
        RESTORED = "restored", _("revision restored")

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="transitions"
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    from_status = models.CharField(_("from"), max_length=20, blank=True)
    to_status = models.CharField(_("to"), max_length=20, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    comment = models.TextField(_("comment"), blank=True)
    published_at = models.DateTimeField(_("publication time"), null=True, blank=True)

    class Meta:
        verbose_name = _("workflow step")
        verbose_name_plural = _("workflow steps")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["article", "-at"], name="transition_article_idx")]

    def __str__(self):
        return f"{self.get_action_display()} · {display_name(self.by)}"

    @classmethod
    def record(cls, article, action, by, comment=""):
        """A step that leaves the status as it is (changes to a live article, restores)."""
        return cls.objects.create(
            article=article,
            action=action,
            from_status=article.status,
            to_status=article.status,
            by=by,
            comment=comment,
        )
