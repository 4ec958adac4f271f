from .articles import Article, ArticleAuthor
from .comment_modes import CommentMode
from .corrections import Correction
from .editing import EditingSession
from .events import Event, EventArticle
from .live import LiveUpdate
from .presentation import Presentation
from .preview_links import PreviewLink
from .querysets import ArticleQuerySet
from .readership import ArticleViewCount
from .redirects import ArticleSlugHistory
from .revisions import PublishedVersion, Revision
from .sections import Section
from .site import SiteSettings
from .tags import Tag, TaggedArticle
from .workflow import Transition
from .zones import Placement, Zone

__all__ = [
    "Article",
    "ArticleAuthor",
    "ArticleQuerySet",
    "ArticleSlugHistory",
    "ArticleViewCount",
    "CommentMode",
    "Correction",
    "EditingSession",
    "Event",
    "EventArticle",
    "LiveUpdate",
    "Placement",
    "Presentation",
    "PreviewLink",
    "PublishedVersion",
    "Revision",
    "Section",
    "SiteSettings",
    "Tag",
    "TaggedArticle",
    "Transition",
    "Zone",
]
