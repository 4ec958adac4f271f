from django.urls import path
from django.views.decorators.http import require_safe

from pagecache import cached_page

from . import views
from .feeds import AuthorFeed

app_name = "authors"

urlpatterns = [
    path("<slug:slug>/", views.author_detail, name="detail"),
    path("<slug:slug>/rss/", cached_page(require_safe(AuthorFeed())), name="feed"),
]
