"""Fill an archive of `scale` realistic articles in a few minutes: the rows are made by PostgreSQL.

Python writes the small tables (sections, authors, tags) through the ORM and hands PostgreSQL the
text pieces (bench/texts.py); each chunk of articles is then one INSERT … SELECT over
generate_series, with bylines and tags inserted from the same plan. No article row crosses the
wire, and the search document is built in SQL from pre-folded text exactly as
articles.search.article_document builds it (same weights, same 'simple' configuration).

About 2 % of the articles are drafts or unpublished and three are scheduled, so "published" is a
real filter; times go back 12 minutes per article (about 120 a day, a provincial daily's pace).
"""

import time
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone

from articles.models import Article, Section, Tag
from articles.search import fold
from authors.models import Author
from comments.models import Comment

from . import texts
from .sql import ARTICLES_SQL, BYLINES_SQL, PLAN_SQL, TAGS_SQL

CHUNK = 50_000
AUTHORS = 80
TAIL_TAGS = 2000
MINUTES_APART = 12


def fill(scale, report=print):
    """Add articles until the archive holds `scale` of them; returns the seconds it took."""
    started = time.perf_counter()
    have = Article.objects.count()
    if have >= scale:
        return 0.0
    report(f"Filling the archive: {have} -> {scale} articles…")
    params = {**pools(), "now": timezone.now(), "minutes": MINUTES_APART}
    with connection.cursor() as cursor:
        for start in range(have, scale, CHUNK):
            stop = min(start + CHUNK, scale)
            cursor.execute("SELECT coalesce(max(id), 0) FROM articles_article")
            base = cursor.fetchone()[0]
            chunk = {**params, "start": start, "stop": stop, "base": base}
            with transaction.atomic():
                for sql in (PLAN_SQL, ARTICLES_SQL, TAGS_SQL, BYLINES_SQL):
                    cursor.execute(sql, chunk)
                cursor.execute("DROP TABLE bench_plan")
            report(f"  {stop} ({time.perf_counter() - started:.0f} s)")
        for table in ("articles_article", "articles_taggedarticle", "articles_articleauthor"):
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}"
            )
    fill_readership_and_comments()
    # Vacuumed, the index-only scans of the through tables skip the heap. VACUUM cannot run
    # inside a transaction, as in the test that fills a small archive.
    if not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def pools():
    """The small tables and the text pieces, as query parameters (arrays are 1-based in SQL)."""
    sections = list(Section.objects.top_level().values_list("pk", flat=True)) or [
        Section.objects.create(name=name, position=number).pk
        for number, name in enumerate(texts.SECTIONS)
    ]
    if Author.objects.count() < AUTHORS:
        names = [
            f"{family} {given}" for given in texts.GIVEN_NAMES for family in texts.FAMILY_NAMES
        ]
        for name in names[Author.objects.count() : AUTHORS]:
            Author.objects.create(name=name)
    author_ids = list(Author.objects.order_by("pk").values_list("pk", flat=True)[:AUTHORS])
    params = {"sections": sections, "author_ids": author_ids, "authors": len(author_ids)}
    objects, places = texts.OBJECTS, texts.PLACES
    tail = [
        f"{objects[n % len(objects)].capitalize()} {places[n // len(objects) % len(places)]} "
        f"{2000 + n // (len(objects) * len(places))}"
        for n in range(TAIL_TAGS)
    ]
    for kind, names in (("topic", texts.TOPICS), ("place", texts.PLACES), ("tail", tail)):
        tags = tags_named(names)
        params[f"{kind}_ids"] = [tag.pk for tag in tags]
        params[f"{kind}s_folded"] = [fold(tag.name) for tag in tags]
    for name in ("subjects", "actions", "objects", "places", "sentences"):
        params[name], params[f"{name}_folded"] = texts.folded_pair(getattr(texts, name.upper()))
    params["body_html"], params["body_folded"] = texts.bodies()
    for name, text in (("common", texts.COMMON_WORDS), ("rare", texts.RARE_PLACE)):
        params[name], params[f"{name}_folded"] = text, fold(text)
    params.update(common_every=texts.COMMON_EVERY, rare_every=texts.RARE_EVERY)
    sizes = {"sections": sections, "topics": texts.TOPICS, "places": texts.PLACES, "tails": tail}
    sizes.update(subjects=texts.SUBJECTS, actions=texts.ACTIONS, objects=texts.OBJECTS)
    sizes.update(sentences=texts.SENTENCES, bodies=params["body_html"])
    params.update({f"n_{name}": len(items) for name, items in sizes.items()})
    return params


def tags_named(names):
    existing = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    missing = [Tag(name=name, slug=Tag().slugify(name)) for name in names if name not in existing]
    Tag.objects.bulk_create(missing)
    existing.update({tag.name: tag for tag in Tag.objects.filter(name__in=names)})
    return [existing[name] for name in names]


def fill_readership_and_comments():
    """A week of hourly view counts (300 articles read per hour) and comments on recent stories."""
    from articles.models import ArticleViewCount

    if ArticleViewCount.objects.exists():
        return
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
            for n in range(min(300, len(recent) // 10))
        ),
        batch_size=5000,
    )
    statuses = [Comment.Status.APPROVED] * 3 + [Comment.Status.PENDING]
    Comment.objects.bulk_create(
        (
            Comment(
                article_id=recent[0] if n < 200 else recent[n % len(recent)],
                name=f"Bạn đọc {n}",
                email=f"ban-doc-{n % 900}@example.com",
                body="Bài viết rất hay, cảm ơn tòa soạn. " * 3,
                status=statuses[n % 4],
                decided_at=now,
            )
            for n in range(min(20000, 4 * len(recent)))
        ),
        batch_size=5000,
    )
