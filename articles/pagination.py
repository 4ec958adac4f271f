from django.conf import settings
from django.core.paginator import Paginator
from django.utils.functional import cached_property


class ArchivePaginator(Paginator):
    """A paginator whose COUNT stops at `max_pages` pages.

    Counting every article of a section in a million-row archive costs a scan per request; readers
    page back a few dozen pages at most and reach older news through search and the archive.
    """

    def __init__(self, object_list, per_page, max_pages, **kwargs):
        self.max_pages = max_pages
        super().__init__(object_list, per_page, **kwargs)

    @cached_property
    def _counted(self):
        # How many rows, not which: without the ordering and the listing's joins and annotations
        # (search rank, comment counts) PostgreSQL stops after the cap instead of sorting every
        # match. One row past the cap tells "exactly the cap" from "more than the cap".
        capped = self.object_list.order_by().values("pk")[: self.per_page * self.max_pages + 1]
        return capped.count()

    @cached_property
    def count(self):
        return min(self._counted, self.per_page * self.max_pages)

    @cached_property
    def is_capped(self):
        """True when there are more items than the pages show: count is then a lower bound."""
        return self._counted > self.per_page * self.max_pages


def paginate(request, queryset, per_page=None, max_pages=None):
    """The requested page of queryset; out-of-range or malformed page numbers give the nearest page."""
    paginator = ArchivePaginator(
        queryset, per_page or settings.ARTICLES_PER_PAGE, max_pages or settings.LIST_MAX_PAGES
    )
    return paginator.get_page(request.GET.get("page"))
