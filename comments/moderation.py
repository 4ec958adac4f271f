"""What happens to a comment on arrival: the article's mode, the word and link rules, duplicates."""

import re
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from articles.models import CommentMode, SiteSettings

from .models import Comment, WordRule
from .protection import advisory_lock_key
from .signals import comments_changed

# Addresses with a scheme or www., and bare domains under the endings spammers favour.
LINK_PATTERN = re.compile(
    r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|biz|xyz|top|vn|io|me|co)\b\S*",
    re.IGNORECASE,
)


def comments_mode(article, site_settings=None):
    """pre, post or closed for this article now: its own choice, else the site's, else the default.

    Whatever was chosen, comments close COMMENTS_CLOSE_AFTER_DAYS after publication.
    """
    days = settings.COMMENTS_CLOSE_AFTER_DAYS
    if not article.is_published() or (
        days is not None and article.published_at + timedelta(days=days) <= timezone.now()
    ):
        return CommentMode.CLOSED
    site_settings = site_settings if site_settings is not None else SiteSettings.load()
    return article.comments_mode or site_settings.comments_mode or settings.COMMENTS_MODERATION


def count_links(text):
    return len(LINK_PATTERN.findall(text))


def screen(article, body):
    """(status, held_for) for a new comment; held_for lists every rule that held or rejected it."""
    rules = WordRule.objects.matching(body)
    banned = [rule for rule in rules if rule.kind == WordRule.Kind.BANNED]
    if banned:
        return Comment.Status.REJECTED, [
            {"rule": "banned_word", "detail": rule.phrase} for rule in banned
        ]
    held_for = [
        {"rule": "suspect_word", "detail": rule.phrase}
        for rule in rules
        if rule.kind == WordRule.Kind.SUSPECT
    ]
    links = count_links(body)
    if links > settings.COMMENTS_MAX_LINKS:
        held_for.append({"rule": "too_many_links", "detail": links})
    if held_for:
        return Comment.Status.PENDING, held_for
    if comments_mode(article) == CommentMode.POST:
        return Comment.Status.APPROVED, [{"rule": "post_moderation", "detail": ""}]
    return Comment.Status.PENDING, [{"rule": "pre_moderation", "detail": ""}]


def receive(article, *, name, email, body, parent, ip_hash, user_agent):
    """Store a reader's comment as the rules decide; None if the sender just sent the same text.

    Advisory locks on the sender's email and IP hash serialise their posts, so a double click or a
    replayed request cannot slip a duplicate past the check.
    """
    with transaction.atomic():
        with connection.cursor() as cursor:
            for key in sorted({advisory_lock_key(f"email:{email}"), advisory_lock_key(ip_hash)}):
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])
        since = timezone.now() - timedelta(seconds=settings.COMMENTS_DUPLICATE_WINDOW)
        if Comment.objects.filter(
            Q(email=email) | Q(ip_hash=ip_hash), body=body, created_at__gte=since
        ).exists():
            return None
        status, held_for = screen(article, body)
        comment = Comment.objects.create(
            article=article,
            parent=parent,
            name=name,
            email=email,
            body=body,
            status=status,
            held_for=held_for,
            # A rejection by rule is final: recorded as decided, out of the queue, kept for audit.
            decided_at=timezone.now() if status == Comment.Status.REJECTED else None,
            ip_hash=ip_hash,
            user_agent=user_agent[:200],
        )
    if comment.is_visible():
        comments_changed.send(sender=Comment, article_ids={article.pk})
    return comment


def describe_hold(reason):
    """A moderator's sentence for one entry of Comment.held_for."""
    rule, detail = reason.get("rule"), reason.get("detail")
    if rule == "banned_word":
        return gettext("Banned word “%s”") % detail
    if rule == "suspect_word":
        return gettext("Suspect word “%s”") % detail
    if rule == "too_many_links":
        return ngettext("Too many links (%d)", "Too many links (%d)", detail) % detail
    if rule == "reports":
        return ngettext("Reader reports (%d)", "Reader reports (%d)", detail) % detail
    if rule == "pre_moderation":
        return gettext("Pre-moderation")
    if rule == "post_moderation":
        return gettext("Post-moderation: already shown")
    return str(rule)
