"""Reader-supplied parameters of search, the API and the comment form: answered, never a 500."""

import base64
import json
import time
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

import pytest
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils.html import escape
from hypothesis import example, given
from hypothesis import strategies as st

from articles.models import CommentMode
from comments.models import Comment
from comments.protection import make_form_token
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

# Text as a query string can carry it: any character but lone surrogates, NUL included.
any_text = st.text(max_size=60)
words = st.one_of(
    any_text,
    st.lists(
        st.sampled_from(['"', "OR", "-", "cà", "phê", "Đắk", "*", "&", "|", "!", ":", "(", ")"]),
        max_size=8,
    ).map(" ".join),
)
dates = st.one_of(
    any_text, st.dates().map(str), st.sampled_from(["9999-12-31", "0001-01-01", "2025-02-30"])
)


@pytest.fixture
def archive():
    section = make_section(slug="thoi-su")
    for title in ["Cà phê Đắk Lắk được mùa", "Giá cà phê tăng", "Bóng đá: trận chung kết"]:
        make_article(title=title, section=section)
    return section


@given(q=words, section=st.one_of(st.just("thoi-su"), any_text), start=dates, end=dates)
@example(q='"cà phê" OR -Đắk', section="thoi-su", start="2020-01-01", end="9999-12-31")
@example(q="\x00", section="", start="", end="")
@example(q="!:*&|()", section="", start="", end="")
def test_search_answers_any_query_with_a_page(client, archive, q, section, start, end):
    query = urlencode({"q": q, "section": section, "date_from": start, "date_to": end})

    response = client.get(f"{reverse('articles:search')}?{query}")

    assert response.status_code in {200, 400}


offsets = st.integers(-24 * 60 + 1, 24 * 60 - 1).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
iso_times = st.datetimes(timezones=st.one_of(st.none(), offsets)).map(datetime.isoformat)
cursor_text = st.one_of(
    st.tuples(iso_times, st.one_of(st.integers().map(str), any_text)).map("|".join), any_text
)
cursors = st.one_of(
    any_text,
    cursor_text.map(lambda raw: base64.urlsafe_b64encode(raw.encode()).decode()),
)
optional = st.one_of(st.none(), any_text)


@given(
    limit=st.one_of(optional, st.integers().map(str)),
    updated_since=st.one_of(optional, iso_times),
    cursor=st.one_of(st.none(), cursors),
    section=st.one_of(optional, st.just("thoi-su")),
)
@example(limit="1", updated_since="2025-11-27 18:53:00+18:21", cursor=None, section=None)
def test_api_answers_any_parameters_in_json(client, archive, limit, updated_since, cursor, section):
    params = {"limit": limit, "updated_since": updated_since, "cursor": cursor, "section": section}
    query = urlencode({key: value for key, value in params.items() if value is not None})

    response = client.get(f"{reverse('api:articles')}?{query}")

    assert response.status_code in {200, 400, 404}, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    json.loads(response.content)


names = st.one_of(any_text, st.just("<script>alert(1)</script>"))
emails = st.one_of(st.emails().map(str), any_text)
bodies = st.one_of(
    any_text,
    st.text(alphabet=st.sampled_from("<>&\"'\n\r /=ascriptonerr"), min_size=2, max_size=200),
    st.just('<script>alert("x")</script>\n<img src=x onerror=alert(1)>'),
)


@pytest.fixture
def open_article(settings):
    """An article under post-moderation, with no rule in the way of many quick comments."""
    # Set once per test: each assignment to pytest-django's settings nests another override.
    settings.COMMENTS_MIN_SUBMIT_SECONDS = 0
    settings.COMMENTS_RATE_LIMIT = (10**6, 600)
    settings.COMMENTS_DUPLICATE_WINDOW = 0
    settings.PAGE_CACHE_ENABLED = False
    return make_article(comments_mode=CommentMode.POST)


@given(name=names, email=emails, body=bodies)
@example(name="Bạn đọc", email="a@example.com", body="<b>đậm</b>\r\n&amp; <script>x</script>")
@example(name="Bạn đọc", email="a@example.com", body="\x00<p>")
def test_comment_form_answers_anything_and_shows_the_body_escaped(
    client, open_article, name, email, body
):
    article = open_article
    Comment.objects.filter(article=article).delete()  # the list shows one page of comments
    data = {
        "name": name,
        "email": email,
        "body": body,
        "parent": "",
        "website": "",
        "token": make_form_token(article.pk, issued_at=time.time() - 1),
    }

    response = client.post(reverse("comments:create", args=[article.pk]), data)

    assert response.status_code in {200, 400}
    stored = Comment.objects.filter(article=article).first()
    if stored is not None and stored.status == Comment.Status.APPROVED:
        page = client.get(reverse("comments:list", args=[article.pk])).content.decode()
        assert linebreaksbr(stored.body, autoescape=True) in page
        assert escape(stored.name) in page
