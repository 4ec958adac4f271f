from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from articles.editor_views import body_editor_galleries, body_editor_images
from multimedia.serving import media_file

from . import sitemaps

admin.site.site_header = _("Newsroom")
admin.site.site_title = _("Newsroom")
admin.site.index_title = _("Editorial desk")

urlpatterns = [
    path("admin/body-editor/images/", body_editor_images, name="body-editor-images"),
    path("admin/body-editor/galleries/", body_editor_galleries, name="body-editor-galleries"),
    path("admin/", admin.site.urls),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap-section"),
    path("api/", include("api.urls")),
    path("tac-gia/", include("authors.urls")),
    path("binh-luan/", include("comments.urls")),
    path("", include("multimedia.urls")),
    path("", include("articles.urls")),
]

# Uploads on local disk are served by the site itself when nothing (nginx) answers /media/ in front;
# with S3 (S3_BUCKET) the store serves them at its own address.
if settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage":
    urlpatterns.insert(
        0, path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media_file, name="media")
    )
