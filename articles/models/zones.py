"""Zones: the places of a page the desk arranges by hand (the home page's and each section's lead
and sub-leads), and the placements of articles in them.

What a reader sees is decided in one place, arrange(): placements in zone order and position,
each shown unless it has ended, has not started, its article is not published, the article
already shows in a higher zone of the page, or the zone is full. Empty positions fill with the
newest published stories not shown above, so a page is never empty.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..templatetags.news import news_datetime

MAX_ZONE_SIZE = 6
LEAD_SIZE_MESSAGE = _("The lead shows one story.")


class ZoneQuerySet(models.QuerySet):
    def of_page(self, section=None):
        """The zones of the home page (no section) or of one section's page, in page order."""
        zones = (
            self.filter(section__isnull=True) if section is None else self.filter(section=section)
        )
        return zones.in_page_order()

    def in_page_order(self):
        return self.alias(
            rank=Case(When(kind=Zone.Kind.LEAD, then=Value(0)), default=Value(1))
        ).order_by(F("section_id").asc(nulls_first=True), "rank")


class Zone(models.Model):
    class Kind(models.TextChoices):
        LEAD = "lead", _("Lead (Tiêu điểm)")
        SUBLEADS = "subleads", _("Sub-leads (Nổi bật)")

    section = models.ForeignKey(
        "articles.Section",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="zones",
        help_text=_("Empty: the home page. A section: the top of that section's page."),
    )
    kind = models.CharField(_("zone"), max_length=10, choices=Kind.choices)
    size = models.PositiveSmallIntegerField(
        _("stories shown"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_ZONE_SIZE)],
        help_text=_(
            "How many stories readers see here; placements beyond it wait, and empty positions "
            "fill with the newest stories. The lead shows one."
        ),
    )

    objects = ZoneQuerySet.as_manager()

    class Meta:
        verbose_name = _("zone")
        verbose_name_plural = _("zones")
        constraints = [
            models.UniqueConstraint(
                fields=["section", "kind"], nulls_distinct=False, name="unique_zone_per_page"
            ),
            models.CheckConstraint(
                condition=Q(size__gte=1, size__lte=MAX_ZONE_SIZE), name="zone_size_range"
            ),
            models.CheckConstraint(
                condition=~Q(kind="lead") | Q(size=1),
                name="lead_zone_shows_one",
                violation_error_message=LEAD_SIZE_MESSAGE,
            ),
        ]

    def __str__(self):
        page = self.section.name if self.section_id else _("Home page")
        return f"{page}: {self.get_kind_display()}"

    def clean(self):
        # The constraint says the same to PostgreSQL; the admin's form, where the kind is read
        # only, cannot ask it.
        if self.kind == self.Kind.LEAD and self.size != 1:
            raise ValidationError({"size": LEAD_SIZE_MESSAGE})

    def page_tag(self):
        return page_tag(self.section_id)

    def lineup(self, now=None):
        """Every placement of this zone's page, with why it does not show (None: it shows)."""
        zones = list(Zone.objects.of_page(self.section))
        placements = Placement.objects.filter(zone__in=zones).select_related("article")
        return arrange(zones, placements, now=now).reasons


def page_tag(section_id):
    """The page-cache tag of a page's arrangement: its placements purge it."""
    return f"zones-section-{section_id}" if section_id else "zones-home"


class PlacementQuerySet(models.QuerySet):
    def running(self):
        """Placements whose time window holds now, whatever their article."""
        now = timezone.now()
        return self.filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now), starts_at__lte=now)

    def not_ended(self):
        """Running or still to start: what a preview of the page shows."""
        return self.filter(Q(ends_at__isnull=True) | Q(ends_at__gt=timezone.now()))

    def showing(self):
        """Running placements of published articles: what is placed now and until when (before
        a page's own rules, duplicates and zone size, set some aside)."""
        from .articles import Article

        return self.running().filter(article__in=Article.objects.published())

    def of_pages(self, sections=(), home=True):
        page = Q(zone__section__in=sections)
        if home:
            page |= Q(zone__section__isnull=True)
        return self.filter(page)


