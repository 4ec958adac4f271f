"""Published articles as IPTC ninjs 2.1 news items (https://www.iptc.org/std/ninjs/)."""

import mimetypes

from django.urls import reverse
from django.utils.html import strip_tags

from articles.structured_data import iso_datetime

NINJS_STANDARD = {
    "name": "ninjs",
    "version": "2.1",
    "schema": "https://www.iptc.org/std/ninjs/ninjs-schema_2.1.json",
}


def picture(request, image, caption):
    """The featured photo as an associated ninjs picture with its renditions."""
    url = request.build_absolute_uri(image.file.url)
    item = {
        "name": "featureimage",
        "uri": url,
        "type": "picture",
        "representationtype": "full",
        "renditions": [
            {
                "name": "original",
                "href": url,
                "contenttype": mimetypes.guess_type(image.file.name)[0] or "image/jpeg",
                "width": image.width,
                "height": image.height,
            },
            *(
                {
                    "name": rendition.name,
                    "href": request.build_absolute_uri(rendition.url),
                    "contenttype": rendition.content_type,
                    "width": rendition.width,
                    "height": rendition.height,
                }
                for rendition in image.renditions_list()
            ),
        ],
    }
    if caption or image.caption:
        item["descriptions"] = [{"role": "caption", "value": caption or image.caption}]
    if image.alt_text:
        item["descriptions"] = [
            *item.get("descriptions", []),
            {"role": "alternative-text", "value": image.alt_text},
        ]
    if image.credit:
        item["by"] = image.credit
    return item


def subjects(request, article):
    section = article.section
    items = [
        {
            "name": section.name,
            "rel": "section",
            "literal": section.slug,
            "uri": request.build_absolute_uri(section.get_absolute_url()),
        }
    ]
    items += [
        {
            "name": tag.name,
            "rel": "tag",
            "literal": tag.slug,
            "uri": request.build_absolute_uri(tag.get_absolute_url()),
        }
        for tag in article.tags.all()
    ]
    return items


def live_update_item(request, article_url, update):
    """One update of a live coverage, as an associated ninjs text item ("liveupdate-N")."""
    item = {
        "name": f"liveupdate-{update.pk}",
        "uri": f"{article_url}#cap-nhat-{update.pk}",
        "type": "text",
        "representationtype": "full",
        "firstcreated": iso_datetime(update.posted_at),
        "versioncreated": iso_datetime(max(update.posted_at, update.updated_at)),
        "bodies": [{"role": "main", "contenttype": "text/plain", "value": update.plain_text()}],
    }
    if update.headline:
        item["headlines"] = [
            {"role": "main", "contenttype": "text/plain", "value": update.headline}
        ]
    if update.image:
        item["associations"] = [{**picture(request, update.image, ""), "name": "photo"}]
    return item


def article_item(request, article, site, live=None):
    """One article; expects section, featured_image, bylines and tags loaded in advance.

    `live`: its LiveTimeline (the article endpoint alone passes it): the updates its page shows,
    the key update first, follow the featured photo in `associations`."""
    page_url = request.build_absolute_uri(article.get_absolute_url())
    headlines = [{"role": "main", "contenttype": "text/plain", "value": article.title}]
    if article.kicker:
        headlines.append({"role": "kicker", "contenttype": "text/plain", "value": article.kicker})
    item = {
        "uri": request.build_absolute_uri(reverse("api:article", args=[article.pk])),
        "type": "text",
        "representationtype": "full",
        "profile": "text-photo" if article.featured_image else "text-only",
        "version": str(int(article.modified_at.timestamp())),
        "firstcreated": iso_datetime(article.published_at),
        "versioncreated": iso_datetime(article.modified_at),
        "pubstatus": "usable",
        "language": "vi",
        "copyrightholder": site.name,
        "slugline": article.slug,
        "headlines": headlines,
        "descriptions": [{"role": "summary", "contenttype": "text/plain", "value": article.lead}],
        "bodies": [
            {
                "role": "main",
                "contenttype": "text/html",
                "charcount": len(strip_tags(article.body)),
                "value": article.body,
            }
        ],
        "by": ", ".join(article.byline_names()),
        "subjects": subjects(request, article),
        "renditions": [{"name": "web", "href": page_url, "contenttype": "text/html"}],
        "standard": NINJS_STANDARD,
    }
    associations = []
    if article.featured_image:
        associations.append(
            picture(request, article.featured_image, article.featured_image_caption)
        )
    if live:
        updates = [update for update in (live.key, *live.updates) if update]
        associations += [live_update_item(request, page_url, update) for update in updates]
    if associations:
        item["associations"] = associations
    return item


def section_item(request, section):
    return {
        "name": section.name,
        "slug": section.slug,
        "parent": section.parent.slug if section.parent_id else None,
        "position": section.position,
        "url": request.build_absolute_uri(section.get_absolute_url()),
        "feed": request.build_absolute_uri(reverse("articles:section-feed", args=[section.slug])),
        "articles": request.build_absolute_uri(reverse("api:articles"))
        + f"?section={section.slug}",
    }
