"""Keep derived data in step with changes made outside Article.save().

Taggit writes an article's tags after the article row is saved (the admin's save_related, a
script's article.tags.set()), so save() cannot see them; listening to the tag relation catches
every path, not only the admin's.
"""

from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from .models import Article, TaggedArticle


@receiver(m2m_changed, sender=TaggedArticle)
def refresh_search_document_on_tag_change(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(instance, Article):
        instance.update_search_document()
