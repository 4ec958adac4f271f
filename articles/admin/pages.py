"""The desk's own pages around an article: workflow buttons, pending changes, preview links,
revisions, published versions, and the upcoming schedule. Mixed into ArticleAdmin."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from newsroom.params import positive_int

from ..models import Article, PreviewLink, PublishedVersion, Revision
from ..models.workflow import display_name
from ..templatetags.news import news_datetime
from .diff import compare
from .forms import WORKFLOW_ACTIONS, schedule_time
from .workflow import perform_workflow_action

UPCOMING_DAYS = 3
ROWS_PER_PAGE = 50


class DeskPagesMixin:
    def get_urls(self):
        def route(pattern, function, name, decorator=require_safe):
            view = self.admin_site.admin_view(decorator(function))
            return path(pattern, view, name=f"articles_article_{name}")

        return [
            route("upcoming/", self.upcoming_view, "upcoming"),
            route(
                "<path:object_id>/workflow/<slug:action>/",
                self.workflow_view,
                "workflow",
                require_POST,
            ),
            route(
                "<path:object_id>/changes/<int:revision_id>/<slug:decision>/",
                self.decide_view,
                "decide",
                require_POST,
            ),
            route("<path:object_id>/share/", self.share_view, "share", require_POST),
            route("<path:object_id>/revisions/", self.revisions_view, "revisions"),
            route(
                "<path:object_id>/revisions/<int:revision_id>/restore/",
                self.restore_view,
                "restore",
                require_POST,
            ),
            route(
                "<path:object_id>/published/<int:version_id>/",
                self.published_version_view,
                "published_version",
            ),
            *super().get_urls(),
        ]

    def _change_url(self, article):
        return reverse("admin:articles_article_change", args=[article.pk])

    def _article_or_404(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        return article

    def workflow_view(self, request, object_id, action):
        article = self._article_or_404(request, object_id)
        if action not in WORKFLOW_ACTIONS:
            raise Http404
        if action == "unpublish" and not self._confirmed(request):
            return self.unpublish_confirmation(request, article)
        try:
            at = schedule_time(request.POST) if action == "schedule" else None
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            perform_workflow_action(request, article, action, at)
        return redirect(self._change_url(article))

    def _confirmed(self, request):
        """A dangerous step runs only when posted from its confirmation page."""
        return request.POST.get("confirmed") == "yes"

    def _confirmation(self, request, article, **texts):
        """A confirmation page like the admin's delete confirmation; it posts to `confirm_url`,
        else back here."""
        return TemplateResponse(
            request,
            "admin/articles/article/confirm.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "original": article,
                **texts,
            },
        )

    def unpublish_confirmation(self, request, article):
        """Unpublishing asks first: the article form's button lands here after its save."""
        if not request.user.has_perm("articles.unpublish_article"):
            raise PermissionDenied
        return self._confirmation(
            request,
            article,
            title=_("Unpublish"),
            question=_(
                "Unpublish “%(title)s”? Readers will no longer see it and its address will "
                "answer “not found”; it is kept and can be published again."
            )
            % {"title": article.title},
            button=_("Yes, unpublish"),
            confirm_url=reverse("admin:articles_article_workflow", args=[article.pk, "unpublish"]),
        )

    def decide_view(self, request, object_id, revision_id, decision):
        article = self._article_or_404(request, object_id)
        revision = get_object_or_404(article.revisions, pk=revision_id)
        try:
            if decision == "withdraw":
                revision.withdraw(request.user)
                messages.success(
                    request, _("Your change was withdrawn: the article stays as it was.")
                )
            elif decision == "approve":
                revision.approve(request.user)
                messages.success(request, _("Change approved: the article now shows it."))
            elif decision == "reject":
                revision.reject(request.user, request.POST.get("comment", "").strip())
                messages.success(request, _("Change rejected: the article stays as it was."))
            else:
                raise Http404
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(self._change_url(article))

    def share_view(self, request, object_id):
        article = self._article_or_404(request, object_id)
        if not article.can_share_preview(request.user):
            raise PermissionDenied
        try:
            days = int(request.POST.get("days", ""))
        except ValueError:
            days = None
        if days not in PreviewLink.LIFETIMES:
            messages.error(request, _("Choose how long the link should work."))
        else:
            link = PreviewLink.share(article, request.user, days)
            messages.success(
                request,
                _("Preview link made; it works until %(time)s: %(url)s")
                % {
                    "time": news_datetime(link.expires_at),
                    "url": request.build_absolute_uri(link.get_absolute_url()),
                },
            )
        return redirect(self._change_url(article))

    def revisions_view(self, request, object_id):
        article = self._article_or_404(request, object_id)
        if not request.user.has_perm("articles.view_revision"):
            raise PermissionDenied
        revisions = article.revisions.select_related("created_by", "decided_by")
        page = Paginator(revisions, ROWS_PER_PAGE).get_page(request.GET.get("page"))
        comparison = None
        newer_id, older_id = positive_int(request.GET.get("b")), positive_int(request.GET.get("a"))
        if newer_id and older_id:
            newer = get_object_or_404(article.revisions, pk=newer_id)
            older = get_object_or_404(article.revisions, pk=older_id)
            comparison = {
                "older": older,
                "newer": newer,
                "rows": compare(older.content, newer.content),
            }
        return TemplateResponse(
            request,
            "admin/articles/article/revisions.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "original": article,
                "title": _("Revisions of “%(title)s”") % {"title": article.title},
                "page": page,
                "comparison": comparison,
                "can_restore": request.user.has_perm("articles.change_any_article"),
                "restorable_states": [Revision.State.SAVED, Revision.State.AUTOSAVED],
            },
        )

    def restore_view(self, request, object_id, revision_id):
        article = self._article_or_404(request, object_id)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        revision = get_object_or_404(article.revisions, pk=revision_id)
        if not revision.is_restorable_by(request.user):
            raise PermissionDenied
        if not self._confirmed(request):
            latest = article.revisions.kept().values_list("pk", flat=True).first()
            compare_url = (
                f"{reverse('admin:articles_article_revisions', args=[article.pk])}"
                f"?a={revision.pk}&b={latest}"
                if request.user.has_perm("articles.view_revision")
                else None
            )
            return self._confirmation(
                request,
                article,
                title=_("Restore a revision"),
                question=_(
                    "Bring back the version %(name)s saved at %(time)s? What the article says "
                    "now is kept as a revision; its status and publication time stay."
                )
                % {
                    "name": display_name(revision.created_by),
                    "time": news_datetime(revision.created_at),
                },
                button=_("Yes, restore it"),
                compare_url=compare_url,
            )
        try:
            revision.restore(request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Revision restored; it is saved as a new revision."))
        return redirect(self._change_url(article))

    def published_version_view(self, request, object_id, version_id):
        article = self._article_or_404(request, object_id)
        if not request.user.has_perm("articles.view_publishedversion"):
            raise PermissionDenied
        version = get_object_or_404(
            PublishedVersion.objects.select_related("created_by"), article=article, pk=version_id
        )
        return TemplateResponse(
            request,
            "admin/articles/article/published_version.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "original": article,
                "title": _("Published version of %(time)s")
                % {"time": news_datetime(version.created_at)},
                "version": version,
            },
        )

    def upcoming_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        try:
            days = max(1, min(int(request.GET.get("days", UPCOMING_DAYS)), 31))
        except ValueError:
            days = UPCOMING_DAYS
        articles = (
            Article.objects.scheduled()
            .filter(published_at__lte=timezone.now() + timedelta(days=days))
            .select_related("section", "created_by")
            .with_bylines()
            .order_by("published_at", "pk")
        )
        return TemplateResponse(
            request,
            "admin/articles/article/upcoming.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "title": _("Scheduled for the next %(days)s days") % {"days": days},
                "days": days,
                "day_choices": [1, 3, 7],
                "page": Paginator(articles, ROWS_PER_PAGE).get_page(request.GET.get("page")),
            },
        )
