"""The change page while someone works on it: autosave of drafts, who else has it open, and a
writer's own view of their pending change. Mixed into ArticleAdmin."""

from django.conf import settings
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.forms.formsets import all_valid
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from ..models import EditingSession, Revision
from ..models.revisions import snapshot
from ..models.workflow import display_name
from ..templatetags.news import news_datetime
from .diff import compare
from .workflow import submitted_content


def editing_notices(article, user):
    """ "Minh Khôi is editing this article (since 21:10)" for everyone else with the page open."""
    return [
        _("%(name)s is editing this article (since %(time)s)")
        % {
            "name": display_name(session.user),
            "time": timezone.localtime(session.started_at).strftime("%H:%M"),
        }
        for session in EditingSession.objects.filter(article=article).others_than(user)
    ]


class EditingAdminMixin:
    def get_urls(self):
        def route(pattern, function, name, decorator):
            view = self.admin_site.admin_view(never_cache(decorator(function)))
            return path(pattern, view, name=f"articles_article_{name}")

        return [
            route("<path:object_id>/autosave/", self.autosave_view, "autosave", require_POST),
            route("<path:object_id>/editing/", self.heartbeat_view, "heartbeat", require_POST),
            route(
                "<path:object_id>/changes/<int:revision_id>/",
                self.proposal_view,
                "proposal",
                require_safe,
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is not None and self.has_change_permission(request, article):
            if request.method == "GET":
                EditingSession.objects.heartbeat(article, request.user)
            extra_context = {**(extra_context or {}), **self._editing_context(request, article)}
        return super().change_view(request, object_id, form_url, extra_context)

    def _editing_context(self, request, article):
        is_draft = not article.was_ever_published()
        autosave = (
            article.revisions.filter(
                state=Revision.State.AUTOSAVED,
                created_by=request.user,
                created_at__gt=article.updated_at,
            ).first()
            if is_draft
            else None
        )
        return {
            "others_editing": editing_notices(article, request.user),
            "autosave": autosave,
            "autosave_url": (
                reverse("admin:articles_article_autosave", args=[article.pk]) if is_draft else ""
            ),
            "heartbeat_url": reverse("admin:articles_article_heartbeat", args=[article.pk]),
            "desk_timing": {
                "pause": settings.DESK_AUTOSAVE_PAUSE_SECONDS,
                "max": settings.DESK_AUTOSAVE_MAX_SECONDS,
                "heartbeat": settings.DESK_HEARTBEAT_SECONDS,
            },
        }

    def _editable_article(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        return article

    def autosave_view(self, request, object_id):
        """Keep the open form of a draft as an autosave revision; the article is not saved."""
        article = self._editable_article(request, object_id)
        if article.was_ever_published():
            return JsonResponse({"error": _("Only drafts are autosaved.")}, status=400)
        form = self.get_form(request, article, change=True)(
            request.POST, request.FILES, instance=article
        )
        form.checks_staleness = False
        is_valid = form.is_valid()
        formsets, _inline_instances = self._create_formsets(request, form.instance, change=True)
        if not (is_valid and all_valid(formsets)):
            problems = [str(error) for errors in form.errors.values() for error in errors]
            return JsonResponse(
                {"error": _("Not autosaved: %(problems)s") % {"problems": " ".join(problems)}},
                status=400,
            )
        # The form wrote the typed values onto its instance; compare with the row as stored.
        stored = self.model.objects.get(pk=article.pk)
        revision = Revision.autosave(stored, submitted_content(form, formsets), request.user)
        if revision is None:
            return JsonResponse({"message": _("No unsaved changes.")})
        return JsonResponse(
            {"message": _("Autosaved at %(time)s") % {"time": news_datetime(revision.created_at)}}
        )

    def heartbeat_view(self, request, object_id):
        article = self._editable_article(request, object_id)
        EditingSession.objects.heartbeat(article, request.user)
        return JsonResponse({"others": editing_notices(article, request.user)})

    def proposal_view(self, request, object_id, revision_id):
        """A pending change against the live text, for its writer and for reviewers."""
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404
        revision = get_object_or_404(article.revisions, pk=revision_id)
        may_see = revision.created_by_id == request.user.pk or request.user.has_perm(
            "articles.view_revision"
        )
        if not (may_see and self.has_view_permission(request, article)):
            raise PermissionDenied
        return TemplateResponse(
            request,
            "admin/articles/article/proposal.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.opts,
                "original": article,
                "title": _("Proposed change to “%(title)s”") % {"title": article.title},
                "revision": revision,
                "rows": compare(snapshot(article), revision.content),
                "can_withdraw": (
                    revision.created_by_id == request.user.pk
                    and revision.state == Revision.State.PENDING
                ),
            },
        )
