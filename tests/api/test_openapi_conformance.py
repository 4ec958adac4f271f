"""The API against its own OpenAPI document (api/openapi.py), with schemathesis.

Generated requests for every operation, valid and invalid parameters alike, go through the whole
Django stack in process; every answer must be one the document describes: its status, its JSON
schema, its content type, never a 500.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import RequestFactory
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from api.openapi import openapi_document
from tests.factories import make_article, make_author, make_image, make_section

# The document as /api/v1/openapi.json serves it. Built at collection, when there is no test
# database to serve it from (schemathesis' lazy from_fixture does not run on pytest 9.2).
schema = schemathesis.openapi.from_dict(
    openapi_document(RequestFactory().get("/"), section_slugs=["kinh-te", "ca-phe"])
)


@pytest.fixture
def app():
    """The WSGI application, which must not close the test's connection after each request (the
    as Django's test client arranges): the test's rows live in its open transaction."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield get_wsgi_application()
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def articles(db):
    section = make_section(name="Kinh tế")
    make_section(name="Cà phê", parent=section)
    for number in range(3):
        make_article(
            section=section,
            featured_image=make_image() if number else None,
            authors=[make_author()],
            tags=["Cà phê"],
        )


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_every_answer_is_the_one_the_document_describes(case, app, articles):
    case.call_and_validate(
        app=app,
        # Compressed bodies are the page cache's (tests/pagecache); the WSGI client would not
        # decode them.
        headers={"Accept-Encoding": "identity"},
        # A cursor is a token the API issues in `next`, and any string matches its schema: a
        # made-up one is rightly a 400, which this check would count as a valid request refused.
        # Valid times, sections and limits are accepted in tests/api/test_api.py.
        excluded_checks=[positive_data_acceptance],
    )
