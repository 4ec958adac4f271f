from django.utils.functional import SimpleLazyObject

import pagecache

from .models import Section, SiteSettings


def navigation_sections():
    pagecache.depends_on(pagecache.list_tag("section"))
    return list(Section.objects.top_level())


def site(request):
    """The masthead and the navigation every public page shows: shared fragments, loaded only
    when a template uses them."""
    return {
        "site_settings": SimpleLazyObject(SiteSettings.shared),
        "nav_sections": SimpleLazyObject(
            lambda: pagecache.fragment("navigation", navigation_sections)
        ),
    }
