"""The desk on the admin index: what waits for the editor, one short list per question.

Each list is one query whatever it holds, and links to the changelist filtered the same way.
Editors (who review or publish) see everyone's articles; writers see their own, and no
placements or corrections, which are the editors' business.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

from .models import Article, Correction, Placement, Zone
from .models.zones import arrange
from .templatetags.news import news_datetime

ROWS_SHOWN = 8
SCHEDULED_SHOWN = timedelta(hours=24)
CORRECTIONS_SHOWN = timedelta(days=7)


@dataclass
class Panel:
    title: str
    url: str
    empty: str
    rows: list = field(default_factory=list)  # (article, note) pairs
    has_more: bool = False


def is_editor(user):
    return user.has_perm("articles.review_article") or user.has_perm("articles.publish_article")


def desk(user):
    """The panels for this user, or [] for staff who neither edit nor write articles."""
    editor = is_editor(user)
    if not editor and not user.has_perm("articles.change_article"):
        return []
    articles = Article.objects.all() if editor else Article.objects.owned_by(user)
    articles = articles.only("title", "status", "published_at")
    changelist = reverse("admin:articles_article_changelist")
    whose = "all" if editor else "mine"
    now = timezone.now()
    panels = [
        _panel(
            _("Waiting for review"),
            f"{changelist}?state=in_review&whose={whose}",
            _("Nothing is waiting for review."),
            articles.in_review()
            .with_submitted_at()
            .order_by(F("submitted_at").asc(nulls_first=True), "pk"),
            lambda article: (
                _("waiting %(time)s") % {"time": timesince(article.submitted_at or now, now)}
            ),
        ),
        _panel(
            _("Changes to live articles awaiting approval"),
            f"{changelist}?state=pending&whose={whose}",
            _("No change is waiting for approval."),
            articles.with_pending_since().order_by("pending_since", "pk"),
            lambda article: (
                _("sent %(time)s ago") % {"time": timesince(article.pending_since, now)}
            ),
        ),
        _panel(
            _("Scheduled for the next 24 hours"),
            f"{reverse('admin:articles_article_upcoming')}?days=1",
            _("Nothing is scheduled for the next 24 hours."),
            articles.scheduled()
            .filter(published_at__lte=now + SCHEDULED_SHOWN)
            .order_by("published_at", "pk"),
            lambda article: news_datetime(article.published_at),
        ),
    ]
    if editor:
        panels += [_placements_panel(changelist, now), _corrections_panel(changelist, now)]
    return panels


def _panel(title, url, empty, queryset, note):
    found = list(queryset[: ROWS_SHOWN + 1])
    rows = [(article, note(article)) for article in found[:ROWS_SHOWN]]
    return Panel(str(title), url, str(empty), rows, len(found) > ROWS_SHOWN)


def _placements_panel(changelist, now):
    """What the desk placed on the home page and until when, or why a placement does not show
    (articles.models.zones.arrange: the page's own rule)."""
    zones = list(Zone.objects.of_page(None))
    placements = Placement.objects.filter(zone__in=zones).not_ended().select_related("article")
    kinds = {zone.pk: zone.get_kind_display() for zone in zones}
    rows = []
    for placement, reason in arrange(zones, placements, now=now).reasons.items():
        if reason is not None:
            note = _("%(zone)s: not shown, %(reason)s")
        elif placement.ends_at:
            note = _("%(zone)s until %(time)s")
        else:
            note = _("%(zone)s until removed")
        values = {"zone": kinds[placement.zone_id], "reason": reason}
        values["time"] = placement.ends_at and news_datetime(placement.ends_at)
        rows.append((placement.article, note % values))
    return Panel(
        _("Home page placements"),
        f"{changelist}?state=placed&whose=all",
        _("Nothing is placed: the newest stories fill the home page."),
        rows[:ROWS_SHOWN],
        len(rows) > ROWS_SHOWN,
    )


def _corrections_panel(changelist, now):
    corrections = (
        Correction.objects.filter(created_at__gte=now - CORRECTIONS_SHOWN)
        .select_related("article")
        .only("text", "created_at", "article__title")
        .order_by("-created_at", "-pk")
    )
    found = list(corrections[: ROWS_SHOWN + 1])
    rows = [
        (correction.article, f"{news_datetime(correction.created_at)} · {correction}")
        for correction in found[:ROWS_SHOWN]
    ]
    return Panel(
        _("Corrections in the last 7 days"),
        f"{changelist}?state=corrected&whose=all",
        _("No correction in the last 7 days."),
        rows,
        len(found) > ROWS_SHOWN,
    )
