"""The inbox: every staff member sees their own notifications, and nobody else's."""

from django.contrib import admin, messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from articles.templatetags.news import news_datetime

from .models import Notification


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["when", "kind", "article", "text", "is_read"]
    list_filter = ["kind"]
    list_select_related = ["article"]
    actions = ["mark_read"]

    def get_queryset(self, request):
        return super().get_queryset(request).for_user(request.user)

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request) and (
            obj is None or obj.recipient_id == request.user.pk
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        read = self.admin_site.admin_view(require_POST(self.read_view))
        return [
            path("read/", read, name="notifications_notification_read_all"),
            path("<int:notification_id>/read/", read, name="notifications_notification_read"),
            *super().get_urls(),
        ]

    def read_view(self, request, notification_id=None):
        """Mark one notification (or, without an id, all of one's own) as read, then go back."""
        mine = Notification.objects.for_user(request.user)
        if notification_id is None:
            mine.mark_read()
        else:
            mine.filter(pk=get_object_or_404(mine, pk=notification_id).pk).mark_read()
        messages.success(request, _("Marked as read."))
        return redirect(reverse("admin:index"))

    @admin.display(description=gettext_lazy("at"), ordering="shown_at")
    def when(self, notification):
        return news_datetime(notification.shown_at)

    @admin.display(description=gettext_lazy("read"), boolean=True)
    def is_read(self, notification):
        return notification.read_at is not None

    @admin.action(description=gettext_lazy("Mark as read"))
    def mark_read(self, request, queryset):
        queryset.mark_read()
