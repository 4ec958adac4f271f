from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import Article, ArticleAuthor, Section, SiteSettings, Tag


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "parent", "position"]
    list_editable = ["position"]
    list_filter = ["parent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    autocomplete_fields = ["author"]
    extra = 1
    fields = ["author", "position"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "section", "status", "published_at", "updated_at"]
    list_filter = ["status", "section"]
    list_select_related = ["section"]
    search_fields = ["title", "lead"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["section", "featured_image"]
    inlines = [ArticleAuthorInline]
    fieldsets = [
        (None, {"fields": ["kicker", "title", "slug", "lead", "body"]}),
        (_("Placement"), {"fields": ["section", "tags"]}),
        (_("Photo"), {"fields": ["featured_image", "featured_image_caption"]}),
        (_("Byline"), {"fields": ["byline_text"]}),
        (_("Publishing"), {"fields": ["status", "published_at", "comments_mode"]}),
    ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    fieldsets = [
        (None, {"fields": ["name", "tagline", "logo"]}),
        (
            _("Masthead (required by press law)"),
            {
                "fields": [
                    "licence_number",
                    "licence_date",
                    "licence_issuer",
                    "governing_body",
                    "editor_in_chief",
                    "address",
                    "phone",
                    "email",
                ]
            },
        ),
        (_("Reader comments"), {"fields": ["comments_mode"]}),
    ]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        """There is one row: go straight to it, or to the form that creates it."""
        if SiteSettings.objects.exists():
            return redirect(reverse("admin:articles_sitesettings_change", args=[1]))
        return redirect(reverse("admin:articles_sitesettings_add"))
