"""The E-magazine list (/emagazine/) and the home page's E-magazine block.

A list of long reads is a showcase: each card is its cover photo with the title. Both read
ArticleQuerySet.emagazines() and depend on "list-emagazine", which articles.signals purges when
an article becomes or stops being a published E-magazine.
"""

from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
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
    """The home page's E-magazine block (the newest long reads), built in one query and shared by
    every render until a long read is published or changes (a pagecache fragment)."""

    def build():
        articles = list(emagazine_articles()[:count])
        return render_to_string(
            "articles/includes/emagazine_block.html", {"emagazine_articles": articles}
        )

    return {"emagazine_block": mark_safe(pagecache.fragment("home-emagazine", build))}


@require_safe
@pagecache.cached_page
def emagazine_list(request):
    page = paginate(request, emagazine_articles())
    return render(request, "articles/emagazine_list.html", {"page": page})
