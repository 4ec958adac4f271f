from django.conf import settings
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _


class Image(models.Model):
    """A photo in the media library, used as a featured image or inside article bodies."""

    file = models.ImageField(
        _("file"), upload_to="images/%Y/%m/", width_field="width", height_field="height"
    )
    alt_text = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_(
            "Describes what the picture shows, for readers who cannot see it. "
            "Not the caption: say what is in the photo."
        ),
    )
    caption = models.TextField(
        _("caption"), blank=True, help_text=_("Tells the story of the photo; shown under it.")
    )
    credit = models.CharField(
        _("credit"), max_length=255, blank=True, help_text=_("Shown as “Ảnh: …” under the photo.")
    )
    width = models.PositiveIntegerField(_("width"), editable=False, null=True)
    height = models.PositiveIntegerField(_("height"), editable=False, null=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")
        ordering = ["-created_at"]

    def __str__(self):
        return Truncator(self.caption or self.alt_text).chars(80)
