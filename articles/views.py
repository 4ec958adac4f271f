from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

import pagecache
from newsroom.clients import ip_hash
from newsroom.ratelimit import over_rate_limit

from .forms import SearchForm
from .models import Article, Section, Tag
from .models.readership import VIEW_RATE_LIMIT, most_read, record_view
from .pagination import paginate
from .search import snippet

HOME_SECTION_BLOCK_SIZE = 4
HOME_LATEST_COUNT = 10


@require_safe
@pagecache.cached_page
def home(request):
    pagecache.listing(Article)
    published = Article.objects.published().newest_first()
    # The top story shows no byline: no prefetch, so this costs one query found or not.
    pinned = published.pinned().select_related("section", "featured_image").first()
    if pinned:
        pagecache.expire_by(pinned.pinned_until)  # the pin ends without a save to purge
        latest = list(published.for_listing().exclude(pk=pinned.pk)[:HOME_LATEST_COUNT])
        top_story = pinned
    else:
        latest = list(published.for_listing()[: HOME_LATEST_COUNT + 1])
        top_story = latest.pop(0) if latest else None
    sections = list(
        Section.objects.top_level().with_latest_article_ids(
            HOME_SECTION_BLOCK_SIZE, exclude=[top_story.pk] if top_story else []
        )
    )
    block_ids = {pk for section in sections for pk in section.latest_article_ids}
    block_articles = Article.objects.published().for_listing().in_bulk(block_ids)
    section_blocks = [
        (section, [block_articles[pk] for pk in section.latest_article_ids if pk in block_articles])
        for section in sections
    ]
    return render(
        request,
        "articles/home.html",
        {
            "top_story": top_story,
            "latest_articles": latest[:HOME_LATEST_COUNT],
            "section_blocks": [block for block in section_blocks if block[1]],
            **most_read(),
        },
    )


@require_safe
@pagecache.cached_page
def section_detail(request, slug):
    pagecache.depends_on(pagecache.list_tag("section"))  # a new section answers at once
    section = get_object_or_404(Section, slug=slug)
    pagecache.listing(Article, section)
    articles = Article.objects.published().in_section(section).newest_first().for_listing()
    return render(
        request,
        "articles/section_detail.html",
        {"section": section, "page": paginate(request, articles)},
    )


@require_safe
@pagecache.cached_page
def article_detail(request, section, slug, pk):
    pagecache.depends_on(f"article-{pk}")  # a 404 too: publishing the article purges it
    article = Article.objects.published().for_page().filter(pk=pk).first()
    if article is None:
        # It may be scheduled: its time comes without a purge.
        pagecache.expire_by(pagecache.next_publication(Article))
        raise Http404
    if request.path != article.get_absolute_url():
        return redirect(article, permanent=True)
    return render_article(request, article)


def render_article(request, article, **extra_context):
    """The article page; staff and secret-link previews (articles.preview) render it the same way.

    `article` comes from Article.objects.for_page().
    """
    tags = list(article.tags.all())
    context = {
        "article": article,
        "tags": tags,
        "corrections": list(article.corrections.all()) if article.has_corrections else [],
        "related_articles": article.related_articles(tags),
        "live": article.live_timeline(),
        "live_poll_seconds": settings.LIVE_POLL_SECONDS,
        "live_poll_max_seconds": settings.LIVE_POLL_MAX_SECONDS,
        **most_read(),
        **extra_context,
    }
    return render(request, "articles/article_detail.html", context)


@require_safe
@pagecache.cached_page
def tag_detail(request, slug):
    tag = get_object_or_404(Tag.objects.in_use(), slug=slug)
    pagecache.listing(Article, tag)
    articles = Article.objects.published().tagged(tag).newest_first().for_listing()
    return render(
        request, "articles/tag_detail.html", {"tag": tag, "page": paginate(request, articles)}
    )


@require_safe
def search(request):
    form = SearchForm(request.GET or None)
    # The header box shows the reader's words even when a filter is wrong.
    page, query = None, request.GET.get("q", "").strip()
    if form.is_valid() and form.cleaned_data["q"]:
        query = form.cleaned_data["q"]
        # Result cards show the section and the photo, not bylines: two joins and no prefetch.
        articles = form.filter(Article.objects.published()).search(query)
        articles = articles.select_related("section", "featured_image").defer("search_document")
        page = paginate(request, articles, max_pages=settings.SEARCH_MAX_PAGES)
        for article in page:
            article.snippet = snippet(article, query)
    return render(
        request,
        "articles/search_results.html",
        {"form": form, "query": query, "page": page},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@csrf_exempt  # a counter ping from cached pages: no session, no form, nothing to forge
@require_POST
def view_beacon(request, pk):
    """Count one reading of a published article in the cache; one indexed read, no writes.

    Unknown and unpublished ids are refused before anything is stored, so the cache holds
    counters for published articles only. A reader's repeated pings count once per window.
    """
    if not Article.objects.published().filter(pk=pk).exists():
        raise Http404
    if not over_rate_limit(f"view:{pk}", ip_hash(request), VIEW_RATE_LIMIT):
        record_view(pk)
    return HttpResponse(status=204)
