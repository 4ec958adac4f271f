from django.shortcuts import get_object_or_404

from articles.feeds import ArticleFeed
from articles.models import Article

from .models import Author


class AuthorFeed(ArticleFeed):
    def get_subject(self, slug):
        return get_object_or_404(Author, slug=slug)

    def get_articles(self, author):
        return Article.objects.published().by_author(author)
