from django.urls import path

from . import views

app_name = "comments"

urlpatterns = [
    path("<int:article_id>/", views.comment_create, name="create"),
    path("<int:article_id>/y-kien/", views.comment_list, name="list"),
    path("bao-vi-pham/<int:pk>/", views.comment_report, name="report"),
]
