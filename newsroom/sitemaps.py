"""The site's sitemaps and robots.txt: glue over the sitemaps of the articles, authors and
multimedia apps."""

from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from articles.sitemaps import ArticleMonthSitemap, NewsSitemap, SectionSitemap
from authors.sitemaps import AuthorSitemap
from multimedia.sitemaps import GallerySitemap, PrintIssueSitemap, VideoSitemap

NEWS = "news"


def site_sitemaps():
    return {
        NEWS: NewsSitemap(),
        "sections": SectionSitemap(),
        "authors": AuthorSitemap(),
        "videos": VideoSitemap(),
        "galleries": GallerySitemap(),
        "print-issues": PrintIssueSitemap(),
        **ArticleMonthSitemap.by_month(),
    }


@require_safe
def index(request):
    return sitemap_views.index(
        request,
        site_sitemaps(),
        template_name="sitemaps/index.xml",
        sitemap_url_name="sitemap-section",
    )


@require_safe
def section(request, section):
    if section == NEWS:
        return sitemap_views.sitemap(
            request, {NEWS: NewsSitemap()}, section=NEWS, template_name="sitemaps/news.xml"
        )
    # A month's sitemap is built alone: counting every other month scans the whole archive.
    sitemaps = ArticleMonthSitemap.for_key(section) or site_sitemaps()
    return sitemap_views.sitemap(
        request, sitemaps, section=section, template_name="sitemaps/sitemap.xml"
    )


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        f"Disallow: {reverse('articles:search')}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap-section', args=[NEWS]))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
