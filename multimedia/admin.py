from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles.models import Article
from newsroom.admin import DefaultChoiceFilter, VietnameseSlugMixin

from .models import Gallery, GalleryPhoto, Image, PrintIssue, PrintPage, Video

# Articles named by "used in" and by a refused deletion; "… and more" stands for the rest.
USAGES_LISTED = 20


def may_edit(request, obj):
    """The row's own rule (is_editable_by); with no row (list, add pages) the model permission decides."""
    return obj is None or obj.is_editable_by(request.user)


def article_link(article):
    url = reverse("admin:articles_article_change", args=[article.pk])
    return format_html('<a href="{}">{}</a>', url, article.title)


class PrintCoverFilter(DefaultChoiceFilter):
    """A print edition's front page arrives every day: the library hides them unless asked."""

    title = _("print-edition front pages")
    parameter_name = "print"
    default = "hide"

    def lookups(self, request, model_admin):
        return [("hide", _("Hidden")), ("show", _("Shown too")), ("only", _("Only these"))]

    def queryset(self, request, queryset):
        if self.value() == "only":
            return queryset.print_covers()
        if self.value() == "show":
            return queryset
        return queryset.without_print_covers()


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    """The media library; also the photo chooser of articles (multimedia/widgets.py), in a popup."""

    upload_limit_setting = "MULTIMEDIA_MAX_IMAGE_BYTES"  # bodies bounded by newsroom/middleware.py
    list_display = ["thumbnail", "__str__", "credit", "width", "height", "created_at"]
    list_display_links = ["thumbnail", "__str__"]
    list_filter = [PrintCoverFilter]
    ordering = ["-created_at", "-pk"]
    search_fields = ["alt_text", "caption", "credit", "content_hash"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "thumbnail",
        "used_in",
        "width",
        "height",
        "rendition_widths",
        "uploaded_by",
        "created_at",
    ]
    fieldsets = [
        (None, {"fields": ["file", "thumbnail", "alt_text", "caption", "credit", "used_in"]}),
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

    @admin.display(description=_("used in"))
    def used_in(self, image):
        if image.pk is None:
            return "—"
        found = Article.objects.using_photo(image).order_by("-pk").only("pk", "title")
        articles = list(found[: USAGES_LISTED + 1])
        if not articles:
            return gettext("No article shows this photo.")
        lines = [article_link(article) for article in articles[:USAGES_LISTED]]
        if len(articles) > USAGES_LISTED:
            lines.append(gettext("… and more articles"))
        return format_html(
            "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((line,) for line in lines))
        )

    def get_deleted_objects(self, objs, request):
        """Add the articles whose body shows a photo: its deletion would break them silently.

        The admin refuses to delete (one photo, or the bulk action) while this list is not
        empty, and shows it. Featured images and gallery photos are protected by their
        on_delete=PROTECT foreign keys already.
        """
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        photos = {image.pk: image for image in objs}
        found = Article.objects.with_photos_in_body(photos).order_by("-pk")
        articles = list(found.only("pk", "title", "body_image_ids")[: USAGES_LISTED + 1])
        for article in articles[:USAGES_LISTED]:
            for pk in sorted(photos.keys() & set(article.body_image_ids)):
                protected.append(
                    format_html(
                        gettext(
                            "Photo “{photo}” is shown in the body of the article {article}; "
                            "take it out of the article first."
                        ),
                        photo=photos[pk],
                        article=article_link(article),
                    )
                )
        if len(articles) > USAGES_LISTED:
            protected.append(gettext("… and more articles"))
        return deleted, counts, perms_needed, protected

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and may_edit(request, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and not request.user.has_perm("multimedia.change_any_image"):
            # The picture may already run in published stories: only its words are the uploader's.
            fields += ["file", "focal_x", "focal_y"]
        return fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)


class PublishPermissionAdmin(admin.ModelAdmin):
    """Anyone with change permission prepares their own drafts; holders of publish_<model> publish
    them and change any item (Story.is_editable_by).

    Read-only fields are ignored in the submitted form, so the check holds on the server.
    """

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and may_edit(request, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not self.model.can_publish(request.user):
            fields += ["status", "published_at"]
        return fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Video)
class VideoAdmin(VietnameseSlugMixin, PublishPermissionAdmin):
    upload_limit_setting = "MULTIMEDIA_MAX_VIDEO_BYTES"
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

    # The photos are part of the gallery: whoever may not change the gallery may not change them.
    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and may_edit(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and may_edit(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and may_edit(request, obj)


@admin.register(Gallery)
class GalleryAdmin(VietnameseSlugMixin, PublishPermissionAdmin):
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
    upload_limit_setting = "MULTIMEDIA_MAX_PDF_BYTES"
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
