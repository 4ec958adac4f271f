"""Soft locks: who has an article's change page open. Nothing is refused because of one (a stale
save still is, by the form); the page only tells the next person that someone else is at work."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EditingSessionQuerySet(models.QuerySet):
    def current(self):
        """Pages that sent a heartbeat recently; a closed tab goes stale by itself."""
        stale = timezone.now() - timedelta(seconds=settings.DESK_EDITING_STALE_SECONDS)
        return self.filter(seen_at__gte=stale)

    def others_than(self, user):
        return self.current().exclude(user=user).select_related("user").order_by("started_at")

    def heartbeat(self, article, user):
        """The user's page is open: since now if it was not (or went stale), else still."""
        now = timezone.now()
        session, created = self.get_or_create(
            article=article, user=user, defaults={"started_at": now, "seen_at": now}
        )
        if not created:
            is_fresh = self.current().filter(pk=session.pk).exists()
            session.started_at = session.started_at if is_fresh else now
            session.seen_at = now
            session.save(update_fields=["started_at", "seen_at"])
        return session


class EditingSession(models.Model):
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="editing_sessions"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    started_at = models.DateTimeField(_("editing since"))
    seen_at = models.DateTimeField(_("last seen"))

    objects = EditingSessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("open change page")
        verbose_name_plural = _("open change pages")
        constraints = [
            models.UniqueConstraint(fields=["article", "user"], name="editing_session_unique")
        ]

    def __str__(self):
        return f"{self.user} · {self.article_id}"
