from .articles import Article, ArticleAuthor, ArticleQuerySet
from .sections import Section
from .site import SiteSettings
from .tags import Tag, TaggedArticle

__all__ = [
    "Article",
    "ArticleAuthor",
    "ArticleQuerySet",
    "Section",
    "SiteSettings",
    "Tag",
    "TaggedArticle",
]
