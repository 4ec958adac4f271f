from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from newsroom.admin import VietnameseSlugMixin

from ..models import (
    Article,
    ArticleAuthor,
    Correction,
    Section,
    SiteSettings,
    Tag,
    TaggedArticle,
)
from ..search import rebuild_documents
from .filters import OwnerFilter, StatusFilter
from .forms import ArticleAdminForm
from .live import LiveCoverageArticleMixin
from .pages import DeskPagesMixin
from .workflow import WorkflowAdminMixin


@admin.register(Section)
class SectionAdmin(VietnameseSlugMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "parent", "position"]
    list_editable = ["position"]
    list_filter = ["parent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]


@admin.register(Tag)
class TagAdmin(VietnameseSlugMixin, admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "name" in form.changed_data:
            # The tag's name is part of its articles' search documents.
            rebuild_documents(Article, TaggedArticle, articles=Article.objects.filter(tags=obj))


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    autocomplete_fields = ["author"]
    extra = 1
    fields = ["author", "position"]


class CorrectionInline(admin.StackedInline):
    """Editors add corrections (add_correction); everyone else does not see the box."""

    model = Correction
    extra = 0
    fields = ["text", "created_at"]


@admin.register(Article)
class ArticleAdmin(LiveCoverageArticleMixin, WorkflowAdminMixin, DeskPagesMixin, admin.ModelAdmin):
    form = ArticleAdminForm

    class Media:
        css = {"all": ["css/admin_workflow.css"]}

    list_display = ["title", "section", "workflow_status", "publication_time", "last_saved"]
    list_filter = [OwnerFilter, StatusFilter, "section"]
    list_select_related = ["section", "updated_by"]
    search_fields = ["title", "lead"]
    date_hierarchy = "published_at"
    # No prepopulated slug: left empty, the server makes it from the title and adds -2, -3… on a
    # clash, where a prepopulated one would come back as a form error.
    autocomplete_fields = ["section", "featured_image"]
    inlines = [ArticleAuthorInline, CorrectionInline]
    readonly_fields = ["status", "published_at", "material_update_at", "former_addresses"]
    fieldsets = [
        (None, {"fields": ["kicker", "title", "slug", "lead", "body"]}),
        (_("Placement"), {"fields": ["section", "tags"]}),
        (_("Photo"), {"fields": ["featured_image", "featured_image_caption"]}),
        (_("Byline"), {"fields": ["byline_text"]}),
        (
            _("Publishing"),
            {
                "fields": [
                    "status",
                    "published_at",
                    "material_update_at",
                    "is_material_update",
                    "pinned_until",
                    "comments_mode",
                    "former_addresses",
                    "loaded_at",
                ]
            },
        ),
    ]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        # Placing the top story is the desk's call: a posted value from anyone else is ignored.
        if not request.user.has_perm("articles.publish_article"):
            readonly = [*readonly, "pinned_until"]
        return readonly

    @admin.display(description=_("former addresses"))
    def former_addresses(self, article):
        """Addresses the article had while live; old links to them redirect here."""
        return (
            format_html_join(", ", "{}", ((str(old),) for old in article.slug_history.all())) or "—"
        )


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    upload_limit_setting = "MULTIMEDIA_MAX_IMAGE_BYTES"  # the logo; see newsroom/middleware.py
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
