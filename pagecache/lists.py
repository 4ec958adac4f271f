"""Pages that list published items: what they depend on, and when they must expire by themselves.

A list changes when an item joins or leaves it; its model's app purges the list's tag then
(list_tag). An item scheduled for later joins its lists when its time comes, with no save to
purge anything: so every list page expires no later than the next scheduled publication.
"""

from .store import fragment
from .tags import depends_on, expire_by, list_tag


def next_publication(model):
    """When the next scheduled item of `model` (its queryset's scheduled()) goes live, or None;
    shared by every process."""

    def load():
        depends_on(list_tag(model._meta.model_name))
        moment = (
            model.objects.scheduled()
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )
        expire_by(moment)
        return moment

    return fragment(f"next-publication:{model._meta.label_lower}", load, shown=False)


def listing(model, *scopes):
    """The page lists published items of `model`: all of them, or those of each scope given
    (a section, a tag, an author)."""
    depends_on(*[list_tag(scope) for scope in scopes] or [list_tag(model._meta.model_name)])
    expire_by(next_publication(model))
