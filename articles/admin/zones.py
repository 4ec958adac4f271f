"""The desk arranges pages here: a zone and its placements (an inline ordered by position
numbers), with what readers see now and, for each placement that does not show, why.

Every add, change and removal of a placement is recorded by the admin's history (LogEntry) with
the placement's article, position and times, and shown on the zone's page.
"""

from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from ..front_pages import now_showing
from ..models import Placement, Zone
from ..templatetags.news import news_datetime

HISTORY_ROWS = 15


class PlacementInline(admin.TabularInline):
    model = Placement
    extra = 1
    autocomplete_fields = ["article"]
    fields = ["position", "article", "starts_at", "ends_at", "reader_status", "placed_by"]
    readonly_fields = ["reader_status", "placed_by"]

    @admin.display(description=_("readers see it?"))
    def reader_status(self, placement):
        if placement.pk is None:
            return "—"
        if not hasattr(self, "_reasons"):
            self._reasons = {p.pk: reason for p, reason in placement.zone.lineup().items()}
        reason = self._reasons.get(placement.pk)
        return _("Yes, now") if reason is None else format_html("<strong>{}</strong>", reason)


@admin.register(Zone)
class ZoneAdmin(admin.ModelAdmin):
    list_display = ["__str__", "size", "showing_count"]
    list_select_related = ["section"]
    autocomplete_fields = ["section"]
    fields = ["section", "kind", "size", "reader_view", "history"]
    readonly_fields = ["reader_view", "history"]
    inlines = [PlacementInline]

    def get_queryset(self, request):
        return super().get_queryset(request).in_page_order()

    def get_readonly_fields(self, request, obj=None):
        # A zone's page and kind are its identity: change them by making another zone.
        return [*self.readonly_fields, *(["section", "kind"] if obj else [])]

    def save_formset(self, request, form, formset, change):
        for placement in formset.save(commit=False):
            if placement.placed_by_id is None:
                placement.placed_by = request.user
            placement.save()
        for placement in formset.deleted_objects:
            placement.delete()

    @admin.display(description=_("placements showing now"))
    def showing_count(self, zone):
        return zone.placements.showing().count()

    @admin.display(description=_("what readers see now"))
    def reader_view(self, zone):
        if zone.pk is None:
            return "—"
        rows = [
            (article.title, _("placed") if placed else _("newest story, filled in"))
            for article, placed in now_showing(zone)
        ]
        return format_html("<ol>{}</ol>", format_html_join("", "<li>{} <em>({})</em></li>", rows))

    @admin.display(description=_("history of placements"))
    def history(self, zone):
        if zone.pk is None:
            return "—"
        entries = (
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(Zone), object_id=str(zone.pk)
            )
            .select_related("user")
            .order_by("-action_time")[:HISTORY_ROWS]
        )
        rows = [
            (news_datetime(entry.action_time), entry.user, entry.get_change_message())
            for entry in entries
        ]
        return format_html_join("", "<p>{} · {}: {}</p>", rows) or "—"
