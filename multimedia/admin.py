from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import Gallery, GalleryPhoto, Image, PrintIssue, PrintPage, Video


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ["thumbnail", "__str__", "credit", "width", "height", "created_at"]
    list_display_links = ["thumbnail", "__str__"]
    search_fields = ["alt_text", "caption", "credit", "content_hash"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "thumbnail",
        "width",
        "height",
        "rendition_widths",
        "uploaded_by",
        "created_at",
    ]
    fieldsets = [
        (None, {"fields": ["file", "thumbnail", "alt_text", "caption", "credit"]}),
        (_("Crops for cards"), {"fields": ["focal_x", "focal_y"]}),
        (
            _("File"),
            {"fields": ["width", "height", "rendition_widths", "uploaded_by", "created_at"]},
        ),
    ]

    @admin.display(description=_("preview"))
    def thumbnail(self, image):
        if not image.file:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" class="admin-thumbnail" width="120">',
            image.picture().src,
            image.alt_text,
        )

    @admin.display(description=_("resized copies (widths)"))
    def rendition_widths(self, image):
        sizes = image.renditions.get("shapes", {}).get("original", {}).get("sizes", [])
        return ", ".join(str(width) for width, _height in sizes) or "—"

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)


class PublishPermissionAdmin(admin.ModelAdmin):
    """Anyone with change permission prepares the item; only holders of publish_<model> publish it.

    Read-only fields are ignored in the submitted form, so the check holds on the server.
    """

    def can_publish(self, request):
        opts = self.model._meta
        return request.user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not self.can_publish(request):
            fields += ["status", "published_at"]
        return fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Video)
class VideoAdmin(PublishPermissionAdmin):
    list_display = ["title", "section", "duration", "status", "published_at"]
    list_filter = ["status", "section"]
    list_select_related = ["section"]
    search_fields = ["title", "caption"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["section", "poster"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "section", "caption"]}),
        (_("Video"), {"fields": ["file", "embed_url", "poster", "duration", "transcript"]}),
        (_("Publishing"), {"fields": ["status", "published_at"]}),
    ]


class GalleryPhotoInline(admin.TabularInline):
    model = GalleryPhoto
    autocomplete_fields = ["image"]
    fields = ["image", "caption", "position"]
    extra = 3


@admin.register(Gallery)
class GalleryAdmin(PublishPermissionAdmin):
    list_display = ["title", "kind", "section", "status", "published_at"]
    list_filter = ["status", "kind", "section"]
    list_select_related = ["section"]
    search_fields = ["title", "lead"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["section", "cover"]
    inlines = [GalleryPhotoInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "section", "lead", "cover"]}),
        (_("Publishing"), {"fields": ["status", "published_at"]}),
    ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        gallery = form.instance
        first = gallery.photos.first()
        if gallery.cover_id is None and first:
            gallery.cover = first.image
            gallery.save(update_fields=["cover"])


class PrintPageInline(admin.TabularInline):
    model = PrintPage
    autocomplete_fields = ["article"]
    fields = ["page_number", "article"]
    extra = 3


@admin.register(PrintIssue)
class PrintIssueAdmin(admin.ModelAdmin):
    list_display = ["number", "issue_date", "status", "published_at"]
    list_filter = ["status"]
    search_fields = ["=number"]
    date_hierarchy = "issue_date"
    autocomplete_fields = ["cover"]
    inlines = [PrintPageInline]
    fields = ["number", "issue_date", "pdf", "cover", "status", "published_at"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        obj.make_cover_from_pdf(user=request.user)
