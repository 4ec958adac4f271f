from datetime import date, datetime, time, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Section


class SearchForm(forms.Form):
    """The reader's search: words, and optionally a section and a range of publication dates."""

    q = forms.CharField(label=_("Search for"), max_length=200, required=False, strip=True)
    section = forms.ModelChoiceField(
        label=_("Section"),
        queryset=Section.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All sections"),
    )
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        cleaned = super().clean()
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return cleaned

    def filter(self, articles):
        """Narrow a queryset of articles to the chosen section and dates (local calendar days)."""
        data = self.cleaned_data
        if data["section"]:
            articles = articles.in_section(data["section"])
        if data["date_from"]:
            start = timezone.make_aware(datetime.combine(data["date_from"], time.min))
            articles = articles.filter(published_at__gte=start)
        # Nothing is published after the last day of the calendar, and the day after it cannot exist.
        if data["date_to"] and data["date_to"] < date.max:
            end = timezone.make_aware(
                datetime.combine(data["date_to"] + timedelta(days=1), time.min)
            )
            articles = articles.filter(published_at__lt=end)
        return articles
