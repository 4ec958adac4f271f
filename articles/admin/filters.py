from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.admin import DefaultChoiceFilter

from ..dashboard import CORRECTIONS_SHOWN


class StatusFilter(admin.SimpleListFilter):
    """Status as the desk thinks of it: "scheduled" is published with a time still to come."""

    title = _("status")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Draft")),
            ("in_review", _("In review")),
            ("scheduled", _("Scheduled")),
            ("live", _("Published")),
            ("unpublished", _("Unpublished")),
            ("pending", _("Change awaiting approval")),
            ("placed", _("Placed on the home page")),
            ("corrected", _("Corrected in the last 7 days")),
        ]

    def queryset(self, request, queryset):
        match self.value():
            case "draft":
                return queryset.drafts()
            case "in_review":
                return queryset.in_review()
            case "scheduled":
                return queryset.scheduled()
            case "live":
                return queryset.published()
            case "unpublished":
                return queryset.unpublished()
            case "pending":
                return queryset.filter(has_pending_change=True)
            case "placed":
                return queryset.placed_on_home()
            case "corrected":
                return queryset.corrected_since(timezone.now() - CORRECTIONS_SHOWN)
        return queryset


class OwnerFilter(DefaultChoiceFilter):
    """Journalists land on their own articles; editors on everyone's."""

    title = _("whose")
    parameter_name = "whose"

    def __init__(self, request, params, model, model_admin):
        self.default = "all" if request.user.has_perm("articles.change_any_article") else "mine"
        super().__init__(request, params, model, model_admin)

    def lookups(self, request, model_admin):
        return [("mine", _("Mine")), ("all", _("Everyone's"))]

    def queryset(self, request, queryset):
        if self.value() == "mine":
            return queryset.owned_by(request.user)
        return queryset
