from django.urls import path

from . import views
from .feeds import AuthorFeed

app_name = "authors"

urlpatterns = [
    path("<slug:slug>/", views.author_detail, name="detail"),
    path("<slug:slug>/rss/", AuthorFeed(), name="feed"),
]
