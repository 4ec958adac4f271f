import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_image, make_section, make_user

pytestmark = pytest.mark.django_db

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def result_titles(client, **params):
    response = client.get("/tim-kiem/", params)
    assert response.status_code == 200
    return [article.title for article in response.context["page"]]


def test_query_without_diacritics_finds_accented_title(client):
    make_article(title="Cà phê Buôn Ma Thuột vào mùa thu hoạch")
    make_article(title="Hà Nội đón mùa thu")

    assert result_titles(client, q="buon ma thuot") == ["Cà phê Buôn Ma Thuột vào mùa thu hoạch"]


def test_query_with_diacritics_finds_text_typed_without_them(client):
    make_article(title="Tin tuc Dak Lak hom nay")

    assert result_titles(client, q="Đắk Lắk") == ["Tin tuc Dak Lak hom nay"]


def test_d_with_stroke_folds_to_d(client):
    make_article(title="Đắk Lắk: giao ban khoa giáo")

    assert result_titles(client, q="dak lak") == ["Đắk Lắk: giao ban khoa giáo"]
    assert result_titles(client, q="ĐẮK LẮK") == ["Đắk Lắk: giao ban khoa giáo"]


def test_lead_body_and_tags_are_searched(client):
    make_article(title="Một", lead="Nông dân Krông Pắc thu hoạch sầu riêng.")
    make_article(title="Hai", body="<p>Đêm hội <strong>cồng chiêng</strong> ở Buôn Đôn.</p>")
    make_article(title="Ba", tags=["Du lịch Lắk"])

    assert result_titles(client, q="krong pac") == ["Một"]
    assert result_titles(client, q="cong chieng") == ["Hai"]
    assert result_titles(client, q="du lich") == ["Ba"]


def test_title_match_outranks_body_match(client):
    now = timezone.now()
    make_article(
        title="Tin tổng hợp",
        body="<p>Giá cà phê hôm nay.</p>",
        published_at=now - timedelta(hours=1),
    )
    make_article(
        title="Giá cà phê tăng mạnh",
        body="<p>Thị trường.</p>",
        published_at=now - timedelta(days=3),
    )

    assert result_titles(client, q="ca phe") == ["Giá cà phê tăng mạnh", "Tin tổng hợp"]


def test_drafts_future_and_unpublished_articles_are_not_found(client):
    make_article(title="Sầu riêng đã đăng")
    make_article(title="Sầu riêng nháp", status=Article.Status.DRAFT, published_at=None)
    make_article(title="Sầu riêng hẹn giờ", published_at=timezone.now() + timedelta(hours=2))
    make_article(title="Sầu riêng gỡ xuống", status=Article.Status.UNPUBLISHED)

    assert result_titles(client, q="sau rieng") == ["Sầu riêng đã đăng"]


def test_tags_added_after_saving_are_searchable(client):
    article = make_article(title="Không có từ khóa trong tiêu đề")

    article.tags.add("Hồ Lắk")
    assert result_titles(client, q="ho lak") == [article.title]

    article.tags.clear()
    assert result_titles(client, q="ho lak") == []


def test_edited_title_is_searchable_after_save(client):
    article = make_article(title="Tiêu đề cũ")

    article.title = "Lễ hội voi Buôn Đôn"
    article.save()

    assert result_titles(client, q="le hoi voi") == ["Lễ hội voi Buôn Đôn"]


def test_snippet_highlights_matched_words_in_original_spelling(client):
    make_article(
        title="Tin vùng cao",
        lead="Năm nay, nông dân ở Buôn Ma Thuột trúng mùa cà phê <b>lớn</b>.",
    )

    html = client.get("/tim-kiem/", {"q": "buon ma thuot"}).content.decode()

    assert "ở <mark>Buôn Ma Thuột</mark> trúng" in html
    assert "&lt;b&gt;lớn&lt;/b&gt;" in html


