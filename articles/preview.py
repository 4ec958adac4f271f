"""Previews of articles readers cannot see yet: for staff, and by a secret expiring link.

Both are never cached and marked noindex; neither address appears in any list, feed or sitemap
because nothing links to them but the admin.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .models import Article, PreviewLink
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
