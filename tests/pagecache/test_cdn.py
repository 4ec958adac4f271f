"""The purge hooks tell the caches in front (Varnish, Cloudflare, Fastly) the same tags, over real
HTTP to a small server standing in for them."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import pagecache
from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def cdn():
    """A local HTTP server recording every request: (method, path, headers, body)."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def record(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            received.append((self.command, self.path, self.headers, body))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_PURGE = do_POST = record

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.received = received
    server.url = f"http://127.0.0.1:{server.server_port}"
    yield server
    server.shutdown()
    server.server_close()


def test_varnish_gets_a_purge_naming_the_tags(cdn, settings, django_capture_on_commit_callbacks):
    settings.PAGE_CACHE_PURGE_HOOKS = ["pagecache.cdn.varnish_xkey"]
    settings.VARNISH_PURGE_URL = cdn.url + "/"
    article = make_article()
    cdn.received.clear()

    article.title = "Tiêu đề mới"
    with django_capture_on_commit_callbacks(execute=True):
        article.save()

    assert len(cdn.received) == 1  # once, after the commit
    method, _, headers, _ = cdn.received[0]
    assert method == "PURGE"
    assert {f"article-{article.pk}", f"card-{article.pk}"} <= set(headers["xkey-purge"].split())


def test_cloudflare_gets_the_tags_in_batches_of_thirty(
    cdn, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_PURGE_HOOKS = ["pagecache.cdn.cloudflare"]
    settings.CLOUDFLARE_API_URL = cdn.url
    settings.CLOUDFLARE_ZONE_ID = "zone-1"
    settings.CLOUDFLARE_API_TOKEN = "token-1"

    with django_capture_on_commit_callbacks(execute=True):
        pagecache.purge(*(f"article-{pk}" for pk in range(40)))

    calls = [call for call in cdn.received if call[1] == "/zones/zone-1/purge_cache"]
    tags = [tag for call in calls for tag in json.loads(call[3])["tags"]]
    assert all(call[2]["Authorization"] == "Bearer token-1" for call in calls)
    assert max(len(json.loads(call[3])["tags"]) for call in calls) == 30
    assert {f"article-{pk}" for pk in range(40)} | {"article-any"} == set(tags)


def test_fastly_gets_a_surrogate_key_purge(cdn, settings, django_capture_on_commit_callbacks):
    settings.PAGE_CACHE_PURGE_HOOKS = ["pagecache.cdn.fastly"]
    settings.FASTLY_API_URL = cdn.url
    settings.FASTLY_SERVICE_ID = "svc"
    settings.FASTLY_API_TOKEN = "key"

    with django_capture_on_commit_callbacks(execute=True):
        pagecache.purge("section-3")

    method, path, headers, _ = cdn.received[0]
    assert (method, path, headers["Fastly-Key"]) == ("POST", "/service/svc/purge", "key")
    assert set(headers["Surrogate-Key"].split()) == {"section-3", "section-any"}


def test_a_cdn_that_is_down_does_not_stop_the_desk(
    client, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_PURGE_HOOKS = ["pagecache.cdn.varnish_xkey"]
    settings.VARNISH_PURGE_URL = "http://127.0.0.1:1/"
    article = make_article()
    client.get(article.get_absolute_url())

    article.title = "Vẫn lưu được"
    with django_capture_on_commit_callbacks(execute=True):
        article.save()

    assert "Vẫn lưu được" in client.get(article.get_absolute_url()).content.decode()
