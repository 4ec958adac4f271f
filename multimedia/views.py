import hashlib
from datetime import MAXYEAR, MINYEAR

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import content_disposition_header
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_safe

import pagecache
from articles.models import Article

from .models import Gallery, PrintIssue, Video, media_for, published_media
from .serving import ranged_file_response

RELATED_COUNT = 6


def paginate_media(request, items):
    # A plain Paginator: its count must work on the UNION of published_media().
    return Paginator(items, settings.MULTIMEDIA_PER_PAGE).get_page(request.GET.get("page"))


@require_safe
@pagecache.cached_page
def media_list(request):
    pagecache.listing(Video)
    pagecache.listing(Gallery)
    pagecache.listing(Article, "infographic")
    page = paginate_media(request, published_media())
    return render(request, "multimedia/media_list.html", {"page": page, "items": media_for(page)})


@require_safe
@pagecache.cached_page
def infographic_list(request):
    pagecache.listing(Gallery)
    pagecache.listing(Article, "infographic")
    page = paginate_media(request, published_media(infographics_only=True))
    context = {"page": page, "items": media_for(page), "infographics_only": True}
    return render(request, "multimedia/media_list.html", context)


@require_safe
@pagecache.cached_page
def video_detail(request, slug, pk):
    pagecache.depends_on(f"video-{pk}")
    video = get_object_or_404(Video.objects.published().for_listing(), pk=pk)
    if request.path != video.get_absolute_url():
        return redirect(video, permanent=True)
    related = Video.objects.published().related_to(video).for_listing()[:RELATED_COUNT]
    # `item` is what media_detail.html, the page both detail templates extend, shows.
    context = {"video": video, "item": video, "related": related}
    return render(request, "multimedia/video_detail.html", context)


@require_safe
@pagecache.cached_page
def gallery_detail(request, slug, pk):
    pagecache.depends_on(f"gallery-{pk}")
    gallery = get_object_or_404(Gallery.objects.published().for_listing().with_photos(), pk=pk)
    if request.path != gallery.get_absolute_url():
        return redirect(gallery, permanent=True)
    related = Gallery.objects.published().related_to(gallery).for_listing()
    return render(
        request,
        "multimedia/gallery_detail.html",
        {
            "gallery": gallery,
            "item": gallery,
            "photos": list(gallery.photos.all()),
            "related": related[:RELATED_COUNT],
        },
    )


def _archive_context(year=None, month=None):
    issues = PrintIssue.objects.published()
    return {
        "years": issues.dates("issue_date", "year", order="DESC"),
        "months": issues.in_month(year).dates("issue_date", "month") if year else [],
        "year": year,
        "month": month,
    }


@require_safe
@pagecache.cached_page
def print_archive(request, year=None, month=None):
    # Years outside 1–9999 have no calendar dates at all: asking the database about them would fail.
    if (year is not None and not MINYEAR <= year <= MAXYEAR) or (
        month is not None and not 1 <= month <= 12
    ):
        raise Http404
    pagecache.listing(PrintIssue)
    issues = PrintIssue.objects.published().select_related("cover").newest_first()
    if year:
        issues = issues.in_month(year, month)
    page = paginate_media(request, issues)
    if year and not page.object_list:
        raise Http404
    context = {"page": page, **_archive_context(year, month)}
    return render(request, "multimedia/printissue_archive.html", context)


@require_safe
@pagecache.cached_page
def print_issue_detail(request, number):
    pagecache.listing(PrintIssue)  # its number answers once the issue is published
    pagecache.listing(Article)  # its pages list the web articles readers may see
    issue = get_object_or_404(PrintIssue.objects.published().select_related("cover"), number=number)
    pages = issue.pages.with_published_articles()
    return render(request, "multimedia/printissue_detail.html", {"issue": issue, "pages": pages})


@require_safe
@xframe_options_sameorigin
def print_issue_pdf(request, number):
    """The issue's PDF from our own address, so the reader page may show it in a frame."""
    issue = get_object_or_404(PrintIssue.objects.published(), number=number)
    try:
        size = issue.pdf.size
    except FileNotFoundError as missing:  # the row outlived its file (a restore, a cleanup)
        raise Http404 from missing
    disposition = content_disposition_header(
        "download" in request.GET, f"bao-in-so-{issue.number}.pdf"
    )
    # A new upload gets a new file name, so name and size identify the bytes; Range lets a PDF
    # viewer fetch the pages it shows first.
    return ranged_file_response(
        request,
        lambda: issue.pdf.open("rb"),
        size=size,
        content_type="application/pdf",
        etag=hashlib.blake2s(f"{issue.pdf.name}:{size}".encode(), digest_size=8).hexdigest(),
        headers={
            "Content-Disposition": disposition,
            "X-Content-Type-Options": "nosniff",
            # Should anything in the file run, it runs in an opaque origin: no script, no cookies.
            "Content-Security-Policy": "sandbox",
        },
    )
