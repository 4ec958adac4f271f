"""The E-magazine list (/emagazine/) and the home page's E-magazine block.

A list of long reads is a showcase: each card is its cover photo with the title. Both read
ArticleQuerySet.emagazines() and depend on "list-emagazine", which articles.signals purges when
an article becomes or stops being a published E-magazine.
"""

from django.shortcuts import render
from django.views.decorators.http import require_safe

import pagecache

from .models import Article
from .pagination import paginate

HOME_BLOCK_SIZE = 3


def emagazine_articles():
    """Published long reads, newest first; the page being rendered now depends on their list."""
    pagecache.listing(Article, "emagazine")
    return Article.objects.published().emagazines().newest_first().for_listing()


def emagazine_block(count=HOME_BLOCK_SIZE):
    """Context for templates/articles/includes/emagazine_block.html: the newest long reads, one
    query."""
    return {"emagazine_articles": list(emagazine_articles()[:count])}


@require_safe
@pagecache.cached_page
def emagazine_list(request):
    page = paginate(request, emagazine_articles())
    return render(request, "articles/emagazine_list.html", {"page": page})
