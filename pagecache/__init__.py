"""A page cache in front of the reading pages, with exact purges by cache tag.

Anonymous GET/HEAD responses of views marked with @cached_page are stored whole (with their gzip
and brotli encodings) in the "pages" cache, which every process and server shares (Redis, or files
on one host). Each stored page carries the tags of what it shows: every tracked model instance
loaded while it rendered ("article-12", "section-3", …) and the lists it depends on
("list-article", …). A purge gives a tag a new version; a stored page whose tags moved on is
stale and rendered again. See pagecache.tags for recording, pagecache.store for storing.
"""

from .lists import listing, next_publication
from .store import forget, fragment, purge
from .tags import cached_page, depends_on, expire_by, list_tag, tag_of, track

__all__ = [
    "cached_page",
    "depends_on",
    "expire_by",
    "forget",
    "fragment",
    "list_tag",
    "listing",
    "next_publication",
    "purge",
    "tag_of",
    "track",
]
