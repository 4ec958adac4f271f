"""The navigation and the footer masthead every public page shows, rendered once for all pages and
processes: shared fragments of HTML (pagecache), rebuilt when what they show is purged (a section
saved or added, the site settings saved). Pages rendered without a request (400, 403) show them
empty, as they always have: no database for an error page.
"""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

import pagecache

from ..models import Section, SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """The sections menu, the page's own section marked: one fragment per section."""
    current = context.get("section")
    current_pk = current.pk if isinstance(current, Section) else None
    if context.get("request") is None:
        return render_to_string("includes/site_navigation.html", {"nav_sections": []})

    def build():
        pagecache.depends_on(pagecache.list_tag("section"))
        return render_to_string(
            "includes/site_navigation.html",
            {"nav_sections": Section.objects.top_level(), "current_pk": current_pk},
        )

    return mark_safe(pagecache.fragment(f"navigation:{get_language()}:{current_pk or 0}", build))


@register.simple_tag(takes_context=True)
def site_footer(context):
    if context.get("request") is None:
        return render_to_string("includes/site_footer.html", {"site_settings": None})

    def build():
        return render_to_string(
            "includes/site_footer.html", {"site_settings": SiteSettings.shared()}
        )

    return mark_safe(pagecache.fragment(f"site-footer:{get_language()}", build))
