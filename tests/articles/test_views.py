from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from articles.models import Article, Correction, SiteSettings
from multimedia.models import PrintPage
from tests.comments.helpers import make_comment
from tests.factories import make_article, make_author, make_image, make_section
from tests.multimedia.helpers import make_print_issue

pytestmark = pytest.mark.django_db


def test_article_page_shows_newspaper_parts(client):
    authors = [make_author(name="Duy Tiến"), make_author(name="Hoàng Gia")]
    image = make_image(
        alt_text="Nông dân hái cà phê", caption="Mùa cà phê chín đỏ", credit="Thế Anh"
    )
    article = make_article(
        title="Đắk Lắk: Giao ban công tác khoa giáo năm 2020",
        kicker="Khoa giáo",
        lead="Sáng 27/11, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.",
        body="<p>Đoạn thân bài.</p>",
        published_at=datetime(2020, 11, 27, 18, 53, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
        featured_image=image,
        authors=authors,
        byline_text="Theo TTXVN",
        tags=["Khoa giáo"],
    )

    response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="article__title">Đắk Lắk: Giao ban công tác khoa giáo năm 2020</h1>' in html
    assert "18:53, 27/11/2020" in html
    assert (
        '<p class="article__lead">Sáng 27/11, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.</p>' in html
    )
    assert 'alt="Nông dân hái cà phê"' in html
    assert "<figcaption>Mùa cà phê chín đỏ" in html
    assert "Ảnh: Thế Anh" in html
    assert html.index("Duy Tiến") < html.index("Hoàng Gia") < html.index("Theo TTXVN")
    assert 'href="/chu-de/khoa-giao/"' in html
    assert 'lang="vi"' in html


def test_article_time_is_shown_in_vietnam_time(client):
    article = make_article(published_at=datetime(2020, 11, 27, 11, 53, tzinfo=ZoneInfo("UTC")))

    response = client.get(article.get_absolute_url())

    assert "18:53, 27/11/2020" in response.content.decode()


def test_featured_caption_override_replaces_image_caption(client):
    image = make_image(caption="Chú thích gốc")
    article = make_article(featured_image=image, featured_image_caption="Chú thích riêng cho bài")

    html = client.get(article.get_absolute_url()).content.decode()

    assert "Chú thích riêng cho bài" in html
    assert "Chú thích gốc" not in html


def test_wrong_slug_redirects_permanently_to_canonical_url(client):
    article = make_article(title="Cà phê Buôn Ma Thuột")

    response = client.get(f"/{article.section.slug}/sai-duong-dan-{article.pk}.html")

    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def test_wrong_section_redirects_permanently_to_canonical_url(client):
    article = make_article()
    other = make_section(name="Thể thao")

    response = client.get(f"/{other.slug}/{article.slug}-{article.pk}.html")

    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def test_unknown_url_gets_vietnamese_404_page(client):
    response = client.get("/khong-co-trang-nay/bai-1.html")

    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_home_shows_top_story_latest_and_section_blocks(client):
    section = make_section(name="Kinh tế")
    older = make_article(title="Giá cà phê tăng", section=section)
    newest = make_article(title="Tin nóng nhất", published_at=timezone.now() - timedelta(minutes=5))

    html = client.get("/").content.decode()

    assert "top-story__title" in html and "Tin nóng nhất" in html
    assert "Giá cà phê tăng" in html
    assert 'href="/kinh-te/"' in html
    assert newest.get_absolute_url() in html and older.get_absolute_url() in html


def test_section_page_lists_its_articles_paginated(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    section = make_section(name="Xã hội")
    # The newest five fill the top of the page (lead and four sub-leads); the list follows.
    for hour in range(8):
        make_article(
            title=f"Tin xã hội {hour}",
            section=section,
            published_at=timezone.now() - timedelta(hours=hour + 1),
        )
    make_article(title="Tin chuyên mục khác")

    first = client.get(section.get_absolute_url()).content.decode()
    second = client.get(section.get_absolute_url() + "?page=2").content.decode()

    top, listed = first.split('class="article-list"', 1)
    assert all(f"Tin xã hội {hour}" in top for hour in range(5))
    assert "Tin xã hội 5" in listed and "Tin xã hội 6" in listed and "Tin xã hội 7" not in first
    assert "Tin xã hội 7" in second and "Tin xã hội 0" not in second
    assert "Tin chuyên mục khác" not in first + second
    assert "Trang 1/2" in first


def test_author_page_lists_their_articles(client):
    author = make_author(name="Duy Tiến")
    make_article(title="Bài của Duy Tiến", authors=[author])
    make_article(title="Bài của người khác")

    response = client.get(author.get_absolute_url())

    assert response.status_code == 200
    assert "Bài của Duy Tiến" in response.content.decode()
    assert "Bài của người khác" not in response.content.decode()


def test_tag_page_lists_tagged_articles(client):
    article = make_article(title="Lễ hội cà phê", tags=["Lễ hội"])
    make_article(title="Không gắn thẻ")

    response = client.get("/chu-de/le-hoi/")

    assert response.status_code == 200
    assert article.title in response.content.decode()
    assert "Không gắn thẻ" not in response.content.decode()


def test_tag_carried_only_by_unpublished_articles_has_no_page_or_feed(client):
    make_article(status="draft", published_at=None, tags=["Vụ án bí mật"])
    make_article(status="unpublished", tags=["Vụ án bí mật"])

    assert client.get("/chu-de/vu-an-bi-mat/").status_code == 404
    assert client.get("/chu-de/vu-an-bi-mat/rss/").status_code == 404


def test_multimedia_and_print_edition_pages_answer_with_their_headings(client):
    pages = {
        "/multimedia/": '<h1 class="page-title">Multimedia</h1>',
        "/bao-in/": '<h1 class="page-title">Đọc Báo in</h1>',
    }
    for url, heading in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert heading in response.content.decode(), url


def make_archive(articles_per_section):
    sections = [make_section() for _ in range(3)]
    authors = [make_author() for _ in range(2)]
    image = make_image()
    for section in sections:
        for _ in range(articles_per_section):
            make_article(
                section=section, authors=authors, tags=["Đắk Lắk", "Cà phê"], featured_image=image
            )
    return sections, authors


# Measured by the uncached_queries fixture: no page cache, warm shared blocks (site settings,
# navigation, most read, print-edition header, next scheduled publication).
# Cards show no bylines, so lists load none.
# Home: its zones, their placements, the newest articles, sections with their latest article ids
# (one ArraySubquery), the section blocks' articles not among the newest (none when the newest
# hold them all: 5), the hot events = 6 (tests/articles/test_zones.py measures it with every zone
# filled by the desk).
HOME_QUERIES = {1: 5, 8: 6}
# Tag, author: the subject, the count for pagination, the page of articles (section and photo
# joined) = 3. Section: those, and its zones, the ids of its newest articles, its top cards = 6
# (no zone of its own here: the defaults need no placements); 5 when the top holds every article
# and the list below has no page to ask for.
TAG_QUERIES = AUTHOR_QUERIES = 3
SECTION_QUERIES = {1: 5, 8: 6}
# Article: the article (section and photo joined, with its comment count and whether it has
# corrections or print placements: none here, so no query for them), its bylines, its tags = 3.
# Its related stories are a fragment of their own, filled by the first request.
ARTICLE_QUERIES = 3


@pytest.mark.parametrize("articles_per_section", [1, 8])
def test_reading_pages_cost_a_fixed_number_of_queries(uncached_queries, articles_per_section):
    sections, authors = make_archive(articles_per_section)
    article = sections[0].articles.first()

    for url, budget in [
        ("/", HOME_QUERIES[articles_per_section]),
        (sections[0].get_absolute_url(), SECTION_QUERIES[articles_per_section]),
        ("/chu-de/dak-lak/", TAG_QUERIES),
        (authors[0].get_absolute_url(), AUTHOR_QUERIES),
        (article.get_absolute_url(), ARTICLE_QUERIES),
    ]:
        queries, _ = uncached_queries(url)
        assert len(queries) == budget, url


def make_full_article(count):
    """An article with `count` of everything its page shows: threads with replies, tags,
    authors, body photos, corrections; and a print placement."""
    section = make_section()
    article = make_article(
        section=section,
        authors=[make_author() for _ in range(count)],
        tags=[f"Chủ đề {number}" for number in range(count)],
        featured_image=make_image(),
        body="".join(
            f'<p>Đoạn {number}.</p><figure data-image-id="{make_image().pk}"></figure>'
            for number in range(count)
        ),
    )
    for number in range(count):
        thread = make_comment(article, body=f"Ý kiến {number}")
        make_comment(article, parent=thread, body=f"Trả lời {number}")
        Correction.objects.create(article=article, text=f"Cải chính {number}")
        make_article(section=section, tags=[f"Chủ đề {number}"], featured_image=make_image())
    PrintPage.objects.create(issue=make_print_issue(number=777), page_number=3, article=article)
    return article


# The article with its section and photo joined, its bylines, its tags, its corrections, where it
# ran in print, the photos in its body, the first page of approved threads with their approved
# replies (one query) = 7, whatever their numbers; 8 when its related stories (one UNION
# statement) are rebuilt because one of them changed.
FULL_ARTICLE_QUERIES = 7


@pytest.mark.parametrize("count", [1, 6])
def test_article_page_costs_a_fixed_number_of_queries_whatever_it_shows(uncached_queries, count):
    article = make_full_article(count)

    queries, html = uncached_queries(article.get_absolute_url())

    for shown in (
        f"Trả lời {count - 1}",
        f"Cải chính {count - 1}",
        f"Chủ đề {count - 1}",
        "Báo in số 777, trang 3",
    ):
        assert shown in html
    assert html.count('<figure class="figure') >= count
    assert len(queries) == FULL_ARTICLE_QUERIES

    related = Article.objects.exclude(pk=article.pk).filter(section=article.section).first()
    related.title = "Tin liên quan đã sửa"
    related.save()
    queries, html = uncached_queries(article.get_absolute_url(), warm=False)
    assert "Tin liên quan đã sửa" in html
    assert len(queries) == FULL_ARTICLE_QUERIES + 1


def test_shared_navigation_and_footer_follow_edits_without_the_page_cache(client, settings):
    settings.PAGE_CACHE_ENABLED = False  # only the shared fragments can be stale
    current = make_section(name="Kinh tế")
    SiteSettings(editor_in_chief="Nguyễn Văn An").save()
    first = client.get(current.get_absolute_url()).content.decode()
    make_section(name="Thể thao")
    added = client.get(current.get_absolute_url()).content.decode()
    current.name = "Kinh tế - Xã hội"
    current.save()
    SiteSettings(editor_in_chief="Trần Thị Bình").save()
    edited = client.get(current.get_absolute_url()).content.decode()
    home = client.get("/").content.decode()

    assert f'<a href="{current.get_absolute_url()}" aria-current="page">Kinh tế</a>' in first
    assert "Nguyễn Văn An" in first and "Thể thao" not in first
    assert "Thể thao" in added
    assert 'aria-current="page">Kinh tế - Xã hội</a>' in edited
    assert "Trần Thị Bình" in edited and "Nguyễn Văn An" not in edited
    assert "Kinh tế - Xã hội</a>" in home and 'aria-current="page"' not in home


def test_server_error_page_is_vietnamese_and_needs_no_database(rf):
    from django.views.defaults import server_error

    response = server_error(rf.get("/"))

    assert response.status_code == 500
    assert "Đã có lỗi xảy ra phía chúng tôi" in response.content.decode()


def test_home_zones_are_not_repeated_in_the_section_blocks(client):
    section = make_section(name="Thời sự")
    articles = [
        make_article(section=section, published_at=timezone.now() - timedelta(minutes=minutes))
        for minutes in range(1, 21)
    ]

    html = client.get("/").content.decode()

    zones, rest = html.split('class="latest"', 1)
    section_blocks = rest.split('class="section-block"', 1)[1]
    in_zones = [a for a in articles if a.get_absolute_url() in zones]
    assert in_zones == articles[:5]  # the lead and four sub-leads, filled with the newest
    assert not any(a.get_absolute_url() in section_blocks for a in in_zones)
    assert articles[5].get_absolute_url() in section_blocks


def test_list_offers_at_most_the_configured_number_of_pages(client, settings):
    settings.ARTICLES_PER_PAGE = 1
    settings.LIST_MAX_PAGES = 2
    section = make_section()
    for _ in range(9):  # five at the top of the page, four in its list
        make_article(section=section)

    last = client.get(section.get_absolute_url() + "?page=99").content.decode()

    assert "Trang 2/2" in last
    assert 'rel="next"' not in last
