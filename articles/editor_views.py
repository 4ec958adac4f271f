"""Staff-only JSON for the article body editor: find photos in the media library."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from multimedia.models import Image

PHOTOS_PER_PAGE = 24
# The editor asks for all photos of a body at once (static/js/article-body-editor.js).
PHOTOS_PER_LOOKUP = 100


def may_write_bodies(user):
    return (
        user.is_active
        and user.is_staff
        and (user.has_perm("articles.add_article") or user.has_perm("articles.change_article"))
    )


def photo_json(image):
    return {
        "id": image.pk,
        "url": image.file.url,
        "alt": image.alt_text,
        "caption": image.caption,
        "credit": image.credit,
        "width": image.width,
        "height": image.height,
    }


@never_cache
@require_safe
def body_editor_images(request):
    """?q= searches the library, newest first, paginated; ?id=1&id=2 fetches photos by id."""
    if not may_write_bodies(request.user):
        return JsonResponse(
            {"error": _("Only staff who write articles may use the photo library.")}, status=403
        )
    images = Image.objects.order_by("-created_at", "-pk")
    if "id" in request.GET:
        ids = [value for value in request.GET.getlist("id") if value.isdigit()]
        found = images.filter(pk__in=ids[:PHOTOS_PER_LOOKUP])
        return JsonResponse({"results": [photo_json(image) for image in found], "has_next": False})
    if query := request.GET.get("q", "").strip():
        images = images.filter(
            Q(alt_text__icontains=query) | Q(caption__icontains=query) | Q(credit__icontains=query)
        )
    page = Paginator(images, PHOTOS_PER_PAGE).get_page(request.GET.get("page"))
    return JsonResponse(
        {"results": [photo_json(image) for image in page], "has_next": page.has_next()}
    )
