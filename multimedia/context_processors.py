from django.utils.functional import SimpleLazyObject

from .models import PrintIssue


def print_edition(request):
    """The newest print issue for the header link; from the cache, so no query on most pages."""
    return {"latest_print_issue": SimpleLazyObject(PrintIssue.latest_for_header)}
