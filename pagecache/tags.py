"""What a page shows, recorded while it renders.

A Recording is active (in a context variable) while a page or a fragment renders. Tracked models
add their instance's tags to it as they are loaded from the database (post_init), so a page's
tags follow what it really shows without each view listing it; views add what loading cannot
tell: the lists a page depends on (list_tag) and when it must expire (expire_by).
"""

import functools
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models.signals import post_delete, post_init, post_save
from django.middleware.http import ConditionalGetMiddleware
from django.utils.decorators import decorator_from_middleware

_recording = ContextVar("pagecache_recording", default=None)
# An ETag from the body (and the view's Last-Modified), and 304 when the client has them.
conditional = decorator_from_middleware(ConditionalGetMiddleware)

# A page showing more objects of one kind than this (a sitemap, a long feed) depends on the kind
# as a whole ("article-any"): every purge of one of them purges "<kind>-any" too.
MAX_TAGS_PER_KIND = 40


@dataclass
class Recording:
    tags: set = field(default_factory=set)
    expires_at: datetime | None = None
    # Set by @cached_page: the view declared that its anonymous response may be stored.
    cacheable: bool = False

    def add(self, tags):
        self.tags.update(tags)

    def cap(self, moment):
        if moment is not None and (self.expires_at is None or moment < self.expires_at):
            self.expires_at = moment

    def merge(self, other):
        self.add(other.tags)
        self.cap(other.expires_at)

    def final_tags(self):
        """The tags to store, with crowded kinds folded into "<kind>-any"."""
        by_kind = {}
        for tag in self.tags:
            by_kind.setdefault(kind_of(tag), []).append(tag)
        final = set()
        for kind, tags in by_kind.items():
            if kind and len(tags) > MAX_TAGS_PER_KIND:
                final.add(f"{kind}-any")
            else:
                final.update(tags)
        return final


def kind_of(tag):
    """ "article-12" -> "article"; tags without a numeric id have no kind."""
    kind, _, rest = tag.rpartition("-")
    return kind if rest.isdigit() else ""


@contextmanager
def recording(shown=True):
    """Record what is rendered inside; a recording inside another adds to it when it ends
    (its expiry alone when what it rendered is not shown, only used)."""
    parent = _recording.get()
    current = Recording()
    token = _recording.set(current)
    try:
        yield current
    finally:
        _recording.reset(token)
        if parent is not None and shown:
            parent.merge(current)
        elif parent is not None:
            parent.cap(current.expires_at)


def current_recording():
    return _recording.get()


def depends_on(*tags):
    """The page being rendered shows these tags (lists, shared blocks)."""
    current = _recording.get()
    if current is not None:
        current.add(tags)


def expire_by(moment):
    """The page being rendered must be rendered again no later than this moment."""
    current = _recording.get()
    if current is not None:
        current.cap(moment)


def cached_page(view=None, *, params=("page",)):
    """Mark a view's anonymous GET/HEAD responses as storable by the page cache.

    Only requests whose query names nothing but `params` are stored: any other parameter would
    file another copy of the same page, and a crawler could fill the cache with them.
    """
    if view is None:
        return functools.partial(cached_page, params=params)

    answered_conditionally = conditional(view)

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        current = _recording.get()
        if current is not None and set(request.GET) <= set(params):
            current.cacheable = True
            return view(request, *args, **kwargs)
        # Not stored (the cache is off, a staff session, other parameters): If-None-Match and
        # If-Modified-Since still get their 304, as they do from a stored page (pagecache.http).
        return answered_conditionally(request, *args, **kwargs)

    return wrapper


def tag_of(instance):
    return f"{instance._meta.model_name}-{instance.pk}"


def list_tag(instance_or_name):
    """The tag of a list that can gain or lose members: list_tag(section), list_tag("articles")."""
    if isinstance(instance_or_name, str):
        return f"list-{instance_or_name}"
    return f"list-{tag_of(instance_or_name)}"


def track(model, tags=None, purge_on_change=True):
    """Tag pages with the instances of `model` they load; purge them when one is saved or deleted
    (with the model's list, "list-<model>": a new section joins the navigation).

    `tags(instance)` gives an instance's tags (default: tag_of). With purge_on_change=False the
    model's app purges by its own rules (e.g. articles, whose lists depend on the publication
    state).
    """
    tags = tags or (lambda instance: (tag_of(instance),))

    def record_loaded(sender, instance, **kwargs):
        current = _recording.get()
        if current is not None and instance.pk is not None:
            current.add(tags(instance))

    post_init.connect(record_loaded, sender=model, weak=False)
    if purge_on_change:
        from .store import purge

        def purge_changed(sender, instance, **kwargs):
            purge(*tags(instance), list_tag(model._meta.model_name))

        post_save.connect(purge_changed, sender=model, weak=False)
        post_delete.connect(purge_changed, sender=model, weak=False)
