"""The workflow half of ArticleAdmin: who may change what, pending changes, and the desk pages.

Every check here runs on the server; the buttons in the templates only mirror them.
"""

from datetime import datetime, timedelta

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from ..models import Article, ArticleAuthor, PreviewLink, PublishedVersion, Revision
from ..models.revisions import snapshot
from ..models.workflow import display_name
from ..templatetags.news import news_datetime
from .diff import compare

UPCOMING_DAYS = 3
REVISIONS_PER_PAGE = 50


def submitted_content(form, formsets):
    """The content a change form carries, for a change that must wait for approval."""
    rows = []
    for formset in formsets:
        if formset.model is not ArticleAuthor:
            continue
        for index, byline_form in enumerate(formset.forms):
            data = getattr(byline_form, "cleaned_data", None) or {}
            if data.get("author") and not data.get("DELETE"):
                rows.append((data.get("position") or 0, index, data["author"]))
    authors = [author for _position, _index, author in sorted(rows, key=lambda row: row[:2])]
    return snapshot(form.instance, authors=authors, tags=form.cleaned_data.get("tags", []))


class WorkflowAdminMixin:
    change_form_template = "admin/articles/article/change_form.html"
    change_list_template = "admin/articles/article/change_list.html"

    # Permissions ------------------------------------------------------------------------------

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or obj.is_editable_by(request.user))

    def has_delete_permission(self, request, obj=None):
        """Nobody deletes a published article: unpublishing hides it and keeps it."""
        if obj is not None and obj.was_ever_published():
            return False
        return super().has_delete_permission(request, obj) and (
            obj is None or obj.is_editable_by(request.user)
        )

    def get_queryset(self, request):
        return super().get_queryset(request).with_pending_changes()

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        live = obj is not None and obj.was_ever_published()
        if live and request.user.has_perm("articles.change_any_article"):
            return fieldsets
        return [
            (
                name,
                {**options, "fields": [f for f in options["fields"] if f != "is_material_update"]},
            )
            for name, options in fieldsets
        ]

    # Saving -----------------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        if change and obj.changes_need_approval(request.user):
            form.is_pending_change = True
            return  # the live row stays as it is; save_related files the change for review
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        if form.cleaned_data.get("is_material_update") and obj.was_ever_published():
            obj.material_update_at = timezone.now()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        if getattr(form, "is_pending_change", False):
            live = Article.objects.get(pk=form.instance.pk)
            content = submitted_content(form, formsets)
            form.instance.pending_revision = (
                Revision.propose(live, content, request.user) if content != snapshot(live) else None
            )
            return
        super().save_related(request, form, formsets, change)
        Revision.keep(form.instance, request.user)

    def construct_change_message(self, request, form, formsets, add=False):
        if getattr(form, "is_pending_change", False):
            return _("Change submitted for approval.")
        return super().construct_change_message(request, form, formsets, add)

    def response_change(self, request, obj):
        if getattr(obj, "pending_revision", False) is None:
            self.message_user(request, _("Nothing changed, so nothing was sent for approval."))
            return redirect(self._change_url(obj))
        if getattr(obj, "pending_revision", None):
            self.message_user(
                request,
                _(
                    "Your changes were sent to an editor for approval. "
                    "The published article stays as it is until then."
                ),
                messages.WARNING,
            )
            return redirect(self._change_url(obj))
        return super().response_change(request, obj)

    # Change page ------------------------------------------------------------------------------

    @admin.display(description=gettext_lazy("publication time"), ordering="published_at")
    def publication_time(self, article):
        return news_datetime(article.published_at) or "-"

    @admin.display(description=gettext_lazy("last saved"), ordering="updated_at")
    def last_saved(self, article):
        return f"{news_datetime(article.updated_at)} · {display_name(article.updated_by)}"

    @admin.display(description=gettext_lazy("status"), ordering="status")
    def workflow_status(self, article):
        if article.is_scheduled():
            label = _("Scheduled for %(time)s") % {"time": news_datetime(article.published_at)}
        else:
            label = article.get_status_display()
        if getattr(article, "has_pending_change", False):
            label = _("%(status)s · change awaiting approval") % {"status": label}
        return label

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is not None and self.has_view_permission(request, article):
            extra_context = {**(extra_context or {}), **self._workflow_context(request, article)}
        return super().change_view(request, object_id, form_url, extra_context)

    def _workflow_context(self, request, article):
        user = request.user
        editable = article.is_editable_by(user)
        status = article.status
        scheduled = article.is_scheduled()
        publishable = status in {"draft", "in_review", "unpublished"} or scheduled
        can = {
            "submit": editable and status == Article.Status.DRAFT,
            "send_back": user.has_perm("articles.review_article") and status == "in_review",
            "publish": user.has_perm("articles.publish_article") and publishable,
            "schedule": user.has_perm("articles.schedule_article") and publishable,
            "unpublish": user.has_perm("articles.unpublish_article") and status == "published",
            "review": user.has_perm("articles.review_article"),
            "share": editable and user.has_perm("articles.add_previewlink"),
            "revisions": user.has_perm("articles.view_revision"),
            "versions": user.has_perm("articles.view_publishedversion"),
        }
        pending = article.revisions.pending().select_related("created_by")
        if not can["review"]:
            pending = pending.filter(created_by=user)
        return {
            "can": can,
            "is_scheduled": scheduled,
            "needs_approval": editable and article.changes_need_approval(user),
            "transitions": article.transitions.select_related("by")[:100],
            "pending_revisions": pending,
            "pending_latest_saved": article.revisions.kept().values_list("pk", flat=True).first(),
            "published_versions": (
                article.published_versions.select_related("created_by")[:20]
                if can["versions"]
                else []
            ),
            "preview_links": article.preview_links.active() if can["share"] else [],
            "preview_lifetimes": PreviewLink.LIFETIMES,
            "preview_url": reverse("articles:preview", kwargs={"pk": article.pk}),
            "now_local": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        }

    # Extra pages ------------------------------------------------------------------------------

    def get_urls(self):
        def route(pattern, function, name, decorator=require_GET):
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
        done = {
            "submit": _("Sent for review."),
            "send_back": _("Sent back to the writer with your comment."),
            "publish": _("Published. Readers can see it now."),
            "schedule": _("Scheduled. It will appear by itself at the chosen time."),
            "unpublish": _("Unpublished. Readers no longer see it; it is kept in the archive."),
        }
        if action not in done:
            raise Http404
        try:
            match action:
                case "submit":
                    article.submit(request.user)
                case "send_back":
                    article.send_back(request.user, request.POST.get("comment", ""))
                case "publish":
                    article.publish(request.user)
                case "schedule":
                    article.publish(request.user, at=self._schedule_time(request))
                case "unpublish":
                    article.unpublish(request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, done[action])
        return redirect(self._change_url(article))

    def _schedule_time(self, request):
        try:
            at = timezone.make_aware(datetime.fromisoformat(request.POST.get("publish_at", "")))
        except ValueError:
            raise ValidationError(_("Enter the date and time to publish at.")) from None
        if at <= timezone.now():
            raise ValidationError(
                _("Choose a time in the future to schedule, or use “Publish now”.")
            )
        return at

    def decide_view(self, request, object_id, revision_id, decision):
        article = self._article_or_404(request, object_id)
        revision = get_object_or_404(article.revisions, pk=revision_id)
        try:
            if decision == "approve":
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
        if not (
            article.is_editable_by(request.user)
            and request.user.has_perm("articles.add_previewlink")
        ):
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
        page = Paginator(revisions, REVISIONS_PER_PAGE).get_page(request.GET.get("page"))
        comparison = None
        newer_id, older_id = request.GET.get("b"), request.GET.get("a")
        if newer_id and older_id and newer_id.isdigit() and older_id.isdigit():
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
            },
        )

    def restore_view(self, request, object_id, revision_id):
        article = self._article_or_404(request, object_id)
        if not self.has_change_permission(request, article):
            raise PermissionDenied
        revision = get_object_or_404(article.revisions.kept(), pk=revision_id)
        revision.restore(request.user)
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
                "page": Paginator(articles, REVISIONS_PER_PAGE).get_page(request.GET.get("page")),
            },
        )
