from django.db import models
from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .publishing import PublishableQuerySet, Story, published_has_time, published_index


class GalleryQuerySet(PublishableQuerySet):
    def for_listing(self):
        return self.select_related("cover", "section")

    def with_photos(self):
        return self.prefetch_related(
            Prefetch("photos", queryset=GalleryPhoto.objects.select_related("image"))
        )

    def related_to(self, gallery):
        """The other galleries, newest first."""
        return self.exclude(pk=gallery.pk).newest_first()

    def with_thumbnail_ids(self):
        """Annotate thumbnail_id (the cover, else the first photo) and photo_count, in the query."""
        first_photo = GalleryPhoto.objects.filter(gallery=OuterRef("pk")).values("image")[:1]
        return self.annotate(
            thumbnail_id=Coalesce(
                "cover", Subquery(first_photo), output_field=models.BigIntegerField()
            ),
            photo_count=Count("photos"),
        )


class Gallery(Story):
    """A photo story (phóng sự ảnh) or an infographic: photos in the order the desk chose."""

    class Kind(models.TextChoices):
        PHOTO_STORY = "photo_story", _("Photo story")
        INFOGRAPHIC = "infographic", _("Infographic")

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.PHOTO_STORY,
        help_text=_(
            "A photo story shows one photo at a time; an infographic shows them one under another."
        ),
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

    objects = GalleryQuerySet.as_manager()

    class Meta(Story.Meta):
        verbose_name = _("photo gallery")
        verbose_name_plural = _("photo galleries")
        permissions = [("publish_gallery", _("Can publish photo galleries"))]
        indexes = [published_index("gallery")]
        constraints = [published_has_time("gallery")]

    def get_absolute_url(self):
        return reverse("multimedia:gallery", kwargs={"slug": self.slug, "pk": self.pk})

    @property
    def media_kind(self):
        return self.kind

    @property
    def list_image(self):
        return self.cover

    @property
    def share_photo(self):
        """What stands for the gallery when it is shared: its cover, else its first photo."""
        if self.cover_id:
            return self.cover
        first = next(iter(self.photos.all()), None)
        return first.image if first else None

    @property
    def media_label(self):
        """The marker after the title in lists."""
        if self.kind == self.Kind.INFOGRAPHIC:
            return _("(Infographic)")
        return _("(Photos)")


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