class Placement(models.Model):
    zone = models.ForeignKey(
        Zone, verbose_name=_("zone"), on_delete=models.CASCADE, related_name="placements"
    )
    article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="placements",
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Smaller numbers come first.")
    )
    starts_at = models.DateTimeField(
        _("from"), default=timezone.now, help_text=_("A future time waits until then.")
    )
    ends_at = models.DateTimeField(
        _("until"), null=True, blank=True, help_text=_("Empty: until removed.")
    )
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("placed by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    placed_at = models.DateTimeField(_("placed at"), auto_now_add=True)

    objects = PlacementQuerySet.as_manager()

    class Meta:
        verbose_name = _("placement")
        verbose_name_plural = _("placements")
        ordering = ["position", "pk"]
        indexes = [models.Index(fields=["zone", "position"], name="placement_zone_position_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=models.F("starts_at")),
                name="placement_ends_after_start",
                violation_error_message=_("A placement must end after it starts."),
            )
        ]

    def __str__(self):
        """What the admin's history records of a placement: the article, where, from and until."""
        text = _("“%(title)s” at position %(position)s, from %(start)s") % {
            "title": self.article.title if self.article_id else "?",
            "position": self.position,
            "start": news_datetime(self.starts_at),
        }
        if self.ends_at:
            text += _(" until %(end)s") % {"end": news_datetime(self.ends_at)}
        return text

    def why_hidden(self, now, preview=False):
        """Why this placement cannot show by itself, or None."""
        if self.ends_at and self.ends_at <= now:
            return _("ended")
        if preview:
            return None
        if self.starts_at > now:
            return _("starts at %(time)s") % {"time": news_datetime(self.starts_at)}
        if not self.article.is_published():
            return _("article not published")
        return None


@dataclass
class Arrangement:
    """The articles each zone shows (placed ones first) and why hidden placements do not show."""

    articles: dict = field(default_factory=dict)  # zone kind -> [article id]
    reasons: dict = field(default_factory=dict)  # placement -> reason or None
    placed: set = field(default_factory=set)  # article ids placed and shown

    @property
    def shown(self):
        return {pk for ids in self.articles.values() for pk in ids}


def arrange(zones, placements, now=None, preview=False):
    """Decide what each zone of one page shows, from its placements (their article's status and
    time loaded). With preview=True only an ended placement is set aside: the staff preview shows
    placements still to start and articles not yet published.
    """
    now = now or timezone.now()
    result = Arrangement()
    by_zone = {}
    for placement in sorted(placements, key=lambda p: (p.position, p.pk or 0)):
        by_zone.setdefault(placement.zone_id, []).append(placement)
    for zone in zones:
        shown = result.articles.setdefault(zone.kind, [])
        for placement in by_zone.get(zone.pk, []):
            reason = placement.why_hidden(now, preview)
            if reason is None and placement.article_id in result.placed:
                reason = _("already shown higher on the page")
            if reason is None and len(shown) >= zone.size:
                reason = _("beyond the zone's size")
            result.reasons[placement] = reason
            if reason is None:
                shown.append(placement.article_id)
                result.placed.add(placement.article_id)
    return result


def fill(arrangement, zones, newest_ids):
    """Fill the zones' empty positions, in page order, with the newest ids not already shown;
    what is left of newest_ids comes back, for the lists below the zones."""
    taken = set(arrangement.shown)
    spare = [pk for pk in newest_ids if pk not in taken]
    for zone in zones:
        shown = arrangement.articles.setdefault(zone.kind, [])
        while len(shown) < zone.size and spare:
            shown.append(spare.pop(0))
    return spare


def ending_or_starting(placements, now=None):
    """When the arrangement changes by itself next: a placement ends or starts (no save purges)."""
    now = now or timezone.now()
    moments = [p.ends_at for p in placements if p.ends_at and p.ends_at > now]
    moments += [p.starts_at for p in placements if p.starts_at > now]
    return min(moments, default=None)
