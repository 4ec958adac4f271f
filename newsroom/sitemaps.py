"""The site's sitemaps and robots.txt: glue over the sitemaps of the articles, authors and
multimedia apps."""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

import pagecache
from articles.models import Article
from articles.sitemaps import ArticleMonthSitemap, EventSitemap, NewsSitemap, SectionSitemap
from authors.sitemaps import AuthorSitemap
from multimedia.models import Gallery, PrintIssue, Video
from multimedia.sitemaps import GallerySitemap, PrintIssueSitemap, VideoSitemap

NEWS = "news"
MEDIA_MODELS = (Video, Gallery, PrintIssue)


def site_sitemaps():
    return {
        NEWS: NewsSitemap(),
        "sections": SectionSitemap(),
        "authors": AuthorSitemap(),
        "events": EventSitemap(),
        "videos": VideoSitemap(),
        "galleries": GallerySitemap(),
        "print-issues": PrintIssueSitemap(),
        **ArticleMonthSitemap.by_month(),
    }


def depends_on_everything_listed():
    """Sitemaps list every published item with its last change, and articles' photo addresses
    (a photo's new focal point renames its files)."""
    pagecache.depends_on(
        "article-any", "card-any", "section-any", "author-any", "event-any", "image-any"
    )
    pagecache.depends_on(pagecache.list_tag("event"), pagecache.list_tag("eventarticle"))
    for model in (Article, *MEDIA_MODELS):
        pagecache.listing(model)


@require_safe
@pagecache.cached_page
def index(request):
    depends_on_everything_listed()
    return sitemap_views.index(
        request,
        site_sitemaps(),
        template_name="sitemaps/index.xml",
        sitemap_url_name="sitemap-section",
    )


@require_safe
@pagecache.cached_page(params=("p",))
def section(request, section):
    depends_on_everything_listed()
    if section == NEWS:
        return sitemap_views.sitemap(
            request, {NEWS: NewsSitemap()}, section=NEWS, template_name="sitemaps/news.xml"
        )
    # A month's sitemap is built alone: counting every other month scans the whole archive.
    # Its thousands of URLs have a location and a lastmod only, in a template with nothing else.
    month = ArticleMonthSitemap.for_key(section)
    return sitemap_views.sitemap(
        request,
        month or site_sitemaps(),
        section=section,
        template_name="sitemaps/articles.xml" if month else "sitemaps/sitemap.xml",
    )


@require_safe
@pagecache.cached_page
def robots_txt(request):
    lines = ["User-agent: *"]
    # A custom ADMIN_URL is kept out of sight: robots.txt is public.
    if settings.ADMIN_URL == "admin/":
        lines.append(f"Disallow: {reverse('admin:index')}")
    lines += [
        f"Disallow: {reverse('articles:search')}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap-section', args=[NEWS]))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
