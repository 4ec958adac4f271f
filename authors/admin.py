from django.contrib import admin

from newsroom.admin import VietnameseSlugMixin

from .models import Author


@admin.register(Author)
class AuthorAdmin(VietnameseSlugMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "user"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user", "photo"]
