from .articles import Article, ArticleAuthor, ArticleQuerySet
from .comment_modes import CommentMode
from .sections import Section
from .site import SiteSettings
from .tags import Tag, TaggedArticle

__all__ = [
    "Article",
    "ArticleAuthor",
    "ArticleQuerySet",
    "CommentMode",
    "Section",
    "SiteSettings",
    "Tag",
    "TaggedArticle",
]
