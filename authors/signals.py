"""Pages showing an author (their page, bylines) depend on them (pagecache.track)."""

import pagecache

from .models import Author

pagecache.track(Author)
