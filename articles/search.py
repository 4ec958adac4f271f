"""Vietnamese full-text search on core PostgreSQL.

The embedded server has neither `unaccent` nor `pg_trgm`, so diacritics are folded in Python: the
stored document and the reader's query are both folded with `fold_diacritics` and matched with the
'simple' configuration (no stemming, no stop words: Vietnamese syllables are words of their own).
"Buôn Ma Thuột", "buon ma thuot" and "BUÔN MA THUỘT" all become the lexemes buon, ma, thuot.
"""

import html
import re

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import TextField, Value
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from newsroom.text import fold_diacritics

SEARCH_CONFIG = "simple"
SNIPPET_LENGTH = 220
_WORD = re.compile(r"\w+")


def fold(text):
    return fold_diacritics(text).lower()


# Where one block of text ends and the next begins: a space goes there before the tags are
# stripped, or "ông nói.</p><p>Theo" would read "ông nói.Theo".
_BLOCK_END = re.compile(
    r"</(?:p|div|h[1-6]|li|blockquote|figcaption|figure|td|th)\s*>|<br\s*/?>", re.I
)


def plain_text(body_html):
    """The words of editor HTML, paragraphs apart, for search documents and snippets."""
    return html.unescape(strip_tags(_BLOCK_END.sub(r"\g<0> ", body_html or "")))


def search_vector(*weighted_texts):
    """A SearchVector over already-known texts: [(text, "A"), (text, "B"), …]."""
    vectors = [
        SearchVector(
            Value(fold(text), output_field=TextField()), weight=weight, config=SEARCH_CONFIG
        )
        for text, weight in weighted_texts
    ]
    combined = vectors[0]
    for vector in vectors[1:]:
        combined = combined + vector
    return combined


def article_document(title, kicker, lead, body, tag_names, live_text=""):
    """An article's search document: the title weighs most, then kicker and lead, tags, body
    (with a live coverage's updates)."""
    return search_vector(
        (title, "A"),
        (f"{kicker} {lead}", "B"),
        (" ".join(tag_names), "C"),
        (f"{plain_text(body)} {live_text}", "D"),
    )


def search_query(text):
    """The reader's words as a tsquery; quotes, OR and -word work as on web search engines."""
    return SearchQuery(fold(text), search_type="websearch", config=SEARCH_CONFIG)


def query_words(text):
    return {word for word in _WORD.findall(fold(text)) if word != "or"}


def _folded_with_positions(text):
    """Folded text and, for each of its characters, the index of the original character."""
    folded, positions = [], []
    for index, char in enumerate(text):
        for folded_char in fold(char):
            folded.append(folded_char)
            positions.append(index)
    return "".join(folded), positions


def highlight(text, words, length=SNIPPET_LENGTH):
    """An escaped excerpt of text around the first matched word, matched words in <mark>.

    Matching happens on folded text so "buon" marks "Buôn"; the marks are then placed on the
    original characters, which are what the reader sees.
    """
    text = " ".join(text.split())
    if not text:
        return ""
    folded, positions = _folded_with_positions(text)
    spans = []
    if words:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")\b")
        for match in pattern.finditer(folded):
            start = positions[match.start()]
            end = positions[match.end() - 1] + 1
            if spans and text[spans[-1][1] : start].isspace():
                start = spans.pop()[0]  # one mark over "Buôn Ma Thuột", not three
            spans.append((start, end))
    window_start = 0
    if spans and spans[0][0] > length // 3:
        window_start = text.rfind(" ", 0, spans[0][0] - length // 3) + 1
    window_end = min(len(text), window_start + length)
    if window_end < len(text):
        # End on a word boundary when there is one.
        cut = text.rfind(" ", window_start, window_end)
        window_end = cut if cut > window_start else window_end
    parts = ["… " if window_start else ""]
    cursor = window_start
    for start, end in spans:
        if start < cursor or end > window_end:
            continue
        parts += [escape(text[cursor:start]), "<mark>", escape(text[start:end]), "</mark>"]
        cursor = end
    parts.append(escape(text[cursor:window_end]))
    if window_end < len(text):
        parts.append(" …")
    # Every piece of reader-visible text above went through escape(); only <mark> is ours.
    return mark_safe("".join(parts))


def snippet(article, query):
    """The excerpt a results page shows: from the lead or body, wherever the words appear."""
    words = query_words(query)
    lead, body = article.lead, plain_text(article.body)
    for text in (lead, body):
        folded = fold(text)
        if any(re.search(r"\b" + re.escape(word) + r"\b", folded) for word in words):
            return highlight(text, words)
    return highlight(lead or body, words)


def rebuild_documents(
    article_model, tagged_model, batch_size=500, only_missing=False, articles=None
):
    """Recompute stored documents in batches; takes the models so a migration can pass its own.

    `articles` narrows the work to a queryset (the articles of a renamed tag). Returns how many
    articles were rewritten.
    """
    articles = (article_model.objects.all() if articles is None else articles).order_by("pk")
    if only_missing:
        articles = articles.filter(search_document__isnull=True)
    done, last_pk = 0, 0
    while True:
        batch = list(
            articles.filter(pk__gt=last_pk).values("pk", "title", "kicker", "lead", "body")[
                :batch_size
            ]
        )
        if not batch:
            return done
        tags = {}
        for article_id, name in tagged_model.objects.filter(
            content_object_id__in=[row["pk"] for row in batch]
        ).values_list("content_object_id", "tag__name"):
            tags.setdefault(article_id, []).append(name)
        for row in batch:
            vector = article_document(
                row["title"], row["kicker"], row["lead"], row["body"], tags.get(row["pk"], [])
            )
            article_model.objects.filter(pk=row["pk"]).update(search_document=vector)
        done += len(batch)
        last_pk = batch[-1]["pk"]
