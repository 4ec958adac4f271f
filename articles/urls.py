from django.urls import path
from django.views.decorators.http import require_safe

from pagecache import cached_page

from . import emagazine, live_views, preview, views
from .feeds import EventFeed, SectionFeed, SiteFeed, TagFeed

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("rss/", cached_page(require_safe(SiteFeed())), name="feed"),
    path("rss/<slug:slug>/", cached_page(require_safe(SectionFeed())), name="section-feed"),
    path("chu-de/<slug:slug>/", views.tag_detail, name="tag"),
    path("chu-de/<slug:slug>/rss/", cached_page(require_safe(TagFeed())), name="tag-feed"),
    path("su-kien/<slug:slug>/", views.event_detail, name="event"),
    path("su-kien/<slug:slug>/rss/", cached_page(require_safe(EventFeed())), name="event-feed"),
    path("xem-truoc/trang-chu/", preview.home_preview, name="home-preview"),
    path("xem-truoc/<int:pk>/", preview.article_preview, name="preview"),
    path("xem-truoc/chia-se/<slug:token>/", preview.article_preview_link, name="preview-link"),
    path("tim-kiem/", views.search, name="search"),
    path("emagazine/", emagazine.emagazine_list, name="emagazine"),
    path("luot-doc/<int:pk>/", views.view_beacon, name="view-beacon"),
    path("cap-nhat/<int:pk>/", live_views.live_updates, name="live-updates"),
    path("<slug:slug>/", views.section_detail, name="section"),
    path("<slug:section>/<slug:slug>-<int:pk>.html", views.article_detail, name="detail"),
]
