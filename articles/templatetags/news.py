from django import template
from django.utils import timezone
from django.utils.dateformat import format as format_date

register = template.Library()


@register.filter
def news_datetime(value):
    """The newspaper's time stamp, "18:53, 27/11/2020", in the site's time zone."""
    if not value:
        return ""
    return format_date(timezone.localtime(value), "H:i, d/m/Y")
