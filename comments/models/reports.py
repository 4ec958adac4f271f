from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CommentReport(models.Model):
    """A reader's “Báo vi phạm” on a comment; one per reader (IP hash) per comment."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSE = "abuse", _("Offensive")
        FALSE = "false", _("False information")
        OTHER = "other", _("Other")

    comment = models.ForeignKey(
        "comments.Comment",
        verbose_name=_("comment"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    reporter_hash = models.CharField(_("reporter (IP hash)"), max_length=64)
    # Reports made before readers chose a reason count as "other".
    reason = models.CharField(
        _("reason"), max_length=10, choices=Reason.choices, default=Reason.OTHER
    )
    created_at = models.DateTimeField(_("reported at"), default=timezone.now)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter_hash"], name="one_report_per_reader"
            )
        ]

    def __str__(self):
        return f"{self.reporter_hash[:12]} – {self.created_at:%d/%m/%Y %H:%M}"
