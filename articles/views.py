from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

import pagecache
from newsroom.clients import ip_hash
from newsroom.ratelimit import over_rate_limit

from .emagazine import emagazine_block
from .forms import SearchForm
from .front_pages import home_page, section_top
from .models import Article, Event, Section, Tag
from .models.readership import VIEW_RATE_LIMIT, most_read, record_view
from .pagination import paginate
from .search import snippet


@require_safe
@pagecache.cached_page
def home(request):
    return render(
        request, "articles/home.html", {**home_page(), **emagazine_block(), **most_read()}
    )


@require_safe
@pagecache.cached_page
def section_detail(request, slug):
    pagecache.depends_on(pagecache.list_tag("section"))  # a new section answers at once
    section = get_object_or_404(Section, slug=slug)
    pagecache.listing(Article, section)
    top = section_top(section)
    articles = (
        Article.objects.published()
        .in_section(section)
        .exclude(pk__in=top["top_ids"])
        .newest_first()
        .for_listing()
    )
    return render(
        request,
        "articles/section_detail.html",
        {"section": section, **top, "page": paginate(request, articles)},
    )


@require_safe
@pagecache.cached_page
def event_detail(request, slug):
    event = get_object_or_404(Event.objects.select_related("cover"), slug=slug)
    pagecache.listing(Article, event)
    articles = Article.objects.published().in_event(event).newest_first().for_listing()
    overview = articles.filter(pk=event.overview_id).first() if event.overview_id else None
    if overview:
        articles = articles.exclude(pk=overview.pk)
    return render(
        request,
        "articles/event_detail.html",
        {"event": event, "overview": overview, "page": paginate(request, articles)},
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
        "event_timelines": article.event_timelines() if article.has_events else [],
        "live": article.live_timeline(),
        "live_poll_seconds": settings.LIVE_POLL_SECONDS,
        "live_poll_max_seconds": settings.LIVE_POLL_MAX_SECONDS,
        **most_read(),
        **extra_context,
    }
    template_name = article.Presentation(article.presentation).template_name
    return render(request, template_name, context)


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
