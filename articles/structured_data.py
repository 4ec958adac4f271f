"""schema.org JSON-LD for article pages: NewsArticle (LiveBlogPosting for a live coverage) and
BreadcrumbList.

Dates come from the same fields as the visible time stamp, Open Graph, the sitemaps and RSS
(published_at, Article.modified_at), in Vietnam time with its +07:00 offset.
"""

from django.templatetags.static import static
from django.utils import timezone

from multimedia.models import print_schema_properties

PUBLISHER_LOGO = "img/publisher-logo.png"


def iso_datetime(value):
    return timezone.localtime(value).isoformat(timespec="seconds")


def image_object(request, image):
    share = image.share_rendition()
    return {
        "@type": "ImageObject",
        "url": request.build_absolute_uri(share.url),
        "width": share.width,
        "height": share.height,
    }


def publisher(request, site):
    logo_url = site.logo.url if site.logo else static(PUBLISHER_LOGO)
    return {
        "@type": "Organization",
        "name": site.name,
        "url": request.build_absolute_uri("/"),
        "logo": {"@type": "ImageObject", "url": request.build_absolute_uri(logo_url)},
    }


def authors(request, article, site):
    people = [
        {
            "@type": "Person",
            "name": byline.author.name,
            "url": request.build_absolute_uri(byline.author.get_absolute_url()),
        }
        for byline in article.bylines.all()
    ]
    if article.byline_text:
        # Agencies and pen names ("Theo TTXVN") have no author page.
        people.append({"@type": "Organization", "name": article.byline_text})
    return people or [publisher(request, site)]


def news_article(request, article, site, tags):
    url = request.build_absolute_uri(article.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.title[:110],
        "description": article.lead,
        "datePublished": iso_datetime(article.published_at),
        "dateModified": iso_datetime(article.modified_at),
        "author": authors(request, article, site),
        "publisher": publisher(request, site),
        "articleSection": article.section.name,
        "keywords": ", ".join(tag.name for tag in tags),
        "inLanguage": "vi",
    }
    if article.featured_image:
        data["image"] = [image_object(request, article.featured_image)]
    data.update(print_schema_properties(article))
    return data


def live_blog_posting(request, article, site, tags, live):
    """A live coverage, live or ended: schema.org's LiveBlogPosting (a kind of NewsArticle for
    Google, which reads the article properties) with the coverage times and the updates the page
    shows. An ended coverage keeps its type: coverageEndTime says it is over."""
    url = request.build_absolute_uri(article.get_absolute_url())
    updates = [update for update in (live.key, *live.updates) if update]
    data = {
        **news_article(request, article, site, tags),
        "@type": "LiveBlogPosting",
        "coverageStartTime": iso_datetime(article.live_started_at),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": (update.headline or update.plain_text())[:110],
                "articleBody": update.plain_text(),
                "datePublished": iso_datetime(update.posted_at),
                "url": f"{url}#cap-nhat-{update.pk}",
            }
            for update in sorted(updates, key=lambda update: update.posted_at, reverse=True)
        ],
    }
    if article.live_ended_at:
        data["coverageEndTime"] = iso_datetime(article.live_ended_at)
    return data


def breadcrumbs(request, article, site):
    trail = [(site.name, "/")]
    if article.section.parent_id:
        trail.append((article.section.parent.name, article.section.parent.get_absolute_url()))
    trail.append((article.section.name, article.section.get_absolute_url()))
    trail.append((article.title, article.get_absolute_url()))
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": request.build_absolute_uri(path),
            }
            for position, (name, path) in enumerate(trail, start=1)
        ],
    }
