"""/healthz and /readyz for a load balancer: answered before host checks, redirects and caches."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]


def test_readyz_answers_when_the_database_does(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]


def test_readyz_answers_503_when_the_database_does_not(client):
    with mock.patch(
        "django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("down")
    ):
        response = client.get("/readyz")

    assert response.status_code == 503


def test_health_checks_answer_a_balancer_asking_by_address_over_http(settings):
    settings.SECURE_SSL_REDIRECT = True
    balancer = Client(HTTP_HOST="10.0.0.7")

    assert balancer.get("/healthz").status_code == 200
    assert balancer.get("/readyz").status_code == 200


def test_health_checks_are_never_stored_by_the_page_cache(client):
    client.get("/healthz")

    response = client.get("/healthz")

    assert "X-Cache" not in response
