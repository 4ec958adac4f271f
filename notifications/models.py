"""What the desk tells a journalist about their stories: sent back, published, scheduled, a change
approved or rejected, a newsroom reply under a comment. Each is made here, from the workflow step
or the reply that caused it, and mailed when the site has a mail server (NOTIFY_BY_EMAIL)."""

import logging
from smtplib import SMTPException

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

logger = logging.getLogger(__name__)


def article_owners(article):
    """The staff who created the article or carry its byline."""
    return (
        get_user_model()
        .objects.filter(
            Q(pk=article.created_by_id) | Q(author__bylines__article=article), is_active=True
        )
        .distinct()
    )


class NotificationQuerySet(models.QuerySet):
    def for_user(self, user):
        """What the user may see now; a scheduled story's "published" waits for its time."""
        return self.filter(recipient=user, shown_at__lte=timezone.now())

    def unread(self):
        return self.filter(read_at__isnull=True)

    def mark_read(self):
        return self.unread().update(read_at=timezone.now())

    def about_transition(self, transition, recipients=None):
        """The notifications a workflow step causes, for recipients (default: the article's owners)."""
        from articles.models import Transition

        Action = Transition.Action
        article = transition.article
        # Rescheduled, published at once or unpublished: a "published" still to come is void.
        self.filter(
            article=article, kind=Notification.Kind.PUBLISHED, shown_at__gt=timezone.now()
        ).delete()
        if recipients is None:
            recipients = list(article_owners(article))
        kinds = {
            Action.SENT_BACK: [Notification.Kind.SENT_BACK],
            Action.PUBLISHED: [Notification.Kind.PUBLISHED],
            # No cron makes a scheduled story live (published() compares with the clock), so its
            # "published" is filed now and shown from the publication time on.
            Action.SCHEDULED: [Notification.Kind.SCHEDULED, Notification.Kind.PUBLISHED],
            Action.CHANGE_APPROVED: [Notification.Kind.CHANGE_APPROVED],
            Action.CHANGE_REJECTED: [Notification.Kind.CHANGE_REJECTED],
        }.get(transition.action, [])
        now = timezone.now()
        for kind in kinds:
            scheduled = kind == Notification.Kind.PUBLISHED and transition.published_at
            shown_at = max(transition.published_at, now) if scheduled else now
            self._deliver(
                recipients,
                kind=kind,
                article=article,
                actor=transition.by,
                text=transition.comment,
                shown_at=shown_at,
            )

    def about_reply(self, reply):
        """A newsroom reply under a reader's comment, for the article's authors."""
        self._deliver(
            article_owners(reply.article),
            kind=Notification.Kind.COMMENT_REPLY,
            article=reply.article,
            actor=reply.author,
            text=reply.body,
        )

    def _deliver(self, recipients, *, actor, **fields):
        """One notification per recipient, but none for whoever did it; mailed after commit."""
        for recipient in recipients:
            if recipient is not None and recipient != actor:
                self.create(recipient=recipient, actor=actor, **fields).mail_on_commit()


class Notification(models.Model):
    class Kind(models.TextChoices):
        SENT_BACK = "sent_back", _("Your article was sent back")
        PUBLISHED = "published", _("Your article was published")
        SCHEDULED = "scheduled", _("Your article was scheduled")
        CHANGE_APPROVED = "change_approved", _("Your change was approved")
        CHANGE_REJECTED = "change_rejected", _("Your change was rejected")
        COMMENT_REPLY = "comment_reply", _("The newsroom replied to a reader")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("for"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("what"), max_length=20, choices=Kind.choices)
    article = models.ForeignKey(
        "articles.Article", verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("message"), blank=True)
    shown_at = models.DateTimeField(_("at"), default=timezone.now)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-shown_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "-shown_at"], name="notification_inbox_idx"),
            models.Index(
                fields=["recipient"],
                condition=Q(read_at__isnull=True),
                name="notification_unread_idx",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.article}"

    def get_absolute_url(self):
        return reverse("admin:articles_article_change", args=[self.article_id])

    def mail_on_commit(self):
        if settings.NOTIFY_BY_EMAIL and self.recipient.email and self.shown_at <= timezone.now():
            transaction.on_commit(self._mail)

    def _mail(self):
        """A mail server that is down must not undo the editor's step: log it and go on."""
        with override(settings.LANGUAGE_CODE):
            subject = f"{self.get_kind_display()}: {self.article.title}"
            link = settings.SITE_URL + self.get_absolute_url()
            body = "\n\n".join(part for part in [subject, self.text, link] if part)
        try:
            send_mail(subject, body, None, [self.recipient.email])
        except (SMTPException, OSError):
            logger.exception("Could not mail notification %s", self.pk)
