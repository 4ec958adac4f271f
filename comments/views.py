"""Reader-facing comment pages. None of them is cached: each carries a per-reader form or answer.

The article page (served from the shared cache) only links here; comments.js fetches these pages
into it, and without JavaScript the links simply open them.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from articles.models import Article, CommentMode
from newsroom.clients import ip_hash
from newsroom.params import positive_int
from newsroom.ratelimit import over_rate_limit

from . import moderation
from .forms import CommentForm, ReportForm
from .models import Comment


def rate_limited(request):
    limit, window = settings.COMMENTS_RATE_LIMIT
    response = render(
        request, "comments/rate_limited.html", {"minutes": window // 60, "limit": limit}, status=429
    )
    response["Retry-After"] = str(window)
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def comment_create(request, article_id):
    article = get_object_or_404(
        Article.objects.published().select_related("section"), pk=article_id
    )
    if moderation.comments_mode(article) == CommentMode.CLOSED:
        return render(request, "comments/comment_closed.html", {"article": article}, status=403)
    if request.method == "GET":
        parent = None
        if "tra-loi" in request.GET:
            parent = get_object_or_404(
                Comment.objects.approved().filter(article=article),
                pk=positive_int(request.GET["tra-loi"]),
            )
        form = CommentForm(article=article, initial={"parent": parent})
        return render(
            request,
            "comments/comment_form.html",
            {"article": article, "form": form, "parent": parent},
        )

    sender = ip_hash(request)
    if over_rate_limit("comment-ip", sender, settings.COMMENTS_RATE_LIMIT):
        return rate_limited(request)
    form = CommentForm(request.POST, article=article)
    if form.is_bot():
        # Looks accepted, stores nothing: the bot is not told which rule caught it.
        return render(request, "comments/comment_posted.html", {"article": article})
    valid = form.is_valid()
    email = form.cleaned_data.get("email", "")
    if valid and over_rate_limit("comment-email", email, settings.COMMENTS_RATE_LIMIT):
        return rate_limited(request)
    # The token is spent last: a form sent again (a double click, a replaying bot) is refused.
    if not (valid and form.spend_token()):
        return render(
            request, "comments/comment_form.html", {"article": article, "form": form}, status=400
        )
    comment = moderation.receive(
        article,
        name=form.cleaned_data["name"],
        email=form.cleaned_data["email"],
        body=form.cleaned_data["body"],
        parent=form.cleaned_data["parent"],
        ip_hash=sender,
        user_agent=request.headers.get("User-Agent", ""),
    )
    # Duplicates and rejections read like a held comment: a spammer learns nothing.
    return render(request, "comments/comment_posted.html", {"article": article, "comment": comment})


@require_safe
def comment_list(request, article_id):
    """Every approved comment of an article, a page of threads at a time (public, cacheable)."""
    article = get_object_or_404(
        Article.objects.published().select_related("section"), pk=article_id
    )
    threads = Comment.objects.threads().filter(article=article).with_replies()
    page = Paginator(threads, settings.COMMENTS_PER_PAGE)
    return render(
        request,
        "comments/comment_list.html",
        {"article": article, "page": page.get_page(request.GET.get("page"))},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def comment_report(request, pk):
    comment = get_object_or_404(
        Comment.objects.public().select_related("article__section"),
        pk=pk,
    )
    form = ReportForm(request.POST if request.method == "POST" else None)
    if not form.is_valid():
        status = 400 if form.is_bound else 200
        context = {"comment": comment, "form": form}
        return render(request, "comments/report_form.html", context, status=status)
    reporter = ip_hash(request)
    if over_rate_limit("report", reporter, settings.COMMENTS_RATE_LIMIT):
        return rate_limited(request)
    counted = comment.report(reporter, form.cleaned_data["reason"])
    return render(request, "comments/report_done.html", {"comment": comment, "counted": counted})
