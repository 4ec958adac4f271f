"""Page cache tags of the media library: pages showing a photo, a video, a gallery or a print
issue depend on it, and on the lists of them (pagecache.track)."""

import pagecache

from .models import Gallery, GalleryPhoto, Image, PrintIssue, PrintPage, Video

pagecache.track(Image)
pagecache.track(Video)
pagecache.track(Gallery)
pagecache.track(GalleryPhoto, tags=lambda photo: (f"gallery-{photo.gallery_id}",))
pagecache.track(PrintIssue)
pagecache.track(
    PrintPage,
    tags=lambda page: (f"printissue-{page.issue_id}", f"article-{page.article_id}"),
)
