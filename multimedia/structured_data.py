"""schema.org JSON-LD for the multimedia pages: VideoObject, ImageGallery, PublicationIssue, and
the /multimedia/ list as a CollectionPage. Dates and the publisher as on article pages."""

from django.urls import reverse
from django.utils.duration import duration_iso_string

from articles.structured_data import image_object, iso_datetime, publisher, share_image


def _page(request, item, schema_type, site, **properties):
    return {
        "@context": "https://schema.org",
        "@type": schema_type,
        "url": request.build_absolute_uri(item.get_absolute_url()),
        "inLanguage": "vi",
        "publisher": publisher(request, site),
        **properties,
    }


def video_object(request, video, site):
    thumbnail, _alt = share_image(request, video.poster, site)
    data = _page(
        request,
        video,
        "VideoObject",
        site,
        name=video.title,
        description=video.caption or video.title,
        thumbnailUrl=[thumbnail.url],
        uploadDate=iso_datetime(video.published_at),
    )
    if video.duration:
        data["duration"] = duration_iso_string(video.duration)
    if video.embed:
        data["embedUrl"] = video.embed[1]
    else:
        data["contentUrl"] = request.build_absolute_uri(video.file.url)
    if video.transcript:
        data["transcript"] = video.transcript
    return data


def gallery_photo(request, photo):
    image = photo.image
    properties = {"caption": photo.caption or image.caption, "description": image.alt_text}
    if image.credit:
        properties["creditText"] = image.credit
        properties["creator"] = {"@type": "Person", "name": image.credit}
    return image_object(request, image.share_rendition(), **properties)


def image_gallery(request, gallery, photos, site):
    return _page(
        request,
        gallery,
        "ImageGallery",
        site,
        name=gallery.title,
        description=gallery.lead or gallery.title,
        datePublished=iso_datetime(gallery.published_at),
        image=[gallery_photo(request, photo) for photo in photos],
    )


def publication_issue(request, issue, site):
    data = _page(
        request,
        issue,
        "PublicationIssue",
        site,
        name=str(issue),
        issueNumber=str(issue.number),
        datePublished=issue.issue_date.isoformat(),
        isPartOf={
            "@type": "Periodical",
            "name": site.name,
            "url": request.build_absolute_uri(reverse("articles:home")),
            "inLanguage": "vi",
        },
        encoding={
            "@type": "MediaObject",
            "contentUrl": request.build_absolute_uri(issue.get_pdf_url()),
            "encodingFormat": "application/pdf",
        },
    )
    if issue.cover:
        data["image"] = image_object(request, issue.cover.share_rendition(shape="original"))
    return data


def media_collection(request, items, name, description, site):
    """The /multimedia/ page: the videos and galleries it lists, in order."""
    return {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "name": name,
        "description": description,
        "url": request.build_absolute_uri(request.path),
        "inLanguage": "vi",
        "publisher": publisher(request, site),
        "mainEntity": {
            "@type": "ItemList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": item.title,
                    "url": request.build_absolute_uri(item.get_absolute_url()),
                }
                for position, item in enumerate(items, start=1)
            ],
        },
    }
