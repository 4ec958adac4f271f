from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

import pagecache
from articles.models import Article
from articles.pagination import paginate

from .models import Author


@require_safe
@pagecache.cached_page
def author_detail(request, slug):
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    pagecache.listing(Article, author)
    articles = Article.objects.published().by_author(author).newest_first().for_listing()
    return render(
        request,
        "authors/author_detail.html",
        {"author": author, "page": paginate(request, articles)},
    )
