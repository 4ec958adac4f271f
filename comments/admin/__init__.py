"""The moderation desk: the queue's columns and filters, the read-only comment page and the
newsroom's replies. The decisions themselves (row buttons, undo, bulk actions) are in decisions.py."""

from collections import Counter

from django.contrib import admin
from django.db.models import Case, IntegerField, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles.models.workflow import display_name
from articles.templatetags.news import news_datetime
from notifications.models import Notification

from ..models import Comment, CommentReport, WordRule
from ..moderation import describe_hold
from ..signals import comments_changed
from .decisions import DECISIONS, DecisionsMixin

WAITING_FIRST = Case(
    When(decided_at__isnull=True, then=Value(0)), default=Value(1), output_field=IntegerField()
)


class QueueFilter(admin.SimpleListFilter):
    title = _("moderation")
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        return [
            ("waiting", _("Waiting for a decision")),
            ("reported", _("Reported by readers")),
            ("decided", _("Decided")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "waiting":
            return queryset.needs_review()
        if self.value() == "reported":
            return queryset.reported()
        if self.value() == "decided":
            return queryset.filter(decided_at__isnull=False)
        return queryset


class CommentReportInline(admin.TabularInline):
    model = CommentReport
    fields = ["created_at", "reason", "reporter_hash"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Comment)
class CommentAdmin(DecisionsMixin, admin.ModelAdmin):
    """The moderation desk: decisions, not edits. Reader text is never changed by staff."""

    # Few, dense columns: the queue fits a 1366 px screen beside the filters without scrolling.
    list_display = ["excerpt", "context", "held", "sender", "sent_at"]
    list_display_links = ["excerpt"]
    list_filter = [QueueFilter, "status", "is_newsroom"]
    list_select_related = ["article__section", "parent"]
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
        return super().get_queryset(request).with_sender_record().prefetch_related("reports")

    def get_list_display(self, request):
        # Right after the text, so the buttons never hide behind a horizontal scroll.
        second = "decision_buttons" if self.has_moderate_permission(request) else "status"
        return [self.list_display[0], second, *self.list_display[1:]]

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

    def changelist_view(self, request, extra_context=None):
        # The queue is the moderator's whole desk: the page's width goes to the comments, not
        # to the list of apps.
        extra_context = {**(extra_context or {}), "is_nav_sidebar_enabled": False}
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "can_moderate": self.has_moderate_permission(request),
            "can_reply": self.has_add_permission(request),
            "decisions": [(key, label) for key, (_status, label) in DECISIONS.items()],
        }
        return super().change_view(request, object_id, form_url, extra_context)

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
            Truncator(obj.article.title).chars(70),
        )

    @admin.display(description=_("under"))
    def context(self, obj):
        """The article, and for a reply the comment it answers: what the text responds to."""
        if obj.parent is None:
            return self.article_link(obj)
        return format_html(
            '{}<blockquote class="comment-admin-parent">{} {}</blockquote>',
            self.article_link(obj),
            gettext("In reply to %s:") % obj.parent.display_name(),
            Truncator(obj.parent.body).chars(100),
        )

    @admin.display(description=_("sent at"), ordering="created_at")
    def sent_at(self, obj):
        return news_datetime(obj.created_at)

    @admin.display(description=_("sender"), ordering="email")
    def sender(self, obj):
        if obj.is_newsroom:
            return format_html("<strong>{}</strong>", obj.display_name())
        changelist = reverse("admin:comments_comment_changelist")
        return format_html(
            '{}<br><a href="{}?{}">{}</a><br><a class="comment-admin-hash" href="{}?{}">IP {}</a>'
            '<br><span class="comment-admin-record">{}</span>',
            obj.name,
            changelist,
            urlencode({"email": obj.email}),
            obj.email,
            changelist,
            urlencode({"ip_hash": obj.ip_hash}),
            obj.ip_hash[:10],
            self.sender_record(obj),
        )

    @admin.display(description=_("sender's record"))
    def sender_record(self, obj):
        return gettext("%(approved)d approved, %(rejected)d rejected") % {
            "approved": obj.sender_approved,
            "rejected": obj.sender_rejected,
        }

    @admin.display(description=_("held by"))
    def held(self, obj):
        reasons = Counter(report.get_reason_display() for report in obj.reports.all())
        return (
            format_html_join(
                "",
                "<span class='comment-admin-rule'>{}</span>",
                ((describe_hold(r),) for r in obj.held_for),
            )
            + format_html_join(
                "",
                "<span class='comment-admin-report'>{} × {}</span>",
                sorted(reasons.items()),
            )
        ) or "—"


@admin.register(WordRule)
class WordRuleAdmin(admin.ModelAdmin):
    list_display = ["phrase", "kind", "created_at"]
    list_filter = ["kind"]
    search_fields = ["phrase", "folded"]
    fields = ["phrase", "kind"]
