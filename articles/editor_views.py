"""Staff-only JSON for the article body editor: find photos and galleries in the media library."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from multimedia.models import Gallery, Image
from newsroom.params import has_nul, positive_int

PHOTOS_PER_PAGE = 24
# The editor asks for all photos of a body at once (static/js/article-body-editor.js).
PHOTOS_PER_LOOKUP = 100
GALLERIES_PER_PAGE = 12


def may_write_bodies(user):
    return (
        user.is_active
        and user.is_staff
        and (user.has_perm("articles.add_article") or user.has_perm("articles.change_article"))
    )


def refused():
    return JsonResponse(
        {"error": _("Only staff who write articles may use the photo library.")}, status=403
    )


def bad_query():
    return JsonResponse(
        {"error": _("The search words may not contain a NUL character.")}, status=400
    )


def requested_ids(request):
    ids = (positive_int(value) for value in request.GET.getlist("id"))
    return [pk for pk in ids if pk is not None][:PHOTOS_PER_LOOKUP]


def photo_json(image):
    return {
        "id": image.pk,
        "url": image.file.url,
        "thumbnail": image.picture().src,  # a resized copy, for previews
        "alt": image.alt_text,
        "caption": image.caption,
        "credit": image.credit,
        "width": image.width,
        "height": image.height,
    }


@never_cache
@require_safe
def body_editor_images(request):
    """?q= searches the library, newest first, paginated, print-edition front pages only with
    ?print=1; ?id=1&id=2 fetches photos by id."""
    if not may_write_bodies(request.user):
        return refused()
    images = Image.objects.newest_first()
    if "id" in request.GET:
        found = images.filter(pk__in=requested_ids(request))
        return JsonResponse({"results": [photo_json(image) for image in found], "has_next": False})
    if request.GET.get("print") != "1":
        images = images.without_print_covers()
    if has_nul(query := request.GET.get("q", "").strip()):
        return bad_query()
    if query:
        images = images.filter(
            Q(alt_text__icontains=query) | Q(caption__icontains=query) | Q(credit__icontains=query)
        )
    page = Paginator(images, PHOTOS_PER_PAGE).get_page(request.GET.get("page"))
    return JsonResponse(
        {"results": [photo_json(image) for image in page], "has_next": page.has_next()}
    )


def galleries_json(galleries):
    """Galleries annotated by with_thumbnail_ids(), their thumbnails loaded in one query."""
    thumbnails = Image.objects.in_bulk({gallery.thumbnail_id for gallery in galleries} - {None})
    results = []
    for gallery in galleries:
        thumbnail = thumbnails.get(gallery.thumbnail_id)
        results.append(
            {
                "id": gallery.pk,
                "title": gallery.title,
                "photo_count": gallery.photo_count,
                "is_published": gallery.is_published(),
                "thumbnail": thumbnail.picture().src if thumbnail else None,
            }
        )
    return results


@never_cache
@require_safe
def body_editor_galleries(request):
    """?q= searches published galleries by title, newest first; ?id=1&id=2 fetches any by id.

    Three queries for a search page (count, galleries, thumbnails), two for a lookup.
    """
    if not may_write_bodies(request.user):
        return refused()
    galleries = Gallery.objects.with_thumbnail_ids()
    if "id" in request.GET:
        found = list(galleries.filter(pk__in=requested_ids(request)))
        return JsonResponse({"results": galleries_json(found), "has_next": False})
    galleries = galleries.published().newest_first()
    if has_nul(query := request.GET.get("q", "").strip()):
        return bad_query()
    if query:
        galleries = galleries.filter(title__icontains=query)
    page = Paginator(galleries, GALLERIES_PER_PAGE).get_page(request.GET.get("page"))
    return JsonResponse({"results": galleries_json(page), "has_next": page.has_next()})
