from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("chu-de/<slug:slug>/", views.tag_detail, name="tag"),
    path("tim-kiem/", views.coming_soon, {"title": _("Search")}, name="search"),
    path("<slug:slug>/", views.section_detail, name="section"),
    path("<slug:section>/<slug:slug>-<int:pk>.html", views.article_detail, name="detail"),
]
