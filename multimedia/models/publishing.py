from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.text import unique_slug


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What readers may see: published, and its time has come."""
        return self.filter(status=Publishable.Status.PUBLISHED, published_at__lte=timezone.now())

    def scheduled(self):
        """Published, with a time still to come: readers see it from then on."""
        return self.filter(status=Publishable.Status.PUBLISHED, published_at__gt=timezone.now())

    def newest_first(self):
        return self.order_by("-published_at", "-pk")


class Publishable(models.Model):
    """Status and publishing time shared by videos, galleries and print issues."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        _("published at"),
        null=True,
        blank=True,
        help_text=_("Readers see it from this time on; a future time schedules it."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.stamp_publication()
        super().save(*args, **kwargs)

    def clean(self):
        # Before the constraint check of full_clean(): publishing without a time means now.
        self.stamp_publication()

    def stamp_publication(self):
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()

    def is_published(self):
        """Mirror of PublishableQuerySet.published() for one row."""
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )


class Story(Publishable):
    """What videos and galleries share: a title, an address, a section and who made it."""

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(
        _("slug"),
        max_length=250,
        unique=True,
        blank=True,
        help_text=_("Part of the address; made from the title when empty."),
    )
    section = models.ForeignKey(
        "articles.Section",
        verbose_name=_("section"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="%(class)s_items",
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

    class Meta:
        abstract = True
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.title)
        super().save(*args, **kwargs)

    @classmethod
    def can_publish(cls, user):
        """Holders of publish_<model> publish items and change anyone's (Meta.permissions)."""
        opts = cls._meta
        return user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")

    def is_editable_by(self, user):
        """Publishers change any item; others only their own drafts: what readers see is theirs."""
        if self.can_publish(user):
            return True
        return self.status != self.Status.PUBLISHED and self.created_by_id == user.pk


def published_index(model_name):
    return models.Index(
        fields=["-published_at", "-id"],
        condition=models.Q(status="published"),
        name=f"{model_name}_published_idx",
    )


def published_has_time(model_name):
    return models.CheckConstraint(
        condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
        name=f"{model_name}_published_has_time",
    )
