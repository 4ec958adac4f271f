import pytest
from django.core.cache import caches


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with cold caches: no page shows what an earlier test cached."""
    for alias in ("default", "pages"):
        caches[alias].clear()
    yield
    for alias in ("default", "pages"):
        caches[alias].clear()
