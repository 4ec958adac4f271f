from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import Image


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ["thumbnail", "__str__", "credit", "width", "height", "created_at"]
    list_display_links = ["thumbnail", "__str__"]
    search_fields = ["alt_text", "caption", "credit"]
    date_hierarchy = "created_at"
    readonly_fields = ["thumbnail", "width", "height", "uploaded_by", "created_at"]
    fields = [
        "file",
        "thumbnail",
        "alt_text",
        "caption",
        "credit",
        "width",
        "height",
        "uploaded_by",
    ]

    @admin.display(description=_("preview"))
    def thumbnail(self, image):
        if not image.file:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" class="admin-thumbnail" width="120">',
            image.file.url,
            image.alt_text,
        )

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)
