from django.urls import path

from . import views

app_name = "multimedia"

urlpatterns = [
    path("multimedia/", views.media_list, name="list"),
    path("multimedia/infographic/", views.infographic_list, name="infographics"),
    path("multimedia/video/<slug:slug>-<int:pk>.html", views.video_detail, name="video"),
    path("multimedia/phong-su-anh/<slug:slug>-<int:pk>.html", views.gallery_detail, name="gallery"),
    path("bao-in/", views.print_archive, name="print-archive"),
    path("bao-in/<int:year>/", views.print_archive, name="print-year"),
    path("bao-in/<int:year>/<int:month>/", views.print_archive, name="print-month"),
    path("bao-in/so-<int:number>/", views.print_issue_detail, name="print-issue"),
    path("bao-in/so-<int:number>.pdf", views.print_issue_pdf, name="print-pdf"),
]
