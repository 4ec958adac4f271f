from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..signals import comments_changed


class CommentQuerySet(models.QuerySet):
    def approved(self):
        """The one definition of what readers see under an article."""
        return self.filter(status=Comment.Status.APPROVED)

    def public(self):
        """What readers may see and act on: approved comments under published articles."""
        from articles.models import Article

        return self.approved().filter(article__in=Article.objects.published())

    def answerable(self):
        """What the newsroom may reply under: public comments in approved threads
        (a reply is shown at once, so its thread must be visible too)."""
        return self.public().filter(
            Q(parent__isnull=True) | Q(parent__status=Comment.Status.APPROVED)
        )

    def needs_review(self):
        """The moderation queue: every comment no moderator has decided on yet.

        Pending comments, and under post-moderation the approved ones nobody has looked at.
        """
        return self.filter(decided_at__isnull=True)

    def reported(self):
        """Comments readers reported since the last decision on them."""
        return self.filter(report_count__gt=0)

    def threads(self):
        """Approved top-level comments, oldest first: the order readers follow a discussion."""
        return self.approved().filter(parent__isnull=True).order_by("created_at", "pk")

    def with_replies(self):
        """Load each comment's approved replies, oldest first, into `approved_replies` (one query)."""
        replies = Comment.objects.approved().order_by("created_at", "pk")
        return self.prefetch_related(
            Prefetch("replies", queryset=replies, to_attr="approved_replies")
        )

    def first_threads(self, article, count):
        """The first `count` threads under the article, each with its approved replies in
        `approved_replies` (as with_replies() loads them), in one query: the article page's."""
        first = self.threads().filter(article=article).values("pk")[:count]
        comments = list(
            self.approved()
            .filter(article=article)
            .annotate(thread_pk=Coalesce("parent_id", "pk"))
            .filter(thread_pk__in=first)
            .order_by("created_at", "pk")
        )
        replies = {}
        for comment in comments:
            if comment.parent_id is not None:
                replies.setdefault(comment.parent_id, []).append(comment)
        threads = [comment for comment in comments if comment.parent_id is None]
        for thread in threads:
            thread.approved_replies = replies.get(thread.pk, [])
        return threads

    def pending_first(self):
        pending_first = Case(
            When(decided_at__isnull=True, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return self.order_by(pending_first, "created_at", "pk")

    def with_sender_record(self):
        """Annotate how many comments from the same email were approved and rejected (spam included)."""

        def count(statuses):
            same_sender = (
                Comment.objects.filter(email=OuterRef("email"), status__in=statuses)
                .exclude(email="")
                .order_by()
                .values("email")
                .annotate(total=Count("pk"))
                .values("total")
            )
            return Coalesce(Subquery(same_sender), 0)

        return self.annotate(
            sender_approved=count([Comment.Status.APPROVED]),
            sender_rejected=count([Comment.Status.REJECTED, Comment.Status.SPAM]),
        )

    def decide(self, status, moderator):
        """Record a moderator's decision on the rows still waiting for one; return how many it took.

        One conditional UPDATE: when two moderators act on the same comment at once, PostgreSQL lets
        exactly one of them match `decided_at IS NULL`, and the other's update touches nothing.
        """
        article_ids = set(self.needs_review().values_list("article_id", flat=True))
        taken = self.needs_review().update(
            status=status, decided_by=moderator, decided_at=timezone.now(), report_count=0
        )
        if taken:
            comments_changed.send(sender=Comment, article_ids=article_ids)
        return taken

    def reopen(self):
        """Send decided comments back to the queue, hidden from readers until decided again."""
        decided = self.filter(decided_at__isnull=False, is_newsroom=False)
        article_ids = set(decided.values_list("article_id", flat=True))
        reopened = decided.update(status=Comment.Status.PENDING, decided_by=None, decided_at=None)
        if reopened:
            comments_changed.send(sender=Comment, article_ids=article_ids)
        return reopened


class Comment(models.Model):
    """A reader's comment (ý kiến bạn đọc) under an article, or the newsroom's reply to one."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SPAM = "spam", _("Spam")

    article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("in reply to"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    name = models.CharField(_("name"), max_length=80)
    email = models.EmailField(_("email"), blank=True, help_text=_("Never shown to readers."))
    body = models.TextField(_("text"), max_length=2000)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    is_newsroom = models.BooleanField(
        _("newsroom reply"),
        default=False,
        help_text=_("Written by staff; readers see it signed “Tòa soạn”."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, editable=False)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ip_hash = models.CharField(
        _("IP hash"),
        max_length=64,
        blank=True,
        editable=False,
        help_text=_("A keyed hash of the sender's address: equal hashes mean the same address."),
    )
    user_agent = models.CharField(_("browser"), max_length=200, blank=True, editable=False)
    held_for = models.JSONField(
        _("held by"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("The rules that held or rejected the comment."),
    )
    report_count = models.PositiveIntegerField(
        _("reports"),
        default=0,
        editable=False,
        help_text=_("Reader reports since the last decision."),
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        permissions = [("moderate_comment", _("Can moderate comments"))]
        indexes = [
            models.Index(
                fields=["article", "created_at"],
                condition=Q(status="approved"),
                name="comment_approved_idx",
            ),
            models.Index(
                fields=["created_at"],
                condition=Q(decided_at__isnull=True),
                name="comment_queue_idx",
            ),
            models.Index(fields=["email", "created_at"], name="comment_email_idx"),
            models.Index(fields=["ip_hash", "created_at"], name="comment_ip_hash_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["pending", "approved", "rejected", "spam"]),
                name="comment_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=["rejected", "spam"]) | Q(decided_at__isnull=False),
                name="comment_rejection_is_decided",
            ),
            models.CheckConstraint(condition=~Q(parent=F("pk")), name="comment_not_own_parent"),
        ]

    def __str__(self):
        excerpt = self.body if len(self.body) <= 60 else f"{self.body[:59]}…"
        return f"{self.display_name()}: {excerpt}"

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#y-kien-{self.pk}"

    def get_reply_url(self):
        return f"{reverse('comments:create', args=[self.article_id])}?tra-loi={self.pk}"

    def get_report_url(self):
        return reverse("comments:report", args=[self.pk])

    def display_name(self):
        return gettext("The newsroom") if self.is_newsroom else self.name

    def is_visible(self):
        """Mirror of CommentQuerySet.approved() for one comment."""
        return self.status == self.Status.APPROVED

    def decide(self, status, moderator):
        """Approve, reject or mark spam if no one else decided first; True if this decision counted."""
        taken = Comment.objects.filter(pk=self.pk).decide(status, moderator)
        self.refresh_from_db()
        return bool(taken)

    def undo_state(self):
        """What a decision changes and undo_decision() puts back."""
        return {"status": self.status, "report_count": self.report_count}

    def undo_decision(self, moderator, before):
        """Put back the state `before` the moderator's decision made at `before["decided_at"]`.

        One conditional UPDATE: nothing happens (False) when someone has acted on the comment
        since, or the decision was not this moderator's.
        """
        if before.get("status") not in {self.Status.PENDING, self.Status.APPROVED}:
            return False
        undone = Comment.objects.filter(
            pk=self.pk, decided_by=moderator, decided_at=before.get("decided_at")
        ).update(
            status=before["status"],
            report_count=before.get("report_count", 0),
            decided_by=None,
            decided_at=None,
        )
        if undone:
            comments_changed.send(sender=Comment, article_ids={self.article_id})
        self.refresh_from_db()
        return bool(undone)

    def report(self, reporter_hash, reason):
        """Record one reader's report; at the threshold the comment is hidden and queued again.

        Returns False when this reader already reported it. The row lock serialises reports on
        one comment so the threshold fires exactly once.
        """
        from .reports import CommentReport

        with transaction.atomic():
            comment = Comment.objects.select_for_update().get(pk=self.pk)
            try:
                with transaction.atomic():
                    CommentReport.objects.create(
                        comment=comment, reporter_hash=reporter_hash, reason=reason
                    )
            except IntegrityError:
                return False
            comment.report_count += 1
            update_fields = ["report_count"]
            threshold = settings.COMMENTS_REPORT_THRESHOLD
            if (
                comment.report_count >= threshold
                and comment.is_visible()
                and not comment.is_newsroom
            ):
                comment.status = self.Status.PENDING
                comment.decided_at = comment.decided_by = None
                comment.held_for = [
                    *comment.held_for,
                    {"rule": "reports", "detail": comment.report_count},
                ]
                update_fields += ["status", "decided_at", "decided_by", "held_for"]
            comment.save(update_fields=update_fields)
            if "status" in update_fields:
                # Receivers that act on other systems wait for the commit themselves (pagecache).
                comments_changed.send(sender=Comment, article_ids={self.article_id})
        self.refresh_from_db()
        return True
