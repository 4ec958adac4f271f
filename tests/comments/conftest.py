import pytest
from django.core.cache import cache
from django.test import Client


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate-limit counters live in the (locmem) cache, which outlives a test's transaction."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def reader():
    """A browser that enforces CSRF like the real site does."""
    return Client(enforce_csrf_checks=True)
