"""The filler's statements (bench/fill.py): a chunk's plan, then its articles, tags and bylines.

bench_plan holds one row per article of the chunk: its id, status, time and the numbers that pick
its section, words, tags and authors from the pools fill.pools() passes as arrays.
"""

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
    body_image_ids, comments_mode, seo_title, seo_description)
SELECT a.id, a.title,
    trim(both '-' from regexp_replace(lower(a.title_folded), '[^a-z0-9]+', '-', 'g')) || '-' || a.id,
    '', a.lead, body.html, a.section_id, CASE WHEN a.by_agency THEN 'Theo TTXVN' ELSE '' END, '',
    a.status, a.published_at, coalesce(a.published_at, %(now)s::timestamptz) - interval '2 hours',
    coalesce(a.published_at, %(now)s::timestamptz) + interval '5 minutes',
    setweight(to_tsvector('simple', a.title_folded), 'A')
        || setweight(to_tsvector('simple', ' ' || a.lead_folded), 'B')
        || setweight(to_tsvector('simple', a.tags_folded), 'C') || body.document,
    '{}', '', '', ''
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
