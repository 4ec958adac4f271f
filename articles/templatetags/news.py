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
    return _stamp(timezone.localtime(value))


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
    local = timezone.localtime(value)
    return format_html(
        '<time{} datetime="{}">{}</time>',
        format_html(' class="{}"', css_class) if css_class else "",
        # Whole seconds: HTML's valid date strings allow fractions, but validators and some
        # parsers stumble on Python's microseconds, and no reader needs them.
        local.replace(microsecond=0).isoformat(),
        _stamp(local),
    )


def _stamp(local):
    # strftime, not Django's date format: the same digits, at a fraction of the cost, for the
    # dozens of time stamps on a home page. No month or day names, so no translation involved.
    return local.strftime("%H:%M, %d/%m/%Y")
