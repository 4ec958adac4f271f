"""Events (dòng sự kiện) on the desk: editors make and order them; journalists attach their
articles to events from the article's own page (EventArticleInline)."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from newsroom.admin import VietnameseSlugMixin

from ..models import Event, EventArticle


class EventArticleInline(admin.TabularInline):
    """On the article's page: the events it belongs to."""

    model = EventArticle
    extra = 1
    autocomplete_fields = ["event"]
    fields = ["event"]


class EventTimelineInline(admin.TabularInline):
    """On the event's page: its articles."""

    model = EventArticle
    extra = 1
    autocomplete_fields = ["article"]
    fields = ["article", "published_at"]
    readonly_fields = ["published_at"]
    verbose_name = _("article of the event")
    verbose_name_plural = _("articles of the event")


@admin.register(Event)
class EventAdmin(VietnameseSlugMixin, admin.ModelAdmin):
    list_display = ["name", "is_hot", "hot_position", "article_count", "updated_at"]
    list_editable = ["is_hot", "hot_position"]
    list_filter = ["is_hot"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["cover", "overview"]
    fields = ["name", "slug", "description", "cover", "overview", "is_hot", "hot_position"]
    inlines = [EventTimelineInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_total=Count("links"))

    @admin.display(description=_("articles"), ordering="article_total")
    def article_count(self, event):
        return event.article_total
