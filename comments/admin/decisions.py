"""The moderators' decisions: one comment from its row or page, undo of the last one, and the
bulk actions. Mixed into CommentAdmin; every view checks the moderate permission itself."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from ..models import Comment

DECISIONS = {
    "approve": (Comment.Status.APPROVED, _("Approve")),
    "reject": (Comment.Status.REJECTED, _("Reject")),
    "spam": (Comment.Status.SPAM, _("Spam")),
}

# The moderator's last decision, kept in their session so that "Undo" can restore what was before.
UNDO_SESSION_KEY = "comments-last-decision"


class DecisionsMixin:
    def has_moderate_permission(self, request):
        return request.user.has_perm("comments.moderate_comment")

    def get_urls(self):
        decide = self.admin_site.admin_view(require_POST(self.decide_view))
        undo = self.admin_site.admin_view(require_POST(self.undo_view))
        return [
            path("<int:object_id>/decide/", decide, name="comments_comment_decide"),
            path("<int:object_id>/undo/", undo, name="comments_comment_undo"),
            *super().get_urls(),
        ]

    def decide_view(self, request, object_id):
        """One decision from a row button or the comment's page; first moderator wins."""
        if not self.has_moderate_permission(request):
            raise PermissionDenied
        if request.POST.get("decision") not in DECISIONS:
            return HttpResponseBadRequest(gettext("Unknown decision."))
        status, label = DECISIONS[request.POST["decision"]]
        comment = get_object_or_404(Comment, pk=object_id)
        before = {"comment": comment.pk, **comment.undo_state()}
        if comment.decide(status, request.user):
            request.session[UNDO_SESSION_KEY] = {
                **before,
                "decided_at": comment.decided_at.isoformat(),
            }
            self.message_user(request, self._undo_message(request, comment))
        else:
            self.message_user(
                request,
                gettext("“%(comment)s” was already decided by %(moderator)s: %(status)s.")
                % {
                    "comment": comment,
                    "moderator": comment.decided_by or gettext("the rules"),
                    "status": comment.get_status_display(),
                },
                messages.WARNING,
            )
        return self._back(request)

    def undo_view(self, request, object_id):
        """Take back the moderator's own last decision, while nobody has acted on it since."""
        if not self.has_moderate_permission(request):
            raise PermissionDenied
        comment = get_object_or_404(Comment, pk=object_id)
        last = request.session.get(UNDO_SESSION_KEY) or {}
        if last.get("comment") == comment.pk and comment.undo_decision(request.user, last):
            del request.session[UNDO_SESSION_KEY]
            self.message_user(
                request, gettext("Undone: “%s” is waiting for a decision again.") % comment
            )
        else:
            self.message_user(
                request,
                gettext(
                    "This decision can no longer be undone: it was not your last one, "
                    "or someone has acted on the comment since."
                ),
                messages.WARNING,
            )
        return self._back(request)

    def _undo_message(self, request, comment):
        return format_html(
            '“{}”: {}. <form method="post" action="{}" class="comment-admin-undo">'
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
            '<button type="submit" class="button">{}</button></form>',
            comment,
            comment.get_status_display(),
            reverse("admin:comments_comment_undo", args=[comment.pk]),
            get_token(request),
            gettext("Undo"),
        )

    def _back(self, request):
        back = request.headers.get("Referer", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
            back = reverse("admin:comments_comment_changelist")
        return HttpResponseRedirect(back)

    def _decide_many(self, request, queryset, status):
        selected = list(queryset.values_list("pk", flat=True))
        taken = Comment.objects.filter(pk__in=selected).decide(status, request.user)
        self.message_user(
            request,
            ngettext("%(count)d comment: %(status)s.", "%(count)d comments: %(status)s.", taken)
            % {"count": taken, "status": Comment.Status(status).label},
        )
        if taken < len(selected):
            self.message_user(
                request,
                ngettext(
                    "%d comment had already been decided and was left as it was.",
                    "%d comments had already been decided and were left as they were.",
                    len(selected) - taken,
                )
                % (len(selected) - taken),
                messages.WARNING,
            )

    @admin.action(description=_("Approve selected comments"), permissions=["moderate"])
    def approve(self, request, queryset):
        self._decide_many(request, queryset, Comment.Status.APPROVED)

    @admin.action(description=_("Reject selected comments"), permissions=["moderate"])
    def reject(self, request, queryset):
        self._decide_many(request, queryset, Comment.Status.REJECTED)

    @admin.action(description=_("Mark selected comments as spam"), permissions=["moderate"])
    def mark_spam(self, request, queryset):
        self._decide_many(request, queryset, Comment.Status.SPAM)

    @admin.action(
        description=_("Send selected comments back to the queue (hidden)"),
        permissions=["moderate"],
    )
    def send_back_to_queue(self, request, queryset):
        reopened = queryset.model.objects.filter(
            pk__in=list(queryset.values_list("pk", flat=True))
        ).reopen()
        self.message_user(
            request,
            ngettext(
                "%d comment is back in the queue.", "%d comments are back in the queue.", reopened
            )
            % reopened,
        )

    @admin.display(description=_("decide"))
    def decision_buttons(self, obj):
        if obj.decided_at:
            return format_html(
                "<span class='comment-admin-decided'>{}<br>{}</span>",
                obj.get_status_display(),
                obj.decided_by or gettext("the rules"),
            )
        url = reverse("admin:comments_comment_decide", args=[obj.pk])
        return format_html_join(
            "",
            '<button type="submit" class="button comment-admin-{}" name="decision" value="{}" '
            'formaction="{}" data-decision="{}">{}</button>',
            ((key, key, url, key, label) for key, (_status, label) in DECISIONS.items()),
        )
