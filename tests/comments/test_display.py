from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from comments.models import Comment
from tests.articles.test_views import ARTICLE_QUERIES
from tests.factories import make_article, make_section

from .helpers import make_comment

pytestmark = pytest.mark.django_db


def article_html(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_only_approved_comments_show_oldest_first_with_replies_nested(client):
    article = make_article()
    first = make_comment(article, body="Ý kiến thứ nhất")
    make_comment(article, body="Ý kiến thứ hai")
    make_comment(article, parent=first, body="Trả lời ý kiến thứ nhất")
    make_comment(article, body="Đang chờ", status=Comment.Status.PENDING)
    make_comment(
        article, body="Bị loại", status=Comment.Status.REJECTED, decided_at=first.created_at
    )

    html = article_html(client, article)

    assert html.index("Ý kiến thứ nhất") < html.index("Trả lời ý kiến thứ nhất")
    assert html.index("Trả lời ý kiến thứ nhất") < html.index("Ý kiến thứ hai")
    replies_block = html[html.index('class="comment-replies"') :]
    assert replies_block.index("Trả lời ý kiến thứ nhất") < replies_block.index("</ol>")
    assert "Đang chờ" not in html and "Bị loại" not in html
    assert "3 ý kiến" in html


def test_reader_text_is_escaped_and_line_breaks_kept(client):
    article = make_article()
    make_comment(
        article,
        name='<img src=x onerror="alert(1)">',
        body='<script>alert("xss")</script>\nDòng thứ hai <b>đậm</b>',
    )

    html = article_html(client, article)

    assert '<script>alert("xss")' not in html
    assert (
        "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;<br>Dòng thứ hai &lt;b&gt;đậm&lt;/b&gt;"
        in html
    )
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


def test_comment_time_is_in_vietnamese_format_and_email_never_shown(client):
    article = make_article()
    make_comment(
        article,
        email="bi.mat@example.com",
        created_at=datetime(2026, 11, 27, 1, 5, tzinfo=ZoneInfo("UTC")),
    )

    html = article_html(client, article)

    assert "08:05, 27/11/2026" in html
    assert "bi.mat@example.com" not in html


def test_newsroom_reply_is_signed_toa_soan_with_its_own_style(client):
    article = make_article()
    question = make_comment(article, body="Khi nào đường được sửa?")
    make_comment(
        article, parent=question, is_newsroom=True, name="Biên tập viên", body="Tháng sau."
    )

    html = article_html(client, article)

    assert 'class="comment comment--newsroom"' in html
    newsroom = html[html.index("comment--newsroom") :]
    assert newsroom.index("Tòa soạn") < newsroom.index("Tháng sau.")
    assert "Biên tập viên" not in html


# The article page's own queries (see tests/articles/test_views.py) and its approved threads,
# with all their approved replies in the same query, whatever their number.
@pytest.mark.parametrize("threads", [1, 12])
def test_comment_block_costs_a_fixed_number_of_queries(uncached_queries, threads):
    article = make_article()
    for number in range(threads):
        thread = make_comment(article, body=f"Ý kiến {number}")
        make_comment(article, parent=thread, body=f"Trả lời {number}")
        make_comment(article, parent=thread, body=f"Trả lời nữa {number}")

    queries, html = uncached_queries(article.get_absolute_url())

    assert f"Trả lời nữa {threads - 1}" in html
    assert len(queries) == ARTICLE_QUERIES + 1


def test_approved_count_shows_on_lists_without_extra_queries(client):
    section = make_section()
    article = make_article(section=section)
    make_comment(article)
    make_comment(article)
    make_comment(article, status=Comment.Status.PENDING)

    html = client.get(section.get_absolute_url()).content.decode()

    assert f'href="{article.get_absolute_url()}#y-kien">2 ý kiến</a>' in html


def test_long_discussions_are_paginated(client, settings):
    settings.COMMENTS_PER_PAGE = 2
    article = make_article()
    for number in range(1, 4):
        make_comment(article, body=f"Ý kiến số {number}")

    html = article_html(client, article)
    second_page = client.get(f"/binh-luan/{article.pk}/y-kien/?page=2").content.decode()

    assert "Ý kiến số 2" in html and "Ý kiến số 3" not in html
    assert "Xem thêm ý kiến" in html
    assert "Ý kiến số 3" in second_page and "Ý kiến số 1" not in second_page
