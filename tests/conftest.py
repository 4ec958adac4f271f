import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with cold caches: no page shows what an earlier test cached."""
    for alias in ("default", "pages"):
        caches[alias].clear()
    yield
    for alias in ("default", "pages"):
        caches[alias].clear()


@pytest.fixture
def uncached_queries(client, settings):
    """measure(url) -> (the SQL of one render, its HTML): the cost of a page the page cache does
    not hold, the one query budgets are about.

    Whole pages are neither stored nor served; the blocks every page shares (navigation, site
    settings, most read, print-edition header…) are warm, as they nearly always are: a first
    request fills them, the second is measured. warm=False measures the first request alone,
    for a test that has already filled them.
    """
    settings.PAGE_CACHE_ENABLED = False

    def measure(url, data=None, warm=True):
        if warm:
            assert client.get(url, data).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, data)
        assert response.status_code == 200, url
        return [query["sql"] for query in queries], response.content.decode()

    return measure