def test_snippet_keeps_paragraphs_apart(client):
    make_article(
        title="Giá cà phê",
        lead="",
        body="<p>Giá tăng, ông nói.</p><p>Theo Sở Công Thương, giá còn lên.</p>",
    )

    html = client.get("/tim-kiem/", {"q": "theo so cong thuong"}).content.decode()

    assert "ông nói. <mark>Theo Sở Công Thương</mark>" in html


def test_snippet_escapes_script_in_text_and_query(client):
    make_article(title="Bài <script>alert(1)</script> lạ", lead="<script>alert(1)</script> lạ")

    html = client.get("/tim-kiem/", {"q": "<script>alert(1)</script> lạ"}).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_filter_by_section(client):
    economy, sport = make_section(name="Kinh tế"), make_section(name="Thể thao")
    make_article(title="Cà phê xuất khẩu", section=economy)
    make_article(title="Giải chạy vì cà phê", section=sport)

    assert result_titles(client, q="ca phe", section=economy.slug) == ["Cà phê xuất khẩu"]


def test_filter_by_date_range_uses_vietnam_calendar_days(client):
    make_article(title="Lúa mới tháng 10", published_at=datetime(2025, 10, 31, 23, 30, tzinfo=VN))
    make_article(title="Lúa mới tháng 11", published_at=datetime(2025, 11, 1, 0, 30, tzinfo=VN))

    november = result_titles(client, q="lua moi", date_from="2025-11-01", date_to="2025-11-30")
    october = result_titles(client, q="lua moi", date_to="2025-10-31")

    assert november == ["Lúa mới tháng 11"]
    assert october == ["Lúa mới tháng 10"]


def test_reversed_date_range_is_a_vietnamese_form_error(client):
    response = client.get(
        "/tim-kiem/", {"q": "lua", "date_from": "2025-12-01", "date_to": "2025-01-01"}
    )

    assert response.status_code == 400
    assert "Ngày kết thúc không được trước ngày bắt đầu." in response.content.decode()


def test_unknown_section_is_a_form_error_not_a_crash(client):
    response = client.get("/tim-kiem/", {"q": "lua", "section": "khong-co"})

    assert response.status_code == 400
    assert "Hãy chọn một lựa chọn hợp lệ" in response.content.decode()


def test_empty_query_shows_the_form_without_results(client):
    response = client.get("/tim-kiem/")

    assert response.status_code == 200
    assert response.context["page"] is None


