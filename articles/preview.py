"""Previews of articles readers cannot see yet: for staff, and by a secret expiring link.

Both are never cached and marked noindex; neither address appears in any list, feed or sitemap
because nothing links to them but the admin.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .emagazine import emagazine_block
from .front_pages import home_page
from .models import Article, PreviewLink
from .models.readership import most_read
from .views import render_article


def render_preview(request, article):
    response = render_article(request, article, is_preview=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def preview_queryset():
    return Article.objects.for_page()


@require_safe
@never_cache
def article_preview(request, pk):
    """Staff who may edit the article see it as readers will; everyone else gets a 404."""
    if not request.user.is_authenticated:
        raise Http404
    article = get_object_or_404(preview_queryset().editable_by(request.user), pk=pk)
    return render_preview(request, article)


@require_safe
@never_cache
def article_preview_link(request, token):
    link = get_object_or_404(PreviewLink.objects.active(), token=token)
    return render_preview(request, get_object_or_404(preview_queryset(), pk=link.article_id))


@require_safe
@never_cache
def home_preview(request):
    """The home page with every placement not yet ended: those still to start and those of
    articles not yet published, for the staff who arrange it."""
    if not request.user.has_perm("articles.view_placement"):
        raise Http404
    context = {
        **home_page(preview=True),
        **emagazine_block(),
        **most_read(),
        "is_preview": True,
    }
    response = render(request, "articles/home.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
