from django.urls import path

from . import views

app_name = "api"

urlpatterns = [
    path("v1/articles/", views.article_list, name="articles"),
    path("v1/articles/<int:pk>/", views.article_detail, name="article"),
    path("v1/sections/", views.section_list, name="sections"),
    path("v1/openapi.json", views.openapi, name="openapi"),
]
