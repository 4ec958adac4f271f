import hashlib
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from newsroom.text import slugify_vi

from ..uploads import EXTENSIONS, ImageUploadField, clean_photo
from .renditions import Rendition, make_renditions, picture_for, renditions_for

FOCAL_RANGE = [MinValueValidator(0.0), MaxValueValidator(1.0)]


class ImageQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by("-created_at", "-pk")

    def print_covers(self):
        """Front pages of print editions (PrintIssue.cover): one a day, rarely wanted elsewhere."""
        return self.filter(print_covers__isnull=False).distinct()

    def without_print_covers(self):
        return self.exclude(print_covers__isnull=False)


class Image(models.Model):
    """A photo in the media library, used as a featured image or inside article bodies."""

    file = ImageUploadField(
        _("file"),
        upload_to="images/%Y/%m/",
        width_field="width",
        height_field="height",
        help_text=_(
            "JPEG, PNG, WebP or GIF. The photo is turned upright and its EXIF, GPS and XMP "
            "data are removed before it is stored; resized copies are made for phones."
        ),
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
    focal_x = models.FloatField(
        _("focal point across"),
        null=True,
        blank=True,
        validators=FOCAL_RANGE,
        help_text=_(
            "Where the subject is, from 0 (left edge) to 1 (right edge). Crops for cards keep "
            "this point in the picture. Leave both empty for the centre."
        ),
    )
    focal_y = models.FloatField(
        _("focal point down"),
        null=True,
        blank=True,
        validators=FOCAL_RANGE,
        help_text=_("From 0 (top edge) to 1 (bottom edge)."),
    )
    content_hash = models.CharField(
        _("content hash"), max_length=64, editable=False, blank=True, db_index=True
    )
    renditions = models.JSONField(_("renditions"), default=dict, editable=False, blank=True)
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

    objects = ImageQuerySet.as_manager()

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")
        ordering = ["-created_at"]
        permissions = [("change_any_image", _("Can change photos others uploaded"))]
        constraints = [
            models.CheckConstraint(
                condition=(Q(focal_x__isnull=True) & Q(focal_y__isnull=True))
                | (
                    Q(focal_x__gte=0, focal_x__lte=1, focal_y__gte=0, focal_y__lte=1)
                    & Q(focal_x__isnull=False, focal_y__isnull=False)
                ),
                name="image_focal_point_in_picture",
            )
        ]

    def __str__(self):
        return Truncator(self.caption or self.alt_text).chars(80)

    def save(self, *args, **kwargs):
        """Keep the stored file and its renditions consistent with the row.

        A file not yet cleaned (new upload, or one stored by other code) is replaced by its cleaned
        copy before anyone can fetch it; renditions follow the file and the focal point.
        """
        if self.file and self.renditions.get("source") != self.file.name:
            self._store_clean_file()
        if self.file and self.renditions.get("focal") != list(self.focal_point):
            self.renditions = {
                "source": self.file.name,
                "focal": list(self.focal_point),
                "shapes": make_renditions(
                    self.file, self.content_hash, self.focal_point, self.file.storage
                ),
            }
        super().save(*args, **kwargs)

    def clean(self):
        if (self.focal_x is None) != (self.focal_y is None):
            raise ValidationError(_("Give both coordinates of the focal point, or neither."))

    def is_editable_by(self, user):
        """Editors change any photo; others only the words of photos they uploaded."""
        return user.has_perm("multimedia.change_any_image") or self.uploaded_by_id == user.pk

    @property
    def focal_point(self):
        if self.focal_x is None or self.focal_y is None:
            return (0.5, 0.5)
        return (self.focal_x, self.focal_y)

    def picture(self, shape="original"):
        """URLs and size for `<picture>`, read from the row: no query, no file access."""
        return picture_for(self, shape)

    def renditions_list(self, shape="original"):
        return renditions_for(self, shape)

    def share_rendition(self, max_width=1280, shape="16x9"):
        """The JPEG handed to social networks, search engines and feeds: a 16:9 rendition (or
        `shape`) up to max_width, never the full-size upload; the stored file until renditions
        exist."""
        jpegs = [
            rendition
            for rendition in self.renditions_list(shape)
            if rendition.content_type == "image/jpeg" and rendition.width <= max_width
        ]
        if jpegs:
            return jpegs[-1]
        return Rendition(
            "original", self.file.url, self.width, self.height, "image/jpeg", self.file.name
        )

    def large_jpeg(self, shape, min_width=1200):
        """The smallest JPEG of `shape` at least min_width wide, else its largest (the original
        allows no more); None when the shape was never made (photos stored before it existed)."""
        jpegs = [r for r in self.renditions_list(shape) if r.content_type == "image/jpeg"]
        return next((r for r in jpegs if r.width >= min_width), jpegs[-1] if jpegs else None)

    def _store_clean_file(self):
        self.file.open("rb")
        try:
            data = self.file.read()
        finally:
            self.file.close()
        cleaned, image_format, width, height = clean_photo(data)
        self.content_hash = hashlib.sha256(data).hexdigest()
        stem = slugify_vi(PurePosixPath(self.file.name).stem)[:80] or "anh"
        if self.file._committed:
            # Stored raw by other code: the raw bytes (GPS and all) must not stay reachable.
            self.file.storage.delete(self.file.name)
        self.file.save(f"{stem}.{EXTENSIONS[image_format]}", ContentFile(cleaned), save=False)
        self.width, self.height = width, height
        self.renditions = {"source": self.file.name}
