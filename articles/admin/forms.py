from django import forms
from django.contrib.admin.widgets import AdminSplitDateTime
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.utils import edit_string_for_tags

from ..models import Article, Tag
from ..models.articles import DESCRIPTION_RECOMMENDED, TITLE_RECOMMENDED
from ..models.revisions import CONTENT_FIELDS, content_value
from ..models.workflow import display_name
from ..templatetags.news import news_datetime

# The workflow buttons of the change page submit the form with _workflow=<action>: the form is
# saved first, then the action runs (WorkflowAdminMixin.response_change).
WORKFLOW_ACTIONS = ("submit", "send_back", "publish", "schedule", "unpublish")


def schedule_time(data):
    """The publication time posted by the Schedule button (ScheduleForm's boxes), which must lie
    ahead."""
    form = ScheduleForm(data)
    if not form.is_valid():
        raise ValidationError(_("Enter the date and time to publish at."))
    at = form.cleaned_data["publish_at"]
    if at <= timezone.now():
        raise ValidationError(_("Choose a time in the future to schedule, or use “Publish now”."))
    return at


# Keys a form post may not carry: status and time change only through the workflow buttons,
# which check the user's permissions (a SplitDateTimeWidget posts published_at_0/_1).
WORKFLOW_KEYS = ("status", "published_at")

# Fields with a live character count, and the length search results and shares show in full.
COUNTED_FIELDS = {
    "title": TITLE_RECOMMENDED,
    "seo_title": TITLE_RECOMMENDED,
    "lead": DESCRIPTION_RECOMMENDED,
    "seo_description": DESCRIPTION_RECOMMENDED,
}


class ArticleAdminForm(forms.ModelForm):
    """The article form, guarded against stale saves and hand-made workflow changes.

    Other field customisations (widgets for the body, …) can subclass this or use
    ArticleAdmin.formfield_overrides.
    """

    loaded_at = forms.CharField(label=_("Opened at"), widget=forms.HiddenInput, required=False)
    is_material_update = forms.BooleanField(
        label=_("Material update"),
        required=False,
        help_text=_(
            "Tick when facts in a published article changed: readers see “Updated at …” "
            "with this time next to the publication time."
        ),
    )

    class Media:
        js = ["js/tag-autocomplete.js", "js/character-count.js"]
        css = {"all": ["css/tag-autocomplete.css"]}

    class Meta:
        model = Article
        fields = [
            "kicker",
            "title",
            "slug",
            "lead",
            "body",
            "section",
            "tags",
            "featured_image",
            "featured_image_caption",
            "byline_text",
            "presentation",
            "credits",
            "seo_title",
            "seo_description",
            "social_image",
        ]

    # Autosave stores what was typed even when someone saved the article since (it is a revision,
    # not a save); the admin's own saves are always checked.
    checks_staleness = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "tags" in self.fields:
            # static/js/tag-autocomplete.js suggests existing tags from the admin's own
            # autocomplete view while the field stays free text, so new tags can be typed.
            self.fields["tags"].widget.attrs.update(
                {"data-autocomplete-url": reverse("admin:autocomplete"), "autocomplete": "off"}
            )
        for name, recommended in COUNTED_FIELDS.items():
            if name in self.fields:
                self._count_characters(self.fields[name], recommended)
        if self.instance.pk:
            self.fields["loaded_at"].initial = self.instance.updated_at.isoformat()
        proposal = getattr(self.instance, "own_proposal", None)
        if proposal is not None and not self.is_bound:
            self._show_proposal(proposal.content)

    def _show_proposal(self, content):
        """A writer's pending change to a live article opens as they left it."""
        for field in CONTENT_FIELDS:
            if field in self.fields:
                self.initial[field] = content_value(content, field)
        if "tags" in self.fields:
            self.initial["tags"] = edit_string_for_tags(
                [Tag(name=name) for name in content["tags"]]
            )

    @staticmethod
    def _count_characters(field, recommended):
        """static/js/character-count.js counts as the editor types. No maxlength attribute: the
        browser would cut a pasted headline silently; the server refuses it with a message."""
        limit = field.widget.attrs.pop("maxlength", None)
        field.widget.attrs["data-recommended-length"] = recommended
        if limit:
            field.widget.attrs["data-max-length"] = limit

    def clean(self):
        cleaned_data = super().clean()
        if any(key.startswith(WORKFLOW_KEYS) for key in self.data):
            raise ValidationError(
                _(
                    "The status and publication time change only through the workflow buttons "
                    "(submit, publish, schedule, unpublish)."
                ),
                code="workflow",
            )
        if "presentation" in cleaned_data and "body" in cleaned_data:
            self.instance.presentation = cleaned_data["presentation"]
            for problem in self.instance.presentation_problems(body=cleaned_data["body"]):
                self.add_error("body", problem)
        action = self.data.get("_workflow")
        if action is not None and action not in WORKFLOW_ACTIONS:
            raise ValidationError(_("Unknown workflow action."), code="workflow")
        if action == "schedule":
            try:
                cleaned_data["publish_at"] = schedule_time(self.data)
            except ValidationError as error:
                self.add_error(None, error)
        if self.instance.pk and self.checks_staleness:
            self._refuse_stale_save()
        return cleaned_data

    def _refuse_stale_save(self):
        # The admin saves inside a transaction: locking the row makes a concurrent save wait
        # here and then see the newer time, so no two stale forms can both pass.
        current = (
            Article.objects.select_for_update(of=("self",))
            .select_related("updated_by")
            .get(pk=self.instance.pk)
        )
        if self.data.get("loaded_at") != current.updated_at.isoformat():
            raise ValidationError(
                _(
                    "%(name)s saved this article at %(time)s, after you opened it. Your changes "
                    "were not saved: copy what you need, reload the page and edit again."
                )
                % {
                    "name": display_name(current.updated_by),
                    "time": news_datetime(current.updated_at),
                },
                code="stale",
            )


class ScheduleForm(forms.Form):
    """The time of the Schedule button, in the admin's one date-time widget (dd/mm/yyyy, HH:MM in
    Vietnam time), not <input type=datetime-local>, which follows the browser's language."""

    publish_at = forms.SplitDateTimeField(
        label=_("Publish at"),
        # Drawn beside the workflow buttons, outside the <form>, yet posted with the article form.
        widget=AdminSplitDateTime(attrs={"form": "article_form"}),
    )
