from django.utils.functional import SimpleLazyObject

from .models import SiteSettings


def site(request):
    """The paper's name and masthead facts every public page shows: a shared fragment, loaded
    only when a template uses it (the navigation and the footer are fragments of their own:
    articles/templatetags/shared_blocks.py)."""
    return {"site_settings": SimpleLazyObject(SiteSettings.shared)}
