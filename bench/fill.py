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
from authors.models import Author
from comments.models import Comment

from . import texts

CHUNK = 50_000
AUTHORS = 80
TAIL_TAGS = 2000
MINUTES_APART = 12

PLAN_SQL = """
CREATE TEMP TABLE bench_plan AS
SELECT g, %(base)s + g - %(start)s + 1 AS id,
    CASE WHEN g %% 100 = 37 THEN 'draft' WHEN g %% 100 = 71 THEN 'unpublished'
         ELSE 'published' END AS status,
    CASE WHEN g %% 100 = 37 THEN NULL
         WHEN g < 3 THEN %(now)s::timestamptz + interval '1 hour' * (g + 1)
         ELSE %(now)s::timestamptz - interval '1 minute' * (g * %(minutes)s + (g * 7919) %% %(minutes)s)
    END AS published_at,
    ((%(sections)s::bigint[])[1 + floor(%(n_sections)s * random() ^ 1.3)::int]) AS section_id,
    1 + floor(%(n_topics)s * random() ^ 2)::int AS topic,
    1 + g %% %(n_places)s AS place,
    1 + floor(%(n_tails)s * random() ^ 3)::int AS tail,
    floor(%(authors)s * random() ^ 1.5)::int AS author,
    g %% 10 = 0 AS by_agency, g %% 4 = 1 AS two_authors, g %% %(n_bodies)s AS body,
    1 + (g * 31) %% %(n_subjects)s AS subject,
    1 + (g * 17) %% %(n_actions)s AS action,
    CASE WHEN g %% %(common_every)s = 0 THEN 0 ELSE 1 + (g * 13) %% %(n_objects)s END AS object,
    1 + g %% %(n_sentences)s AS sentence,
    g %% %(rare_every)s = %(rare_every)s / 2 AS is_rare
FROM generate_series(%(start)s::bigint, %(stop)s - 1) AS g
"""

ARTICLES_SQL = """
WITH body AS (
    SELECT n - 1 AS number, html, setweight(to_tsvector('simple', folded), 'D') AS document
    FROM unnest(%(body_html)s::text[], %(body_folded)s::text[]) WITH ORDINALITY AS b(html, folded, n)
), words AS (
    SELECT %(subjects)s::text[] AS subjects, %(subjects_folded)s::text[] AS subjects_folded,
        %(actions)s::text[] AS actions, %(actions_folded)s::text[] AS actions_folded,
        %(objects)s::text[] AS objects, %(objects_folded)s::text[] AS objects_folded,
        %(places)s::text[] AS places, %(places_folded)s::text[] AS places_folded,
        %(sentences)s::text[] AS sentences, %(sentences_folded)s::text[] AS sentences_folded,
        %(topics_folded)s::text[] AS topics_folded, %(tails_folded)s::text[] AS tails_folded
), piece AS (
    SELECT p.*, w.*,
        CASE WHEN is_rare THEN %(rare)s ELSE w.places[place] END AS where_,
        CASE WHEN is_rare THEN %(rare_folded)s ELSE w.places_folded[place] END AS where_folded
    FROM bench_plan p, words w
), article AS (
    SELECT id, status, published_at, section_id, by_agency, body,
        subjects[subject] || ' ' || where_ || ' ' || actions[action] || ' '
            || coalesce(objects[object], %(common)s) AS title,
        subjects_folded[subject] || ' ' || where_folded || ' ' || actions_folded[action] || ' '
            || coalesce(objects_folded[object], %(common_folded)s) AS title_folded,
        sentences[sentence] || ' (' || where_ || ')' AS lead,
        sentences_folded[sentence] || ' (' || where_folded || ')' AS lead_folded,
        topics_folded[topic] || ' ' || places_folded[place] || ' ' || tails_folded[tail] AS tags_folded
    FROM piece
)
INSERT INTO articles_article (id, title, slug, kicker, lead, body, section_id, byline_text,
    featured_image_caption, status, published_at, created_at, updated_at, search_document,
    body_image_ids, comments_mode)
SELECT a.id, a.title,
    trim(both '-' from regexp_replace(lower(a.title_folded), '[^a-z0-9]+', '-', 'g')) || '-' || a.id,
    '', a.lead, body.html, a.section_id, CASE WHEN a.by_agency THEN 'Theo TTXVN' ELSE '' END, '',
    a.status, a.published_at, coalesce(a.published_at, %(now)s::timestamptz) - interval '2 hours',
    coalesce(a.published_at, %(now)s::timestamptz) + interval '5 minutes',
    setweight(to_tsvector('simple', a.title_folded), 'A')
        || setweight(to_tsvector('simple', ' ' || a.lead_folded), 'B')
        || setweight(to_tsvector('simple', a.tags_folded), 'C') || body.document,
    '{}', ''
FROM article a JOIN body ON body.number = a.body
"""

TAGS_SQL = """
INSERT INTO articles_taggedarticle (content_object_id, tag_id, published_at)
SELECT id, tag, CASE WHEN status = 'published' THEN published_at END FROM bench_plan, LATERAL (VALUES ((%(topic_ids)s::bigint[])[topic]),
    ((%(place_ids)s::bigint[])[place]), ((%(tail_ids)s::bigint[])[tail])) AS t(tag)
"""

BYLINES_SQL = """
INSERT INTO articles_articleauthor (article_id, author_id, position, published_at)
SELECT id, author_id, position, CASE WHEN status = 'published' THEN published_at END
FROM bench_plan, LATERAL (VALUES
    ((%(author_ids)s::bigint[])[1 + author], 0),
    (CASE WHEN two_authors THEN (%(author_ids)s::bigint[])[1 + (author + 1 + g %% 7) %% %(authors)s] END, 1)
) AS b(author_id, position)
WHERE NOT by_agency AND author_id IS NOT NULL
"""


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
        params[f"{kind}s_folded"] = texts.folded_pair([tag.name for tag in tags])[1]
    for name in ("subjects", "actions", "objects", "places", "sentences"):
        params[name], params[f"{name}_folded"] = texts.folded_pair(getattr(texts, name.upper()))
    params["body_html"], params["body_folded"] = texts.bodies()
    params["common"], params["common_folded"] = texts.folded_pair([texts.COMMON_WORDS])
    params["rare"], params["rare_folded"] = texts.folded_pair([texts.RARE_PLACE])
    params.update(common=params["common"][0], common_folded=params["common_folded"][0])
    params.update(rare=params["rare"][0], rare_folded=params["rare_folded"][0])
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
