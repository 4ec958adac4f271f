"""Time the reading pages through Django's full stack (test Client): p50, p95 and queries."""

import statistics
import time

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Tag
from authors.models import Author

from . import texts

# Server time each page must stay under at p95 (issue 9); the month sitemap renders 5,000 URLs.
BUDGET_MS = {"sitemap, month": 200}
DEFAULT_BUDGET_MS = 50


def pages():
    """{name: url} for every reading page, on the archive's busiest section, tag and author."""
    article = Article.objects.published().newest_first().select_related("section").first()
    section = article.section
    tag = Tag.objects.in_use().order_by("-pk").first()
    busiest_tag = Tag.objects.filter(name=texts.TOPICS[0]).first() or tag
    author = Author.objects.filter(bylines__isnull=False).order_by("pk").first()
    return {
        "home": "/",
        "section, page 1": section.get_absolute_url(),
        f"section, page {settings.LIST_MAX_PAGES}": (
            f"{section.get_absolute_url()}?page={settings.LIST_MAX_PAGES}"
        ),
        "article": article.get_absolute_url(),
        "article, older": Article.objects.published()
        .select_related("section")
        .order_by("published_at")
        .first()
        .get_absolute_url(),
        "author": author.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "tag, busiest": busiest_tag.get_absolute_url(),
        "search, common": "/tim-kiem/?q=cà+phê",
        "search, common, bare": "/tim-kiem/?q=ca+phe",
        "search, rare": f"/tim-kiem/?q={texts.RARE_PLACE}",
        "search, rare, bare": "/tim-kiem/?q=krong+buk",
        "rss": "/rss/",
        "rss, section": f"/rss/{section.slug}/",
        "sitemap index": "/sitemap.xml",
        "sitemap, month": f"/sitemap-articles-{article.published_at:%Y-%m}.xml",
        "sitemap, news": "/sitemap-news.xml",
        "api list": "/api/v1/articles/",
        "multimedia": "/multimedia/",
    }


def measure(client, url, repeat):
    client.get(url)  # warm up
    timings, cpu = [], []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    timings.sort()
    p95 = timings[max(0, round(len(timings) * 0.95) - 1)]
    # Python's own CPU time moves little when other processes share the cores; wall time does.
    return {
        "p50_ms": statistics.median(timings),
        "p95_ms": p95,
        "python_cpu_p50_ms": statistics.median(cpu),
        "queries": len(queries),
    }


def run(repeat, report=print):
    """Measure every page; returns {name: {url, p50_ms, p95_ms, queries, budget_ms}}."""
    client = Client()
    results = {}
    report(f"\n{'page':<24}{'p50 ms':>9}{'p95 ms':>9}{'cpu ms':>8}{'queries':>9}{'budget':>8}")
    for name, url in pages().items():
        figures = measure(client, url, repeat)
        budget = BUDGET_MS.get(name, DEFAULT_BUDGET_MS)
        results[name] = {"url": url, **figures, "budget_ms": budget}
        flag = "" if figures["p95_ms"] <= budget else "  over"
        report(
            f"{name:<24}{figures['p50_ms']:>9.1f}{figures['p95_ms']:>9.1f}"
            f"{figures['python_cpu_p50_ms']:>8.1f}{figures['queries']:>9}{budget:>8}{flag}"
        )
    return results
