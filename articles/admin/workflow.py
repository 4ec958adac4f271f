"""The workflow half of ArticleAdmin: who may change what, pending changes, the change page.

Every check here runs on the server; the buttons in the templates only mirror them.
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..models import (
    Article,
    ArticleAuthor,
    ArticleSlugHistory,
    EventArticle,
    PreviewLink,
    Revision,
    Transition,
)
from ..models.revisions import snapshot
from ..models.workflow import display_name
from ..templatetags.news import news_datetime
from .forms import ScheduleForm


def submitted_rows(formsets, model, field):
    """(form data, index) of each row of an inline the change form carries, deleted ones left out."""
    for formset in formsets:
        if formset.model is model:
            for index, row_form in enumerate(formset.forms):
                data = getattr(row_form, "cleaned_data", None) or {}
                if data.get(field) and not data.get("DELETE"):
                    yield data, index


def submitted_content(form, formsets):
    """The content a change form carries, for a change that must wait for approval."""
    rows = sorted(
        ((data.get("position") or 0, index, data["author"]))
        for data, index in submitted_rows(formsets, ArticleAuthor, "author")
    )
    authors = [author for _position, _index, author in rows]
    events = [data["event"] for data, _index in submitted_rows(formsets, EventArticle, "event")]
    return snapshot(
        form.instance, authors=authors, tags=form.cleaned_data.get("tags", []), events=events
    )


WORKFLOW_DONE = {
    "submit": gettext_lazy("Sent for review."),
    "send_back": gettext_lazy("Sent back to the writer with your comment."),
    "publish": gettext_lazy("Published. Readers can see it now."),
    "schedule": gettext_lazy("Scheduled. It will appear by itself at the chosen time."),
    "unpublish": gettext_lazy("Unpublished. Readers no longer see it; it is kept in the archive."),
}


def perform_workflow_action(request, article, action, at=None):
    """Run one workflow step for the request's user and say how it went (messages)."""
    try:
        match action:
            case "submit":
                article.submit(request.user)
            case "send_back":
                article.send_back(request.user, request.POST.get("comment", ""))
            case "publish":
                article.publish(request.user)
            case "schedule":
                article.publish(request.user, at=at)
            case "unpublish":
                article.unpublish(request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, WORKFLOW_DONE[action])


def pending_byline_rows(request, article):
    """For a change that must wait for approval, the byline rows the form shows: the writer's own
    pending change's authors, else the live ones; None when the change is saved directly.

    Such a change never writes bylines, it reads them from the form, so its rows are not tied to
    the saved ones (whose "article and author" uniqueness would refuse a reordering).
    """
    if article is None or article.pk is None or not article.changes_need_approval(request.user):
        return None
    proposal = getattr(article, "own_proposal", None)
    if proposal is not None:
        authors = [author_id for author_id, _name in proposal.content["authors"]]
    else:
        authors = list(
            article.bylines.order_by("position", "pk").values_list("author_id", flat=True)
        )
    return [{"author": author, "position": position} for position, author in enumerate(authors)]


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

    def get_object(self, request, object_id, from_field=None):
        """On the change page a writer sees their own pending change, not the live text."""
        article = super().get_object(request, object_id, from_field)
        if article is not None and request.method == "GET":
            article.own_proposal = article.revisions.proposed_by(request.user).first()
        return article

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        rows = pending_byline_rows(request, obj) if inline.model is ArticleAuthor else None
        if rows is not None:
            kwargs.update(instance=Article(), initial=rows)
        return kwargs

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
        obj.requested_publish_at = form.cleaned_data.get("publish_at")
        if change and obj.changes_need_approval(request.user):
            form.is_pending_change = True
            return  # the live row stays as it is; save_related files the change for review
        if change:
            ArticleSlugHistory.remember(obj)
        else:
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
        if not change:
            form.instance.sign_by_default(request.user)
        Revision.keep(form.instance, request.user)

    def construct_change_message(self, request, form, formsets, add=False):
        if getattr(form, "is_pending_change", False):
            return _("Change submitted for approval.")
        return super().construct_change_message(request, form, formsets, add)

    def response_change(self, request, obj):
        """After the save: the workflow button that sent the form runs now, on the saved text."""
        if getattr(obj, "pending_revision", False) is None:
            self.message_user(request, _("Nothing changed, so nothing was sent for approval."))
            return redirect(request.path)
        if getattr(obj, "pending_revision", None):
            self.message_user(
                request,
                _(
                    "Your changes were sent to an editor for approval. "
                    "The published article stays as it is until then."
                ),
                messages.WARNING,
            )
            return redirect(request.path)
        if action := request.POST.get("_workflow"):
            self.message_user(request, _("Your changes were saved."))
            if action == "unpublish":
                return self.unpublish_confirmation(request, obj)
            perform_workflow_action(request, obj, action, obj.requested_publish_at)
            return redirect(request.path)
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

    def render_change_form(self, request, context, *args, **kwargs):
        # The Schedule button's date and time boxes need the admin's calendar and clock scripts.
        if "schedule_form" in context:
            context["media"] += context["schedule_form"].media
        return super().render_change_form(request, context, *args, **kwargs)

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
            "share": article.can_share_preview(user),
            "revisions": user.has_perm("articles.view_revision"),
            "versions": user.has_perm("articles.view_publishedversion"),
        }
        pending = article.revisions.pending().select_related("created_by")
        if not can["review"]:
            pending = pending.filter(created_by=user)
        latest_step = article.transitions.select_related("by").first()
        return {
            "can": can,
            "sent_back": (
                latest_step
                if status == Article.Status.DRAFT
                and latest_step
                and latest_step.action == Transition.Action.SENT_BACK
                else None
            ),
            "own_proposal": getattr(article, "own_proposal", None),
            "is_scheduled": scheduled,
            "needs_approval": editable and article.changes_need_approval(user),
            "transitions": article.transitions.select_related("by")[:100],
            "pending_revisions": pending,
            "published_versions": (
                article.published_versions.select_related("created_by")[:20]
                if can["versions"]
                else []
            ),
            "preview_links": article.preview_links.active() if can["share"] else [],
            "preview_lifetimes": PreviewLink.LIFETIMES,
            "preview_url": reverse("articles:preview", kwargs={"pk": article.pk}),
            "schedule_form": ScheduleForm(
                request.POST if request.method == "POST" else None, auto_id="publish-at-%s"
            ),
        }
