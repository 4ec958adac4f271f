"""Reads go to a replica, writes and the reads after them to the primary (newsroom.db_router).

"replica1" mirrors the test database (tests/settings.py) on a connection of its own, so the tests
that read through it commit their rows (transaction=True) for it to see them.
"""

from contextlib import ExitStack

import pytest
from django.db import connections, transaction
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.views.decorators.http import require_POST

from articles.models import Article, Section
from comments.models import Comment
from newsroom.db_router import ReplicaRouter, ReplicaRoutingMiddleware
from tests.comments.helpers import post_comment
from tests.factories import make_article, make_user

# The router's own rules need no database.
through_the_stack = pytest.mark.django_db(transaction=True, databases=["default", "replica1"])


@pytest.fixture(autouse=True)
def replica(settings):
    settings.DATABASE_REPLICAS = ["replica1"]


def in_new_request(function):
    """function() as an anonymous request runs it: this thread's writes (factories) forgotten."""
    return ReplicaRoutingMiddleware(lambda request: function())(RequestFactory().get("/"))


class Queries:
    """The queries each connection ran inside the block."""

    def __enter__(self):
        self._stack = ExitStack()
        self.primary = self._stack.enter_context(CaptureQueriesContext(connections["default"]))
        self.replica = self._stack.enter_context(CaptureQueriesContext(connections["replica1"]))
        return self

    def __exit__(self, *exc_info):
        return self._stack.__exit__(*exc_info)


def sql_of(captured):
    return [query["sql"] for query in captured.captured_queries]


@through_the_stack
def test_anonymous_page_reads_only_from_the_replica(client):
    article = make_article(title="Đắk Lắk mùa cà phê")

    with Queries() as queries:
        response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert "Đắk Lắk mùa cà phê" in response.content.decode()
    assert queries.replica.captured_queries
    assert sql_of(queries.primary) == []


@through_the_stack
def test_a_comment_is_checked_against_the_replica_and_written_on_the_primary(client):
    article = make_article()

    with Queries() as queries:
        response = post_comment(client, article, body="Ý kiến về bài viết.")

    assert response.status_code == 200
    assert any("articles_article" in sql for sql in sql_of(queries.replica))
    assert any(sql.startswith('INSERT INTO "comments_comment"') for sql in sql_of(queries.primary))
    assert Comment.objects.filter(body="Ý kiến về bài viết.").exists()


@require_POST
def write_then_read(request):
    Section.objects.create(name="Chuyên mục mới", position=99)
    return HttpResponse(str(Section.objects.filter(name="Chuyên mục mới").count()))


urlpatterns = [path("write-then-read/", write_then_read)]


@through_the_stack
@pytest.mark.urls(__name__)
def test_reads_after_a_write_in_the_same_request_go_to_the_primary(client):
    with Queries() as queries:
        response = client.post("/write-then-read/")

    assert response.content == b"1"
    assert sql_of(queries.primary)[-1].startswith('SELECT COUNT(*) AS "__count"')
    assert sql_of(queries.replica) == []


@through_the_stack
def test_the_next_request_after_a_write_reads_from_the_replica_again(client):
    article = make_article()
    post_comment(client, article)

    with Queries() as queries:
        client.get(article.get_absolute_url())

    assert queries.replica.captured_queries
    assert sql_of(queries.primary) == []


@through_the_stack
def test_requests_with_a_session_read_from_the_primary(client):
    client.force_login(make_user(is_superuser=True))
    article = make_article()

    with Queries() as queries:
        response = client.get(f"/admin/articles/article/{article.pk}/change/")

    assert response.status_code == 200
    assert queries.primary.captured_queries
    assert sql_of(queries.replica) == []


def test_reads_outside_a_transaction_go_to_a_replica():
    assert in_new_request(lambda: ReplicaRouter().db_for_read(Article)) == "replica1"


@pytest.mark.django_db
def test_reads_inside_a_transaction_on_the_primary_stay_on_the_primary():
    with transaction.atomic():
        assert in_new_request(lambda: ReplicaRouter().db_for_read(Article)) == "default"


def test_a_thread_reads_from_the_primary_once_it_has_written():
    router = ReplicaRouter()

    def read_write_read():
        before = router.db_for_read(Article)
        written = router.db_for_write(Article)
        return before, written, router.db_for_read(Article)

    assert in_new_request(read_write_read) == ("replica1", "default", "default")


def test_without_replicas_everything_reads_from_the_primary(settings):
    settings.DATABASE_REPLICAS = []

    assert in_new_request(lambda: ReplicaRouter().db_for_read(Article)) == "default"


def test_migrations_run_on_the_primary_only():
    router = ReplicaRouter()

    assert router.allow_migrate("default", "articles") is True
    assert router.allow_migrate("replica1", "articles") is False


@pytest.mark.django_db
def test_a_page_rendered_within_the_replica_lag_after_a_purge_is_served_but_not_stored(
    client, settings
):
    settings.DATABASE_REPLICA_MAX_LAG = 60
    url = make_article().get_absolute_url()  # saving it purged its tags just now

    assert [client.get(url)["X-Cache"] for _ in range(2)] == ["MISS", "MISS"]

    settings.DATABASE_REPLICA_MAX_LAG = 0

    assert [client.get(url)["X-Cache"] for _ in range(2)] == ["MISS", "HIT"]
