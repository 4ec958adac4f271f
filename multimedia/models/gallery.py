from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from newsroom.text import unique_slug

from .publishing import Publishable, PublishableQuerySet, published_has_time, published_index


class GalleryQuerySet(PublishableQuerySet):
    def for_listing(self):
        return self.select_related("cover", "section")

    def with_photos(self):
        return self.prefetch_related(
            Prefetch("photos", queryset=GalleryPhoto.objects.select_related("image"))
        )


class Gallery(Publishable):
    """A photo story (phóng sự ảnh) or an infographic: photos in the order the desk chose."""

    class Kind(models.TextChoices):
        PHOTO_STORY = "photo_story", _("Photo story")
        INFOGRAPHIC = "infographic", _("Infographic")

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=250, unique=True, blank=True)
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.PHOTO_STORY,
        help_text=_(
            "A photo story shows one photo at a time; an infographic shows them one under another."
        ),
    )
    section = models.ForeignKey(
        "articles.Section",
        verbose_name=_("section"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="galleries",
    )
    lead = models.TextField(_("lead (sapo)"), blank=True)
    cover = models.ForeignKey(
        "multimedia.Image",
        verbose_name=_("cover photo"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="gallery_covers",
        help_text=_("Shown in lists; the first photo when empty."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = GalleryQuerySet.as_manager()

    class Meta:
        verbose_name = _("photo gallery")
        verbose_name_plural = _("photo galleries")
        ordering = ["-published_at", "-pk"]
        permissions = [("publish_gallery", _("Can publish photo galleries"))]
        indexes = [published_index("gallery")]
        constraints = [published_has_time("gallery")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.title)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("multimedia:gallery", kwargs={"slug": self.slug, "pk": self.pk})

    @property
    def media_kind(self):
        return self.kind

    @property
    def list_image(self):
        return self.cover


class GalleryPhoto(models.Model):
    gallery = models.ForeignKey(Gallery, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "multimedia.Image",
        verbose_name=_("photo"),
        on_delete=models.PROTECT,
        related_name="gallery_photos",
    )
    caption = models.TextField(
        _("caption"), blank=True, help_text=_("Replaces the photo's own caption in this gallery.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("gallery photo")
        verbose_name_plural = _("gallery photos")
        ordering = ["position", "pk"]
        indexes = [models.Index(fields=["gallery", "position"], name="galleryphoto_order_idx")]

    def __str__(self):
        return str(self.image)
