import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class PreviewLinkQuerySet(models.QuerySet):
    def active(self):
        return self.filter(expires_at__gt=timezone.now())


class PreviewLink(models.Model):
    """A secret address showing a draft to someone without an account, until it expires."""

    LIFETIMES = [1, 3, 7]  # days an editor may choose

    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="preview_links"
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    expires_at = models.DateTimeField(_("expires at"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")
        ordering = ["-expires_at"]

    def __str__(self):
        return self.get_absolute_url()

    def get_absolute_url(self):
        return reverse("articles:preview-link", kwargs={"token": self.token})

    @classmethod
    def share(cls, article, by, days):
        return cls.objects.create(
            article=article, created_by=by, expires_at=timezone.now() + timedelta(days=days)
        )
