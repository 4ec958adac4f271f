import pytest
from django.core.cache import cache
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test import Client
from django.test.testcases import LiveServerThread, _StaticFilesHandler


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


class RoomyWSGIServer(ThreadedWSGIServer):
    # Django's test server queues 10 connections; 50 readers arriving at once would be reset
    # before being served. Production servers (gunicorn) queue 2048.
    request_queue_size = 128


class RoomyLiveServerThread(LiveServerThread):
    server_class = RoomyWSGIServer


@pytest.fixture
def busy_live_server(transactional_db):
    """Like pytest-django's live_server, with room for a crowd of simultaneous connections."""
    thread = RoomyLiveServerThread("localhost", _StaticFilesHandler)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://localhost:{thread.port}"
    thread.terminate()
