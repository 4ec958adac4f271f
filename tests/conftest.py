import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with a cold cache: no page shows what an earlier test cached."""
    cache.clear()
    yield
    cache.clear()
