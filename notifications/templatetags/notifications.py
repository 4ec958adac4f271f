from django import template
from django.db.models import F

from ..models import Notification

register = template.Library()
INBOX_SIZE = 10


@register.simple_tag(takes_context=True)
def unread_notification_count(context):
    user = context["request"].user
    return Notification.objects.for_user(user).unread().count() if user.is_staff else 0


@register.simple_tag(takes_context=True)
def inbox_notifications(context):
    """The newest notifications, unread first."""
    user = context["request"].user
    if not user.is_staff:
        return []
    return (
        Notification.objects.for_user(user)
        .select_related("article", "actor")
        .order_by(F("read_at").asc(nulls_first=True), "-shown_at", "-pk")[:INBOX_SIZE]
    )
