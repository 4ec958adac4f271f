"""`make bench`: time the reading pages against a large archive.

Fills the database `newsroom_bench` (on the embedded server, or DATABASE_URL's) with BENCH_ARTICLES
published articles once, then requests each page through Django's full stack and prints the median
time and the query count. Usage: BENCH_ARTICLES=1000000 make bench.
"""

import functools
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

from articles import search  # noqa: E402
from articles.models import (  # noqa: E402
    Article,
    ArticleAuthor,
    ArticleViewCount,
    Section,
    Tag,
    TaggedArticle,
)
from articles.search import article_document  # noqa: E402
from authors.models import Author  # noqa: E402
from comments.models import Comment  # noqa: E402

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "100000"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "20"))
BATCH = 5000
DOCUMENT_BATCH = 1000
# One article in RARE_EVERY mentions a small district, so search has a rare word as well as the
# common "cà phê" that every title carries.
RARE_EVERY = 1000
RARE_PLACE = "Krông Búk"


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
                lead="Sapo ngắn gọn giới thiệu nội dung chính của bài viết"
                + (f" tại huyện {RARE_PLACE}." if number % RARE_EVERY == 0 else "."),
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


def fill_search_documents():
    """bulk_create skips Article.save(): write the documents save() would, a batch per UPDATE.

    Every bench article has the same body, so the text helpers article_document() calls are
    memoised for the fill: same documents, without stripping and folding one body 300,000 times.
    """
    search.fold = functools.lru_cache(maxsize=1024)(search.fold)
    search.plain_text = functools.lru_cache(maxsize=1024)(search.plain_text)
    missing = Article.objects.filter(search_document__isnull=True).order_by("pk")
    total = missing.count()
    if not total:
        return
    print(f"Writing {total} search documents…", flush=True)
    last_pk, done = 0, 0
    while True:
        batch = list(
            missing.filter(pk__gt=last_pk).only("pk", "title", "kicker", "lead", "body")[
                :DOCUMENT_BATCH
            ]
        )
        if not batch:
            break
        tags = {}
        for article_id, name in TaggedArticle.objects.filter(
            content_object_id__in=[article.pk for article in batch]
        ).values_list("content_object_id", "tag__name"):
            tags.setdefault(article_id, []).append(name)
        for article in batch:
            article.search_document = article_document(
                article.title, article.kicker, article.lead, article.body, tags.get(article.pk, [])
            )
        Article.objects.bulk_update(batch, ["search_document"])
        done += len(batch)
        last_pk = batch[-1].pk
        if done % 20000 < DOCUMENT_BATCH:
            print(f"  {done}", flush=True)


def fill_readership_and_comments():
    """A week of hourly view counts (300 articles read per hour) and comments on recent stories."""
    if ArticleViewCount.objects.exists():
        return
    print("Filling view counts and comments…", flush=True)
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    recent = list(Article.objects.published().newest_first().values_list("pk", flat=True)[:5000])
    ArticleViewCount.objects.bulk_create(
        (
            ArticleViewCount(
                article_id=recent[(hour * 37 + n) % len(recent)],
                hour=now - timedelta(hours=hour),
                views=1 + (n * 7919) % 500,
            )
            for hour in range(24 * 8)
            for n in range(300)
        ),
        batch_size=BATCH,
    )
    newest = recent[0]
    statuses = [Comment.Status.APPROVED] * 3 + [Comment.Status.PENDING]
    Comment.objects.bulk_create(
        (
            Comment(
                article_id=newest if n < 200 else recent[n % len(recent)],
                name=f"Bạn đọc {n}",
                email=f"ban-doc-{n % 900}@example.com",
                body="Bài viết rất hay, cảm ơn tòa soạn. " * 3,
                status=statuses[n % 4],
                decided_at=now,
            )
            for n in range(20000)
        ),
        batch_size=BATCH,
    )


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
    fill_search_documents()
    fill_readership_and_comments()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
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
        "search, common": "/tim-kiem/?q=cà+phê",
        "search, common, bare": "/tim-kiem/?q=ca+phe",
        "search, rare": f"/tim-kiem/?q={RARE_PLACE}",
        "search, rare, bare": "/tim-kiem/?q=krong+buk",
        "rss": "/rss/",
        "rss, section": f"/rss/{section.slug}/",
        "sitemap index": "/sitemap.xml",
        "sitemap, month": f"/sitemap-articles-{article.published_at:%Y-%m}.xml",
        "sitemap, news": "/sitemap-news.xml",
        "api list": "/api/v1/articles/",
        "multimedia": "/multimedia/",
    }
    client = Client()
    cursor = client.get("/api/v1/articles/").json().get("next")
    if cursor:
        pages["api list, cursor"] = cursor.removeprefix("http://testserver")
    print(
        f"\n{Article.objects.published().count()} published articles, median of {REPEAT} requests\n"
    )
    print(f"{'page':<24}{'median ms':>10}{'queries':>9}")
    for name, url in pages.items():
        median, queries = measure(client, url)
        print(f"{name:<24}{median:>10.1f}{queries:>9}", flush=True)


if __name__ == "__main__":
    main()
