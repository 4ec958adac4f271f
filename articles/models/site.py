from django.db import models
from django.utils.translation import gettext_lazy as _

import pagecache

from .comment_modes import CommentMode


class SiteSettings(models.Model):
    """The paper's name and the masthead facts press law requires on every page (one row)."""

    name = models.CharField(_("newspaper name"), max_length=120, default="Báo Đắk Lắk")
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    logo = models.ImageField(_("logo"), upload_to="site/", blank=True)
    default_share_image = models.ForeignKey(
        "multimedia.Image",
        verbose_name=_("default share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown by Facebook, Zalo and search engines for pages and articles without a photo "
            "of their own; at least 1200 px wide. Empty uses the paper's built-in picture."
        ),
    )
    licence_number = models.CharField(_("licence number"), max_length=100, blank=True)
    licence_date = models.DateField(_("licence date"), null=True, blank=True)
    licence_issuer = models.CharField(_("licence issued by"), max_length=200, blank=True)
    governing_body = models.CharField(_("governing body"), max_length=200, blank=True)
    editor_in_chief = models.CharField(_("editor-in-chief"), max_length=120, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    email = models.EmailField(_("email"), blank=True)
    comments_mode = models.CharField(
        _("reader comments"),
        max_length=10,
        choices=CommentMode.choices,
        blank=True,
        help_text=_("For every article that does not choose. Empty uses the server's default."),
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        constraints = [
            models.CheckConstraint(condition=models.Q(pk=1), name="site_settings_single_row")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def load(cls):
        """The row, or unsaved defaults until an editor saves it: reading pages never write."""
        return cls.objects.select_related("default_share_image").filter(pk=1).first() or cls(pk=1)

    @classmethod
    def shared(cls):
        """The row as pages, feeds and the API show it: a fragment every process shares (pagecache),
        rebuilt after an editor saves it."""
        return pagecache.fragment("site-settings", cls.load)
