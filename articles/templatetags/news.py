from datetime import datetime

from django import template
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.html import format_html

register = template.Library()


@register.filter
def news_datetime(value):
    """The newspaper's time stamp, "18:53, 27/11/2020", in the site's time zone."""
    if not value:
        return ""
    return format_date(timezone.localtime(value), "H:i, d/m/Y")


@register.filter
def news_date(value):
    """The newspaper's date, "27/11/2020"; a moment is read in the site's time zone."""
    if not value:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value)
    return format_date(value, "d/m/Y")


@register.simple_tag
def news_time(value, css_class=""):
    """A <time> element: the machine-readable moment, and the time stamp readers see."""
    if not value:
        return ""
    return format_html(
        '<time{} datetime="{}">{}</time>',
        format_html(' class="{}"', css_class) if css_class else "",
        format_date(timezone.localtime(value), "c"),
        news_datetime(value),
    )
