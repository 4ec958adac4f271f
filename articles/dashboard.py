"""The desk on the admin index: what waits for the editor, one short list per question.

Each list is one query whatever it holds, and links to the changelist filtered the same way.
Editors (who review or publish) see everyone's articles; writers see their own, and no pins or
corrections, which are the editors' business.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

from .models import Article, Correction
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
    articles = articles.only("title", "status", "published_at", "pinned_until")
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
        panels += [_pinned_panel(articles, changelist), _corrections_panel(changelist, now)]
    return panels


def _panel(title, url, empty, queryset, note):
    found = list(queryset[: ROWS_SHOWN + 1])
    rows = [(article, note(article)) for article in found[:ROWS_SHOWN]]
    return Panel(str(title), url, str(empty), rows, len(found) > ROWS_SHOWN)


def _pinned_panel(articles, changelist):
    """Every current pin, saying which one readers see: the newest published one wins."""
    pinned = list(articles.pinned().order_by(F("published_at").desc(nulls_last=True), "-pk"))
    top = next((article for article in pinned if article.is_published()), None)
    rows = []
    for article in pinned:
        until = news_datetime(article.pinned_until)
        if article is top:
            note = _("top story until %(time)s") % {"time": until}
        elif not article.is_published():
            note = _("pinned until %(time)s, but not published") % {"time": until}
        else:
            note = _("pinned until %(time)s, but hidden behind the newer “%(title)s”") % {
                "time": until,
                "title": top.title,
            }
        rows.append((article, note))
    return Panel(
        _("Top story"),
        f"{changelist}?state=pinned&whose=all",
        _("No article is pinned: the newest story is the top story."),
        rows,
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
