import pytest
from django.core.cache import caches
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.operations import RunPython
from django.test.utils import CaptureQueriesContext


def write_migration_data():
    """Run every data migration again: the role groups and their permissions, as migrate left them.

    A transactional test ends by emptying every table (Django's flush); without this, the tests
    after it, and with --reuse-db every later run, would find no roles. The functions are
    idempotent (get_or_create, add), and run with the final models, which they all still fit.
    """
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes(), clean_start=True)
    apps = executor.loader.project_state().apps
    with connection.schema_editor() as schema_editor:
        for migration, _backwards in plan:
            for operation in migration.operations:
                if isinstance(operation, RunPython):
                    operation.code(apps, schema_editor)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as migrate leaves it, even when a kept one (--reuse-db) was flushed."""
    with django_db_blocker.unblock():
        write_migration_data()


@pytest.fixture(autouse=True)
def migration_data_in_transactional_tests(request):
    """Each transactional test starts from a migrated database, as every other test does."""
    marker = request.node.get_closest_marker("django_db")
    transactional = "transactional_db" in request.fixturenames or (
        marker is not None and marker.kwargs.get("transaction", False)
    )
    if transactional:
        request.getfixturevalue("transactional_db")
        write_migration_data()


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
