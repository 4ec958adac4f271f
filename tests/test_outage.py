"""The database unreachable: 503 with Retry-After and a maintenance page that needs no database."""

import subprocess
import sys
from unittest import mock

import pytest
from django.db import OperationalError

from newsroom.outage import server_error
from tests.deploy.conftest import REPO, production_environment
from tests.deploy.test_gunicorn import database_url_of_tests
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db

MAINTENANCE_TEXT = "Trang đang được bảo trì"


def database_down():
    return mock.patch(
        "django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("down")
    )


def assert_maintenance_page(response):
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-cache" in response["Cache-Control"]
    assert MAINTENANCE_TEXT in response.content.decode()


def test_public_page_answers_503_with_retry_after_while_the_database_is_down(client):
    article = make_article()

    with database_down():
        response = client.get(article.get_absolute_url())

    assert_maintenance_page(response)


def test_staff_get_the_maintenance_page_too(client):
    client.force_login(make_user(is_superuser=True))

    with database_down():
        response = client.get("/admin/articles/article/")

    assert_maintenance_page(response)


def test_an_outage_met_outside_a_view_gets_the_maintenance_page(rf):
    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = server_error(rf.get("/"))

    assert_maintenance_page(response)


def test_other_errors_still_get_the_server_error_page(rf):
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(rf.get("/"))

    assert response.status_code == 500


def test_maintenance_page_is_not_stored_by_the_page_cache(client):
    with database_down():
        client.get("/")

    response = client.get("/")

    assert response.status_code == 200


STATEMENT_TIMEOUTS = """
import django
django.setup()
from django.db import connection

def statement_timeout():
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return cursor.fetchone()[0]

print(statement_timeout())
connection.close()
import newsroom.wsgi
print(statement_timeout())
"""


def test_only_web_processes_bound_their_queries():
    result = subprocess.run(
        [sys.executable, "-c", STATEMENT_TIMEOUTS],
        cwd=REPO,
        env=production_environment(
            DATABASE_URL=database_url_of_tests(), DB_STATEMENT_TIMEOUT="1.5"
        ),
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["0", "1500ms"]
