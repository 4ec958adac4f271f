"""schema.org JSON-LD for article pages: NewsArticle (LiveBlogPosting for a live coverage) and
BreadcrumbList, and the image every page shares on social networks.

Dates come from the same fields as the visible time stamp, Open Graph, the sitemaps and RSS
(published_at, Article.modified_at), in Vietnam time with its +07:00 offset.
"""

from dataclasses import replace

from django.templatetags.static import static
from django.utils import timezone

from multimedia.models import Image, print_schema_properties
from multimedia.models.renditions import Rendition

from .body_images import body_image_ids

PUBLISHER_LOGO = "img/publisher-logo.png"
# Shared when neither the page nor the site settings have a photo (1200×630, as Facebook asks).
DEFAULT_SHARE_IMAGE = Rendition("default", "img/share-default.png", 1200, 630, "image/png")
# Google asks for NewsArticle images in these three shapes, each at least 1200 px wide.
ARTICLE_IMAGE_SHAPES = ("16x9", "4x3", "1x1")


def iso_datetime(value):
    return timezone.localtime(value).isoformat(timespec="seconds")


def share_rendition(image, site, shape="16x9"):
    """(Rendition, alt text) that social cards and video thumbnails show for something: its
    photo (in `shape`), the site settings' default share image, or the built-in picture."""
    if image:
        return image.share_rendition(shape=shape), image.alt_text
    if site.default_share_image:
        return site.default_share_image.share_rendition(), site.default_share_image.alt_text
    return replace(DEFAULT_SHARE_IMAGE, url=static(DEFAULT_SHARE_IMAGE.url)), site.name


def share_image(request, image, site, shape="16x9"):
    """share_rendition() at an absolute URL, for the page `request` shows."""
    rendition, alt = share_rendition(image, site, shape)
    return replace(rendition, url=request.build_absolute_uri(rendition.url)), alt


def image_object(request, rendition, **properties):
    return {
        "@type": "ImageObject",
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        **properties,
    }


def article_images(request, image, site):
    """The NewsArticle's images: its photo in 16:9, 4:3 and 1:1, else the shared fallback."""
    if image is None:
        return [image_object(request, share_image(request, None, site)[0])]
    renditions = [image.large_jpeg(shape) for shape in ARTICLE_IMAGE_SHAPES]
    return [image_object(request, rendition) for rendition in renditions if rendition] or [
        image_object(request, image.share_rendition())
    ]


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
        "headline": article.page_title[:110],
        "description": article.description,
        "datePublished": iso_datetime(article.published_at),
        "dateModified": iso_datetime(article.modified_at),
        "author": authors(request, article, site),
        "publisher": publisher(request, site),
        "articleSection": article.section.name,
        "keywords": ", ".join(tag.name for tag in tags),
        "inLanguage": "vi",
    }
    data["image"] = article_images(request, article.share_image, site)
    if article.presentation == article.Presentation.INFOGRAPHIC:
        data["genre"] = "Infographic"
        data["image"] = [*infographic_images(request, article), *data["image"]]
    data.update(print_schema_properties(article))
    return data


def infographic_images(request, article):
    """The infographic's pictures at full size; their alt text is the content they show."""
    images = Image.objects.in_bulk(article.body_image_ids)
    return [
        {
            "@type": "ImageObject",
            "url": request.build_absolute_uri(image.file.url),
            "contentUrl": request.build_absolute_uri(image.file.url),
            "width": image.width,
            "height": image.height,
            "description": image.alt_text,
            "caption": image.caption,
            **({"creditText": image.credit} if image.credit else {}),
        }
        for image in (images.get(pk) for pk in dict.fromkeys(body_image_ids(article.body)))
        if image is not None
    ]


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


def collection_page(request, event, site, articles):
    """An event page: a CollectionPage whose parts are the articles listed on it."""
    data = {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "name": event.name,
        "description": event.description,
        "inLanguage": "vi",
        "publisher": publisher(request, site),
        "hasPart": [
            {
                "@type": "NewsArticle",
                "headline": article.title[:110],
                "url": request.build_absolute_uri(article.get_absolute_url()),
                "datePublished": iso_datetime(article.published_at),
            }
            for article in articles
        ],
    }
    if event.cover:
        data["image"] = [image_object(request, event.cover.share_rendition())]
    return data
