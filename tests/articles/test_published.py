"""Article.objects.published() decides what readers see, on every page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db

HIDDEN_STATES = {
    "draft": {"status": Article.Status.DRAFT, "published_at": None},
    "in review": {"status": Article.Status.IN_REVIEW, "published_at": None},
    "unpublished": {
        "status": Article.Status.UNPUBLISHED,
        "published_at": timezone.now() - timedelta(days=1),
    },
    "scheduled": {
        "status": Article.Status.PUBLISHED,
        "published_at": timezone.now() + timedelta(hours=2),
    },
}


@pytest.fixture(params=HIDDEN_STATES, ids=list(HIDDEN_STATES))
def hidden_article(request):
    author = make_author(name="Phóng viên Ẩn")
    return make_article(
        title="Bài chưa được phép đăng",
        authors=[author],
        tags=["Bí mật"],
        **HIDDEN_STATES[request.param],
    )


def test_hidden_article_is_not_in_published_queryset(hidden_article):
    assert not Article.objects.published().filter(pk=hidden_article.pk).exists()
    assert not hidden_article.is_published()


def test_hidden_article_url_answers_404(client, hidden_article):
    assert client.get(hidden_article.get_absolute_url()).status_code == 404


def test_hidden_article_is_absent_from_every_list(client, hidden_article):
    visible = make_article(title="Bài đã đăng công khai", section=hidden_article.section)
    author = hidden_article.bylines.get().author
    pages = [
        "/",
        hidden_article.section.get_absolute_url(),
        author.get_absolute_url(),
        visible.get_absolute_url(),
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Bài chưa được phép đăng" not in response.content.decode(), url


def test_published_article_with_past_time_is_visible(client):
    article = make_article(published_at=timezone.now() - timedelta(minutes=1))

    assert article.is_published()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_published_article_needs_a_publication_time():
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        make_article(status=Article.Status.PUBLISHED, published_at=None, section=make_section())


def test_each_state_list_holds_its_articles_only():
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    in_review = make_article(status=Article.Status.IN_REVIEW, published_at=None)
    unpublished = make_article(**HIDDEN_STATES["unpublished"])
    unpublished_before_its_time = make_article(
        status=Article.Status.UNPUBLISHED, published_at=timezone.now() + timedelta(days=1)
    )
    scheduled = make_article(**HIDDEN_STATES["scheduled"])
    live = make_article()

    assert set(Article.objects.drafts()) == {draft}
    assert set(Article.objects.in_review()) == {in_review}
    assert set(Article.objects.unpublished()) == {unpublished, unpublished_before_its_time}
    assert set(Article.objects.scheduled()) == {scheduled}
    assert set(Article.objects.published()) == {live}


def test_lists_never_load_the_body_or_the_search_document():
    make_article()

    sql = str(Article.objects.for_listing().query)

    assert '"articles_article"."body"' not in sql
    assert '"articles_article"."search_document"' not in sql
    assert '"articles_article"."lead"' in sql
