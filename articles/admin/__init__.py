from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from multimedia.widgets import PhotoChooserWidget
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
from . import zones  # noqa: F401  (registers ZoneAdmin)
from .editing import EditingAdminMixin
from .events import EventArticleInline
from .filters import OwnerFilter, StatusFilter
from .forms import ArticleAdminForm
from .live import LiveCoverageArticleMixin
from .pages import DeskPagesMixin
from .workflow import WorkflowAdminMixin, pending_byline_rows

PHOTO_FIELDS = ["featured_image", "social_image"]
SEO_FIELDS = ["seo_title", "seo_description", "social_image"]


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

    def get_extra(self, request, obj=None, **kwargs):
        rows = pending_byline_rows(request, obj)
        return self.extra if rows is None else len(rows) + self.extra


class CorrectionInline(admin.StackedInline):
    """Editors add corrections (add_correction); everyone else does not see the box."""

    model = Correction
    extra = 0
    fields = ["text", "created_at"]


@admin.register(Article)
class ArticleAdmin(
    LiveCoverageArticleMixin,
    WorkflowAdminMixin,
    EditingAdminMixin,
    DeskPagesMixin,
    admin.ModelAdmin,
):
    form = ArticleAdminForm

    class Media:
        css = {"all": ["css/admin_workflow.css"]}

    list_display = ["title", "section", "workflow_status", "publication_time", "last_saved"]
    list_filter = [OwnerFilter, StatusFilter, "section", "presentation"]
    list_select_related = ["section", "updated_by"]
    search_fields = ["title", "lead"]
    date_hierarchy = "published_at"
    # No prepopulated slug: left empty, the server makes it from the title and adds -2, -3… on a
    # clash, where a prepopulated one would come back as a form error.
    autocomplete_fields = ["section"]
    # Photos are chosen in the library's own list, in a popup with thumbnails: PhotoChooserWidget.
    raw_id_fields = PHOTO_FIELDS
    inlines = [ArticleAuthorInline, EventArticleInline, CorrectionInline]
    readonly_fields = ["status", "published_at", "material_update_at", "former_addresses"]
    fieldsets = [
        (None, {"fields": ["kicker", "title", "slug", "lead", "body"]}),
        (_("Placement"), {"fields": ["section", "tags"]}),
        (_("Photo"), {"fields": ["featured_image", "featured_image_caption"]}),
        (_("Byline"), {"fields": ["byline_text"]}),
        (_("Presentation"), {"fields": ["presentation", "credits"]}),
        (
            _("Search engines and shares"),
            {"fields": SEO_FIELDS, "classes": ["collapse"]},
        ),
        (
            _("Publishing"),
            {
                "fields": [
                    "status",
                    "published_at",
                    "material_update_at",
                    "is_material_update",
                    "comments_mode",
                    "former_addresses",
                    "loaded_at",
                ]
            },
        ),
    ]

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        # A change that waits for approval carries the revision's fields only (revisions.py):
        # the SEO fields would be dropped silently, so they stay as the editors left them.
        if obj is not None and obj.changes_need_approval(request.user):
            readonly = [*readonly, *SEO_FIELDS]
        return readonly

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in PHOTO_FIELDS:
            kwargs["widget"] = PhotoChooserWidget(db_field.remote_field, self.admin_site)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def view_on_site(self, article):
        """The readers' page once they can see it; before that the staff preview, not a 404."""
        if article.is_published():
            return article.get_absolute_url()
        return reverse("articles:preview", kwargs={"pk": article.pk})

    @admin.display(description=_("former addresses"))
    def former_addresses(self, article):
        """Addresses the article had while live; old links to them redirect here."""
        return (
            format_html_join(", ", "{}", ((str(old),) for old in article.slug_history.all())) or "—"
        )


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    upload_limit_setting = "MULTIMEDIA_MAX_IMAGE_BYTES"  # the logo; see newsroom/middleware.py
    autocomplete_fields = ["default_share_image"]
    fieldsets = [
        (None, {"fields": ["name", "tagline", "logo", "default_share_image"]}),
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
