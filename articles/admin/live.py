"""The live coverage on the desk: starting and ending it from the article's page, and the updates'
own admin, where editors and the journalists on an article's byline post them.

Every check runs on the server (Article.may_post_live_updates, LiveUpdate.post); Django's admin
log records who posted, changed, approved or deleted each update.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from ..models import LiveUpdate
from ..models.live import HELD_KEY_UPDATE, RUN_COVERAGE_PERMISSION
from ..templatetags.news import news_datetime


class LiveCoverageArticleMixin:
    """Mixed into ArticleAdmin: the "Live coverage" box of the change page and its two buttons."""

    def get_urls(self):
        view = self.admin_site.admin_view(require_POST(self.live_coverage_view))
        route = path(
            "<path:object_id>/live/<slug:action>/", view, name="articles_article_live_coverage"
        )
        return [route, *super().get_urls()]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:
            return fieldsets
        fields = ["live_coverage", "live_updates_need_review"]
        return [*fieldsets, (gettext_lazy("Live coverage"), {"fields": fields})]

    def get_readonly_fields(self, request, obj=None):
        readonly = [*super().get_readonly_fields(request, obj), "live_coverage"]
        if not request.user.has_perm(RUN_COVERAGE_PERMISSION):
            readonly.append("live_updates_need_review")
        return readonly

    @admin.display(description=gettext_lazy("live coverage"))
    def live_coverage(self, article):
        """Where the coverage stands, its updates, and what the viewer may do about it."""
        if article.is_live():
            state = _("Live since %(time)s") % {"time": news_datetime(article.live_started_at)}
        elif article.has_live_coverage():
            state = _("Ended at %(time)s") % {"time": news_datetime(article.live_ended_at)}
        else:
            state = _("Not started")
        parts = [format_html("<strong>{}</strong>", state)]
        if article.has_live_coverage():
            updates = article.live_updates.all()
            counts = {"count": updates.count(), "waiting": updates.awaiting_approval().count()}
            parts.append(
                format_html(
                    '<a href="{}?article__id__exact={}">{}</a>',
                    reverse("admin:articles_liveupdate_changelist"),
                    article.pk,
                    _("%(count)d updates, %(waiting)d awaiting approval") % counts,
                )
            )
        user = getattr(article, "desk_user", None)  # set by get_object()
        if user is not None:
            parts += self._live_coverage_actions(article, user)
        return format_html_join(" · ", "{}", ((part,) for part in parts))

    def _live_coverage_actions(self, article, user):
        """A link to post an update; for editors, a button that starts or ends the coverage. The
        button sends the change form to live_coverage_view: unsaved edits in it are not kept."""
        actions = []
        if article.is_live() and article.may_post_live_updates(user):
            actions.append(
                format_html(
                    '<a class="button" href="{}?article={}">{}</a>',
                    reverse("admin:articles_liveupdate_add"),
                    article.pk,
                    _("Post an update"),
                )
            )
        if user.has_perm(RUN_COVERAGE_PERMISSION):
            if article.is_live():
                action, label = "end", _("End the live coverage")
            else:
                action, label = "start", _("Start a live coverage")
            actions.append(
                format_html(
                    '<button type="submit" class="button" formaction="{}" formnovalidate>{}</button>',
                    reverse("admin:articles_article_live_coverage", args=[article.pk, action]),
                    label,
                )
            )
        return actions

    def get_object(self, request, object_id, from_field=None):
        article = super().get_object(request, object_id, from_field)
        if article is not None:
            article.desk_user = request.user  # live_coverage() shows what this user may do
        return article

    def live_coverage_view(self, request, object_id, action):
        article = self._article_or_404(request, object_id)
        try:
            if action == "start":
                article.start_live_coverage(request.user)
                messages.success(request, _("The live coverage has started: readers see it now."))
            elif action == "end":
                article.end_live_coverage(request.user)
                messages.success(request, _("The live coverage has ended."))
            else:
                raise Http404
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(self._change_url(article))


class LiveUpdateForm(forms.ModelForm):
    class Meta:
        model = LiveUpdate
        fields = [
            "article",
            "headline",
            "text",
            "quote",
            "quote_source",
            "image",
            "video",
            "is_key",
        ]

    def clean(self):
        cleaned = super().clean()
        article = cleaned.get("article") or getattr(self.instance, "article", None)
        if article is None:
            return cleaned
        if not article.may_post_live_updates(self.user):
            self.add_error(
                "article",
                _("You may post updates only to the articles whose byline you are on."),
            )
        elif self.instance._state.adding and not article.is_live():
            self.add_error("article", _("Updates can be posted only while the coverage runs."))
        elif cleaned.get("is_key") and article.live_updates_wait_for(self.user):
            self.add_error("is_key", HELD_KEY_UPDATE)
        return cleaned


@admin.register(LiveUpdate)
class LiveUpdateAdmin(admin.ModelAdmin):
    form = LiveUpdateForm
    list_display = ["__str__", "article", "posted", "posted_by", "is_key", "is_approved"]
    list_filter = ["is_approved", "is_key"]
    list_select_related = ["article", "posted_by"]
    search_fields = ["headline", "text", "quote", "article__title"]
    autocomplete_fields = ["article", "image", "video"]
    readonly_fields = ["posted_at", "posted_by", "updated_by", "is_approved"]
    actions = ["approve"]

    def get_queryset(self, request):
        updates = super().get_queryset(request)
        if request.user.has_perm("articles.change_any_article"):
            return updates
        return updates.filter(article__bylines__author__user=request.user).distinct()

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        return [*readonly, "article"] if obj is not None else readonly

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user
        return form

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or obj.may_be_changed_by(request.user))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or obj.may_be_changed_by(request.user))

    def has_approve_permission(self, request):
        return request.user.has_perm("articles.change_any_article")

    def save_model(self, request, obj, form, change):
        obj.post(request.user)

    @admin.display(description=gettext_lazy("posted at"), ordering="posted_at")
    def posted(self, update):
        return news_datetime(update.posted_at)

    @admin.action(description=gettext_lazy("Approve: show to readers"), permissions=["approve"])
    def approve(self, request, queryset):
        waiting = list(queryset.awaiting_approval().select_related("article"))
        for update in waiting:
            update.approve(request.user)
            self.log_change(request, update, _("Approved."))
        messages.success(request, _("%(count)d updates approved.") % {"count": len(waiting)})
