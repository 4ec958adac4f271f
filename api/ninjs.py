"""Published articles as IPTC ninjs 2.1 news items (https://www.iptc.org/std/ninjs/)."""

import mimetypes

from django.urls import reverse
from django.utils.html import strip_tags

from articles.body_images import syndicated_bodies
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
    """The article's section, its tags and its events (dòng sự kiện), each with its page."""
    related = [
        ("section", article.section),
        *(("tag", tag) for tag in article.tags.all()),
        *(("event", event) for event in article.events.all()),
    ]
    return [
        {
            "name": subject.name,
            "rel": rel,
            "literal": subject.slug,
            "uri": request.build_absolute_uri(subject.get_absolute_url()),
        }
        for rel, subject in related
    ]


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


def article_items(request, articles, site, live=None):
    """The articles as news items; expects section, featured_image, bylines, tags and events
    loaded in advance. Their bodies' photos and galleries are resolved together
    (syndicated_bodies). `live`: the LiveTimeline of a single article (the article endpoint)."""
    bodies = syndicated_bodies(
        [article.body for article in articles], request.build_absolute_uri("/")[:-1]
    )
    return [
        article_item(request, article, site, body, live)
        for article, body in zip(articles, bodies, strict=True)
    ]


def article_item(request, article, site, body, live=None):
    """One article, `body` its HTML as syndicated_bodies() gives it.

    `live`: its LiveTimeline: the updates its page shows, the key update first, follow the
    featured photo in `associations`."""
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
                "value": body,
            }
        ],
        "by": ", ".join(article.byline_names()),
        "subjects": subjects(request, article),
        "renditions": [{"name": "web", "href": page_url, "contenttype": "text/html"}],
        "standard": NINJS_STANDARD,
    }
    if article.presentation != article.Presentation.STANDARD:
        # Long reads and infographics keep type "text" (their body is HTML) and say their form
        # as a genre, as ninjs 2.1 has it: name for people, literal for machines.
        presentation = article.Presentation(article.presentation)
        item["genres"] = [{"name": str(presentation.label), "literal": presentation.value}]
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
