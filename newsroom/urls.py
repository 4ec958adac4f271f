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
    path(f"{settings.ADMIN_URL}body-editor/images/", body_editor_images, name="body-editor-images"),
    path(
        f"{settings.ADMIN_URL}body-editor/galleries/",
        body_editor_galleries,
        name="body-editor-galleries",
    ),
    path(settings.ADMIN_URL, admin.site.urls),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap-section"),
    path("api/", include("api.urls")),
    path("tac-gia/", include("authors.urls")),
    path("binh-luan/", include("comments.urls")),
    path("", include("multimedia.urls")),
    path("", include("articles.urls")),
]

# A database outage raised outside a view (sessions, the user) is answered like one inside it.
handler500 = "newsroom.outage.server_error"
# The API answers its 404s in JSON; every other address gets the site's page.
handler404 = "api.views.page_not_found"

# Uploads on local disk are served by the site itself when nothing (nginx) answers /media/ in front;
# with S3 (S3_BUCKET) the store serves them at its own address.
if settings.STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage":
    urlpatterns.insert(
        0, path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media_file, name="media")
    )
