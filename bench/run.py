"""`make bench`: time the reading pages against a large archive.

Fills the database `newsroom_bench` (on the embedded server, or DATABASE_URL's) with BENCH_ARTICLES
published articles once, then requests each page through Django's full stack and prints the median
time and the query count. Usage: BENCH_ARTICLES=1000000 make bench.
"""

import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from articles.models import Article, ArticleAuthor, Section, Tag, TaggedArticle  # noqa: E402
from authors.models import Author  # noqa: E402

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "100000"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "20"))
BATCH = 5000


def ensure_database():
    """Create the benchmark database beside the configured one if it does not exist yet."""
    params = {**connection.get_connection_params(), "dbname": "postgres"}
    with psycopg.connect(**params, autocommit=True) as admin:
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [connection.settings_dict["NAME"]]
        ).fetchone()
        if not exists:
            admin.execute(f'CREATE DATABASE "{connection.settings_dict["NAME"]}"')


def fill_archive():
    call_command("migrate", verbosity=0)
    have = Article.objects.published().count()
    if have >= ARTICLES:
        return
    print(f"Filling the archive: {have} -> {ARTICLES} published articles…", flush=True)
    sections = list(Section.objects.all()) or [
        Section.objects.create(name=name, position=number)
        for number, name in enumerate(
            ["Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Pháp luật"]
        )
    ]
    authors = list(Author.objects.all()) or [
        Author.objects.create(name=f"Phóng viên {number}") for number in range(50)
    ]
    tags = list(Tag.objects.all()) or [
        Tag.objects.create(name=f"Chủ đề {number}", slug=f"chu-de-{number}")
        for number in range(500)
    ]
    now = timezone.now()
    body = "<p>" + "Nội dung bài viết về tình hình kinh tế xã hội của tỉnh Đắk Lắk. " * 40 + "</p>"
    for start in range(have, ARTICLES, BATCH):
        articles = Article.objects.bulk_create(
            Article(
                title=f"Tin số {number}: Đắk Lắk đẩy mạnh phát triển cà phê bền vững",
                slug=f"tin-so-{number}-dak-lak-day-manh-phat-trien-ca-phe-ben-vung",
                lead="Sapo ngắn gọn giới thiệu nội dung chính của bài viết.",
                body=body,
                section=sections[number % len(sections)],
                status=Article.Status.PUBLISHED,
                published_at=now - timedelta(minutes=number),
            )
            for number in range(start, min(start + BATCH, ARTICLES))
        )
        ArticleAuthor.objects.bulk_create(
            ArticleAuthor(article=article, author=authors[article.pk % len(authors)], position=0)
            for article in articles
        )
        TaggedArticle.objects.bulk_create(
            TaggedArticle(content_object=article, tag=tags[(article.pk + offset) % len(tags)])
            for article in articles
            for offset in (0, 7, 31)
        )
        print(f"  {start + len(articles)}", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def measure(client, url):
    client.get(url)  # warm up
    timings = []
    for _ in range(REPEAT):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            timings.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(timings) * 1000, len(queries)


def main():
    ensure_database()
    fill_archive()
    article = Article.objects.published().newest_first().select_related("section").first()
    section = article.section
    author = Author.objects.first()
    tag = Tag.objects.first()
    pages = {
        "home": "/",
        "section, page 1": section.get_absolute_url(),
        "section, page 500": section.get_absolute_url() + "?page=500",
        "article": article.get_absolute_url(),
        "author": author.get_absolute_url(),
        "tag": tag.get_absolute_url(),
    }
    client = Client()
    print(
        f"\n{Article.objects.published().count()} published articles, median of {REPEAT} requests\n"
    )
    print(f"{'page':<22}{'median ms':>10}{'queries':>9}")
    for name, url in pages.items():
        median, queries = measure(client, url)
        print(f"{name:<22}{median:>10.1f}{queries:>9}")


if __name__ == "__main__":
    main()
