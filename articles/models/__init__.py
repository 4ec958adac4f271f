from .articles import Article, ArticleAuthor
from .comment_modes import CommentMode
from .corrections import Correction
from .live import LiveUpdate
from .preview_links import PreviewLink
from .querysets import ArticleQuerySet
from .readership import ArticleViewCount
from .redirects import ArticleSlugHistory
from .revisions import PublishedVersion, Revision
from .sections import Section
from .site import SiteSettings
from .tags import Tag, TaggedArticle
from .workflow import Transition

__all__ = [
    "Article",
    "ArticleAuthor",
    "ArticleQuerySet",
    "ArticleSlugHistory",
    "ArticleViewCount",
    "CommentMode",
    "Correction",
    "LiveUpdate",
    "PreviewLink",
    "PublishedVersion",
    "Revision",
    "Section",
    "SiteSettings",
    "Tag",
    "TaggedArticle",
    "Transition",
]
