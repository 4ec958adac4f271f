"""The bench filler makes realistic, published, searchable articles, so the bench cannot rot."""

import pytest
from django.db.models import F

from articles.models import Article, ArticleAuthor, ArticleViewCount, TaggedArticle
from bench import fill
from comments.models import Comment

pytestmark = pytest.mark.django_db

SCALE = 200


@pytest.fixture
def archive():
    fill.fill(SCALE, report=lambda line: None)
    return Article.objects.all()


def test_fills_the_scale_mostly_published_with_a_few_drafts_and_scheduled(archive):
    assert archive.count() == SCALE
    assert archive.published().count() == SCALE - 3 - 2 * 2  # scheduled, drafts, unpublished
    assert archive.scheduled().count() == 3
    assert archive.drafts().count() == 2


def test_articles_read_like_news(archive):
    article = archive.published().newest_first().select_related("section").first()

    assert article.section.name and article.lead and len(article.body) > 2000
    assert article.body.startswith("<p>") and article.slug in article.get_absolute_url()
    assert archive.filter(byline_text="Theo TTXVN").exists()
    assert archive.values("slug").distinct().count() == SCALE


def test_search_documents_match_what_save_would_write(archive):
    for article in archive.published()[:5]:
        documents = archive.filter(pk=article.pk).annotate(expected=article.search_vector())
        stored, expected = documents.values_list("search_document", "expected").get()
        assert stored == expected
    assert archive.published().search("ca phe").count() > SCALE // 4


def test_tags_and_bylines_carry_the_publication_time_of_published_articles(archive):
    published = archive.published()
    assert TaggedArticle.objects.filter(content_object__in=published).count() == 3 * len(published)
    for model, field in ((TaggedArticle, "content_object"), (ArticleAuthor, "article")):
        rows = model.objects.filter(**{f"{field}__in": published})
        assert rows.exists()
        assert not rows.exclude(published_at=F(f"{field}__published_at")).exists()
        hidden = model.objects.exclude(**{f"{field}__status": Article.Status.PUBLISHED})
        assert not hidden.filter(published_at__isnull=False).exists()


def test_tag_and_author_pages_show_the_filled_articles(archive, client):
    byline = ArticleAuthor.objects.filter(article__in=archive.published()).first()
    tagged = TaggedArticle.objects.filter(content_object__in=archive.published()).first()

    for owner, article in ((byline.author, byline.article), (tagged.tag, tagged.content_object)):
        response = client.get(owner.get_absolute_url())
        assert response.status_code == 200
        assert article.title in response.content.decode()


def test_readership_and_comments_are_filled(archive):
    assert ArticleViewCount.objects.exists()
    assert Comment.objects.approved().exists()


def test_filling_again_adds_only_what_is_missing(archive):
    assert fill.fill(SCALE, report=lambda line: None) == 0

    fill.fill(SCALE + 50, report=lambda line: None)

    assert archive.count() == SCALE + 50
    assert archive.values("slug").distinct().count() == SCALE + 50