def test_results_are_paginated_keeping_the_query(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    for number in range(3):
        make_article(title=f"Hồ Lắk số {number}")

    first = client.get("/tim-kiem/", {"q": "ho lak"})
    second = client.get("/tim-kiem/", {"q": "ho lak", "page": 2})

    assert len(first.context["page"]) == 2 and len(second.context["page"]) == 1
    assert "?q=ho+lak&amp;page=2" in first.content.decode()


def summary(response):
    html = response.content.decode()
    start = html.index('class="search-summary"')
    return html[start : html.index("</p>", start)]


def test_result_count_says_more_than_when_the_archive_cap_is_reached(client, settings):
    settings.ARTICLES_PER_PAGE, settings.SEARCH_MAX_PAGES = 2, 1
    for _ in range(3):
        make_article(title="Cà phê Buôn Ma Thuột")

    assert "Tìm thấy hơn 2 bài" in summary(client.get("/tim-kiem/", {"q": "cà phê"}))


def test_result_count_at_exactly_the_cap_is_exact(client, settings):
    settings.ARTICLES_PER_PAGE, settings.SEARCH_MAX_PAGES = 2, 1
    for _ in range(2):
        make_article(title="Cà phê Buôn Ma Thuột")

    text = summary(client.get("/tim-kiem/", {"q": "cà phê"}))
    assert "Tìm thấy 2 bài" in text and "hơn" not in text


# The newest matches (one walk of the publication index), the count for the paginator (ids
# found by that walk), the page of results with section and photo joined, the section choices of
# the filter form = 4, however many results.
SEARCH_QUERIES = 4


@pytest.mark.parametrize("matches", [1, 12])
def test_search_costs_a_fixed_number_of_queries(uncached_queries, matches):
    image = make_image()
    for _ in range(matches):
        make_article(title="Cà phê Buôn Ma Thuột", featured_image=image, tags=["Cà phê"])

    queries, _ = uncached_queries("/tim-kiem/", {"q": "buon ma thuot"})

    assert len(queries) == SEARCH_QUERIES


def test_rebuild_command_fills_documents_of_existing_rows(client):
    article = make_article(title="Nhà đày Buôn Ma Thuột", tags=["Di tích"])
    Article.objects.filter(pk=article.pk).update(search_document=None)
    assert result_titles(client, q="nha day") == []

    call_command("rebuild_search_documents", "--missing", stdout=io.StringIO())

    assert result_titles(client, q="nha day") == ["Nhà đày Buôn Ma Thuột"]
    assert result_titles(client, q="di tich") == ["Nhà đày Buôn Ma Thuột"]


def test_renamed_tag_is_searchable_under_its_new_name(client):
    article = make_article(title="Bài có chủ đề", tags=["Cafe"])
    tag = article.tags.get()
    client.force_login(make_user(is_superuser=True))

    response = client.post(
        f"/admin/articles/tag/{tag.pk}/change/", {"name": "Cà phê Ban Mê", "slug": tag.slug}
    )

    assert response.status_code == 302
    client.logout()
    assert result_titles(client, q="ban me") == ["Bài có chủ đề"]


def test_snippet_of_a_long_body_is_cut_around_the_match(client):
    filler = "Nội dung không liên quan. " * 40
    make_article(
        title="Bài dài",
        lead="",
        body=f"<p>{filler}Đêm nhạc ở hồ Ea Kao rất đông.</p><p>{filler}</p>",
    )

    response = client.get("/tim-kiem/", {"q": "ea kao"})

    snippet = str(response.context["page"][0].snippet)
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert "<mark>Ea Kao</mark>" in snippet
    assert len(snippet) < 300


def test_search_ranks_only_the_newest_matches_and_says_there_are_more(client, settings):
    settings.SEARCH_RANKED_MATCHES = 2
    settings.ARTICLES_PER_PAGE = 2
    settings.SEARCH_MAX_PAGES = 1
    oldest = make_article(
        title="Cà phê cà phê cà phê", published_at=timezone.now() - timedelta(days=30)
    )
    for hours in (1, 2, 3):
        make_article(
            title=f"Tin {hours}",
            lead="Giá cà phê hôm nay",
            published_at=timezone.now() - timedelta(hours=hours),
        )

    response = client.get("/tim-kiem/", {"q": "ca phe"})

    assert oldest.title not in response.content.decode()  # the best match, but not among the newest
    assert "Tìm thấy hơn 2 bài" in response.content.decode()


def test_newest_means_publication_time_not_the_order_articles_were_added(settings):
    settings.SEARCH_RANKED_MATCHES = 1
    now = timezone.now()
    newest = make_article(title="Giá cà phê", published_at=now - timedelta(hours=1))
    second = make_article(title="Giá cà phê", published_at=now - timedelta(hours=2))
    make_article(title="Giá cà phê", published_at=now - timedelta(days=30))  # added last

    found = list(Article.objects.published().search("ca phe"))

    assert found == [newest, second]  # equal rank: the newer first


def test_quoted_words_match_only_as_a_phrase(client):
    make_article(title="Giá cà phê tăng mạnh")
    make_article(title="Phê duyệt giá cà mới")

    assert result_titles(client, q='"giá cà phê"') == ["Giá cà phê tăng mạnh"]


def test_or_finds_either_word(client):
    make_article(title="Mùa cà phê")
    make_article(title="Mùa hồ tiêu")
    make_article(title="Mùa lúa")

    assert sorted(result_titles(client, q="cà phê OR hồ tiêu")) == ["Mùa cà phê", "Mùa hồ tiêu"]


def test_minus_word_leaves_out_articles_holding_it(client):
    make_article(title="Cà phê Buôn Ma Thuột")
    make_article(title="Cà phê Gia Lai")

    assert result_titles(client, q="cà phê -gia") == ["Cà phê Buôn Ma Thuột"]
