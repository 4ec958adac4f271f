from django import template
from django.conf import settings

from articles.models import CommentMode

from .. import moderation
from ..models import Comment

register = template.Library()


@register.inclusion_tag("comments/comment_block.html", takes_context=True)
def comment_block(context, article):
    """The comments under an article: the first page of approved threads and the way to add one.

    One query however many comments, none when there are none: the threads (one more than a
    page, to know if there are more) with their approved replies. The count comes from the
    article's `with_comment_counts()` annotation when the view loaded it.
    """
    per_page = settings.COMMENTS_PER_PAGE
    count = getattr(article, "approved_comment_count", None)
    if count is None:
        count = Comment.objects.approved().filter(article=article).count()
    threads = Comment.objects.first_threads(article, per_page + 1) if count else []
    mode = moderation.comments_mode(article, context.get("site_settings"))
    return {
        "article": article,
        "threads": threads[:per_page],
        "has_more": len(threads) > per_page,
        "comment_count": count,
        "is_open": mode != CommentMode.CLOSED,
    }


@register.simple_tag(takes_context=True)
def pending_comment_count(context):
    """Comments waiting for a moderator, for users who may see them; None for the others."""
    user = context["request"].user
    if not user.has_perm("comments.view_comment"):
        return None
    return Comment.objects.needs_review().count()
