from django.utils.functional import SimpleLazyObject

from .models import Section, SiteSettings


def site(request):
    """The masthead and the navigation every public page shows, loaded only when a template uses them."""
    return {
        "site_settings": SimpleLazyObject(SiteSettings.load),
        "nav_sections": SimpleLazyObject(lambda: list(Section.objects.top_level())),
    }
