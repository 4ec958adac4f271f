from .gallery import Gallery, GalleryPhoto
from .images import Image
from .media import media_for, published_media
from .print_edition import PrintIssue, PrintPage, first_print_placement, print_schema_properties
from .publishing import Publishable
from .video import Video

__all__ = [
    "Gallery",
    "GalleryPhoto",
    "Image",
    "PrintIssue",
    "PrintPage",
    "Publishable",
    "Video",
    "first_print_placement",
    "media_for",
    "print_schema_properties",
    "published_media",
]
