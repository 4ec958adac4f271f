"""Event pages (dòng sự kiện): topics the desk curates, unlike free tags, with a timeline."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from newsroom.text import unique_slug

from .listing import ListedRow


class EventQuerySet(models.QuerySet):
    def hot(self):
        """The events of the home page's "Sự kiện nóng" strip, in the desk's order."""
        return self.filter(is_hot=True).order_by("hot_position", "-pk")


class Event(models.Model):
    name = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        blank=True,
        help_text=_("Part of the event page's address; made from the title when empty."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("Shown under the title on the event page.")
    )
    cover = models.ForeignKey(
        "multimedia.Image",
        verbose_name=_("cover photo"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="event_covers",
    )
    overview = models.ForeignKey(
        "articles.Article",
        verbose_name=_("overview article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "An article of this event (bài tổng quan) shown above the timeline, whatever its date."
        ),
    )
    is_hot = models.BooleanField(
        _("hot topic"),
        default=False,
        help_text=_("Listed in the “Sự kiện nóng” strip of the home page."),
    )
    hot_position = models.PositiveSmallIntegerField(
        _("position in the hot topics"), default=0, help_text=_("Smaller numbers come first.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["hot_position"], condition=Q(is_hot=True), name="event_hot_idx")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:event", kwargs={"slug": self.slug})

    def clean(self):
        if self.overview_id and not (
            self.pk and self.links.filter(article_id=self.overview_id).exists()
        ):
            raise ValidationError(
                {"overview": _("The overview must be one of this event's articles.")}
            )


class EventArticle(ListedRow):
    """An article in an event's timeline; published_at copies the article's (listing.py)."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="links"
    )
    article = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="event_links"
    )

    article_field = "article"

    class Meta:
        verbose_name = _("event of the article")
        verbose_name_plural = _("events of the article")
        indexes = [
            models.Index(
                fields=["event", "-published_at", "-article"],
                condition=Q(published_at__isnull=False),
                name="event_article_published_idx",
            )
        ]
        constraints = [
            models.UniqueConstraint(fields=["event", "article"], name="unique_event_article")
        ]

    def __str__(self):
        return str(self.event)
