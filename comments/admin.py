from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from articles.models.workflow import display_name
from notifications.models import Notification

from .models import Comment, CommentReport, WordRule
from .moderation import describe_hold
from .signals import comments_changed

DECISIONS = {
    "approve": (Comment.Status.APPROVED, _("Approve")),
    "reject": (Comment.Status.REJECTED, _("Reject")),
    "spam": (Comment.Status.SPAM, _("Spam")),
}

WAITING_FIRST = Case(
    When(decided_at__isnull=True, then=Value(0)), default=Value(1), output_field=IntegerField()
)


class QueueFilter(admin.SimpleListFilter):
    title = _("moderation")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [("waiting", _("Waiting for a decision")), ("decided", _("Decided"))]

    def queryset(self, request, queryset):
        if self.value() == "waiting":
            return queryset.needs_review()
        if self.value() == "decided":
            return queryset.filter(decided_at__isnull=False)
        return queryset


class CommentReportInline(admin.TabularInline):
    model = CommentReport
    fields = ["created_at", "reporter_hash"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    """The moderation desk: decisions, not edits. Reader text is never changed by staff."""

    list_display = [
        "excerpt",
        "held",
        "sender",
        "sender_record",
        "report_count",
        "article_link",
        "status",
        "created_at",
    ]
    list_display_links = ["excerpt"]
    list_filter = [QueueFilter, "status", "is_newsroom"]
    list_select_related = ["article__section"]
    search_fields = ["body", "name", "=email", "=ip_hash", "article__title"]
    date_hierarchy = "created_at"
    ordering = [WAITING_FIRST.asc(), "created_at", "pk"]
    list_per_page = 50
    actions = ["approve", "reject", "mark_spam", "send_back_to_queue"]
    inlines = [CommentReportInline]
    raw_id_fields = ["parent"]
    readonly_fields = [
        "article_link",
        "parent",
        "name",
        "email",
        "text",
        "status",
        "held",
        "sender_record",
        "report_count",
        "decided_by",
        "decided_at",
        "created_at",
        "ip_hash",
        "user_agent",
    ]

    class Media:
        css = {"all": ["css/comments_admin.css"]}
        js = ["js/comments_admin.js"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_sender_record()

    def get_list_display(self, request):
        if self.has_moderate_permission(request):
            # Right after the text, so the buttons never hide behind a horizontal scroll.
            return [self.list_display[0], "decision_buttons", *self.list_display[1:]]
        return self.list_display

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": ["parent", "body"]})]
        return [
            (None, {"fields": ["article_link", "parent", "name", "email", "text", "status"]}),
            (
                _("Moderation"),
                {"fields": ["held", "sender_record", "report_count", "decided_by", "decided_at"]},
            ),
            (_("Sender"), {"fields": ["created_at", "ip_hash", "user_agent"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj else []

    def get_inlines(self, request, obj):
        return self.inlines if obj else []

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is None:
            form.base_fields["parent"].required = True
            form.base_fields["parent"].queryset = Comment.objects.answerable()
            form.base_fields["parent"].error_messages["invalid_choice"] = _(
                "Only approved comments under published articles can be answered."
            )
            form.base_fields["parent"].help_text = _("The reader's comment you answer.")
            form.base_fields["body"].help_text = _(
                "Published at once under the reader's comment, signed “Tòa soạn”."
            )
        return form

    # Comments are decided, never edited: the change page is read-only with decision buttons.
    def has_change_permission(self, request, obj=None):
        return False

    def has_moderate_permission(self, request):
        return request.user.has_perm("comments.moderate_comment")

    def save_model(self, request, obj, form, change):
        """Only additions reach here: a newsroom reply, approved and signed by the newsroom."""
        thread = obj.parent.parent or obj.parent
        obj.parent = thread
        obj.article = thread.article
        obj.is_newsroom = True
        obj.author = obj.decided_by = request.user
        obj.name = display_name(request.user)
        obj.email = request.user.email
        obj.status = Comment.Status.APPROVED
        obj.decided_at = timezone.now()
        super().save_model(request, obj, form, change)
        Notification.objects.about_reply(obj)
        comments_changed.send(sender=Comment, article_ids={obj.article_id})

    def get_urls(self):
        decide = self.admin_site.admin_view(require_POST(self.decide_view))
        return [
            path("<int:object_id>/decide/", decide, name="comments_comment_decide"),
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
        if comment.decide(status, request.user):
            self.message_user(
                request, gettext("“%s”: %s.") % (comment, comment.get_status_display())
            )
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
        back = request.headers.get("Referer", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
            back = reverse("admin:comments_comment_changelist")
        return HttpResponseRedirect(back)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "can_moderate": self.has_moderate_permission(request),
            "can_reply": self.has_add_permission(request),
            "decisions": [(key, label) for key, (_status, label) in DECISIONS.items()],
        }
        return super().change_view(request, object_id, form_url, extra_context)

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

    @admin.display(description=_("comment"))
    def excerpt(self, obj):
        return Truncator(obj.body).chars(140)

    @admin.display(description=_("text"))
    def text(self, obj):
        return format_html("<div class='comment-admin-text'>{}</div>", obj.body)

    @admin.display(description=_("article"), ordering="article__title")
    def article_link(self, obj):
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            obj.article.get_absolute_url(),
            Truncator(obj.article.title).chars(50),
        )

    @admin.display(description=_("sender"), ordering="email")
    def sender(self, obj):
        if obj.is_newsroom:
            return format_html("<strong>{}</strong>", obj.display_name())
        changelist = reverse("admin:comments_comment_changelist")
        return format_html(
            '{}<br><a href="{}?{}">{}</a><br><a class="comment-admin-hash" href="{}?{}">IP {}</a>',
            obj.name,
            changelist,
            urlencode({"email": obj.email}),
            obj.email,
            changelist,
            urlencode({"ip_hash": obj.ip_hash}),
            obj.ip_hash[:10],
        )

    @admin.display(description=_("sender's record"))
    def sender_record(self, obj):
        return gettext("%(approved)d approved, %(rejected)d rejected") % {
            "approved": obj.sender_approved,
            "rejected": obj.sender_rejected,
        }

    @admin.display(description=_("held by"))
    def held(self, obj):
        return (
            format_html_join(
                "",
                "<span class='comment-admin-rule'>{}</span>",
                ((describe_hold(r),) for r in obj.held_for),
            )
            or "—"
        )

    @admin.display(description=_("decide"))
    def decision_buttons(self, obj):
        if obj.decided_at:
            return format_html(
                "<span class='comment-admin-decided'>{}</span>", obj.decided_by or "—"
            )
        url = reverse("admin:comments_comment_decide", args=[obj.pk])
        return format_html_join(
            "",
            '<button type="submit" class="button comment-admin-{}" name="decision" value="{}" '
            'formaction="{}" data-decision="{}">{}</button>',
            ((key, key, url, key, label) for key, (_status, label) in DECISIONS.items()),
        )


@admin.register(WordRule)
class WordRuleAdmin(admin.ModelAdmin):
    list_display = ["phrase", "kind", "created_at"]
    list_filter = ["kind"]
    search_fields = ["phrase", "folded"]
    fields = ["phrase", "kind"]
