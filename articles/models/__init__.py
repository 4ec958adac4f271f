from .articles import Article, ArticleAuthor, ArticleQuerySet
from .readership import ArticleViewCount
from .redirects import ArticleSlugHistory
from .sections import Section
from .site import SiteSettings
from .tags import Tag, TaggedArticle

__all__ = [
    "Article",
    "ArticleAuthor",
    "ArticleQuerySet",
    "ArticleSlugHistory",
    "ArticleViewCount",
    "Section",
    "SiteSettings",
    "Tag",
    "TaggedArticle",
]
