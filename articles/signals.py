"""Keep derived data in step with changes made outside Article.save().

Taggit writes an article's tags after the article row is saved (the admin's save_related, a
script's article.tags.set()), so save() cannot see them; listening to the tag relation catches
every path, not only the admin's.
"""

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .models import Article, TaggedArticle
from .models.readership import MOST_READ_CACHE_KEY


@receiver(m2m_changed, sender=TaggedArticle)
def refresh_search_document_on_tag_change(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(instance, Article):
        instance.update_search_document()


@receiver(post_save, sender=Article)
@receiver(post_delete, sender=Article)
def purge_article_caches(sender, **kwargs):
    """An article unpublished or retitled must leave the cached lists at once."""
    from .sitemaps import MONTHS_CACHE_KEY  # sitemaps imports the models this module needs

    cache.delete_many([MOST_READ_CACHE_KEY, MONTHS_CACHE_KEY])
