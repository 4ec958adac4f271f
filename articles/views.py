from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET

from .models import Article, Section, Tag

HOME_SECTION_BLOCK_SIZE = 4
HOME_LATEST_COUNT = 10


def paginate(request, queryset):
    return Paginator(queryset, settings.ARTICLES_PER_PAGE).get_page(request.GET.get("page"))


@require_GET
def home(request):
    latest = list(Article.objects.published().newest_first().for_listing()[: HOME_LATEST_COUNT + 1])
    sections = list(Section.objects.top_level().with_latest_article_ids(HOME_SECTION_BLOCK_SIZE))
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
            "top_story": latest[0] if latest else None,
            "latest_articles": latest[1:],
            "section_blocks": [block for block in section_blocks if block[1]],
        },
    )


@require_GET
def section_detail(request, slug):
    section = get_object_or_404(Section, slug=slug)
    articles = Article.objects.published().in_section(section).newest_first().for_listing()
    return render(
        request,
        "articles/section_detail.html",
        {"section": section, "page": paginate(request, articles)},
    )


@require_GET
def article_detail(request, section, slug, pk):
    article = get_object_or_404(
        Article.objects.published()
        .select_related("section", "featured_image")
        .with_bylines()
        .with_comment_counts(),
        pk=pk,
    )
    if request.path != article.get_absolute_url():
        return redirect(article, permanent=True)
    related = (
        Article.objects.published().related_to(article).select_related("section", "featured_image")
    )
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "tags": list(article.tags.all()), "related_articles": related[:6]},
    )


@require_GET
def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    articles = Article.objects.published().tagged(tag).newest_first().for_listing()
    return render(
        request, "articles/tag_detail.html", {"tag": tag, "page": paginate(request, articles)}
    )


@require_GET
def coming_soon(request, title):
    return render(request, "articles/coming_soon.html", {"title": title})
