import json
import shutil
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import html

from multimedia.models import PrintPage
from tests.factories import make_article, make_image

from .helpers import make_print_issue, pdf_bytes

pytestmark = pytest.mark.django_db


def test_archive_lists_published_issues_newest_first_with_year_and_month_links(client):
    make_print_issue(number=101, issue_date=date(2025, 12, 30))
    make_print_issue(number=205, issue_date=date(2026, 11, 27), cover=make_image())
    make_print_issue(number=206, issue_date=date(2026, 11, 28), status="draft", published_at=None)

    html = client.get("/bao-in/").content.decode()

    assert html.index("Số 205") < html.index("Số 101")
    assert "Số 206" not in html
    assert 'href="/bao-in/2026/"' in html and 'href="/bao-in/2025/"' in html
    assert "<picture>" in html  # the cover


def test_month_archive_shows_only_that_month(client):
    make_print_issue(number=300, issue_date=date(2026, 10, 5))
    make_print_issue(number=301, issue_date=date(2026, 11, 5))

    html = client.get("/bao-in/2026/11/").content.decode()

    assert "Số 301" in html and "Số 300" not in html
    assert 'href="/bao-in/2026/10/"' in html and "Tháng 11" in html
    assert client.get("/bao-in/2019/").status_code == 404
    assert client.get("/bao-in/2026/13/").status_code == 404


def test_reader_page_embeds_our_own_pdf_with_a_download_link(client):
    issue = make_print_issue(number=412, issue_date=date(2026, 11, 27))

    html = client.get("/bao-in/so-412/").content.decode()

    assert "Báo in số 412 ngày 27/11/2026" in html
    assert '<object class="print-reader" data="/bao-in/so-412.pdf" type="application/pdf"' in html
    assert 'href="/bao-in/so-412.pdf?download=1" download' in html
    assert issue.get_absolute_url() == "/bao-in/so-412/"


def test_pdf_is_served_same_origin_frameable(client):
    make_print_issue(number=413)

    shown = client.get("/bao-in/so-413.pdf")
    downloaded = client.get("/bao-in/so-413.pdf?download=1")

    assert shown["Content-Type"] == "application/pdf"
    assert shown["X-Frame-Options"] == "SAMEORIGIN"
    assert shown["Content-Security-Policy"] == "sandbox"
    assert shown["X-Content-Type-Options"] == "nosniff"
    assert shown["Content-Disposition"].startswith('inline; filename="bao-in-so-413.pdf"')
    assert b"".join(shown.streaming_content).startswith(b"%PDF-")
    assert downloaded["Content-Disposition"].startswith('attachment; filename="bao-in-so-413.pdf"')


def test_unpublished_issue_and_its_pdf_are_not_found(client):
    make_print_issue(number=414, status="draft", published_at=None)

    assert client.get("/bao-in/so-414/").status_code == 404
    assert client.get("/bao-in/so-414.pdf").status_code == 404


def test_pdf_whose_file_is_missing_is_not_found(client):
    issue = make_print_issue()
    issue.pdf.storage.delete(issue.pdf.name)
    assert client.get(issue.get_pdf_url()).status_code == 404


def test_header_shows_the_latest_issue(client):
    make_print_issue(number=500, issue_date=date(2026, 11, 26))
    make_print_issue(number=501, issue_date=date(2026, 11, 27))

    html = client.get("/").content.decode()

    assert '<a href="/bao-in/so-501/">Đọc Báo in số 501</a>' in html


def test_article_shows_where_it_ran_in_print(client):
    article = make_article(title="Cà phê được mùa")
    issue = make_print_issue(number=777)
    PrintPage.objects.create(issue=issue, page_number=3, article=article)

    article_html = client.get(article.get_absolute_url()).content.decode()
    issue_html = client.get(issue.get_absolute_url()).content.decode()

    assert "Đã đăng trên Báo in số 777, trang 3" in article_html
    assert PrintPage.objects.for_article(article).get().schema_properties() == {
        "printEdition": "777",
        "printPage": "3",
    }
    assert "Trang 3" in issue_html and article.get_absolute_url() in issue_html


def news_article_json_ld(client, article):
    document = html.fromstring(client.get(article.get_absolute_url()).content)
    for script in document.xpath('//script[@type="application/ld+json"]'):
        data = json.loads(script.text)
        if data["@type"] == "NewsArticle":
            return data
    raise AssertionError("the article page has no NewsArticle JSON-LD")


def test_article_json_ld_names_its_print_edition_and_page(client):
    article = make_article()
    PrintPage.objects.create(issue=make_print_issue(number=779), page_number=5, article=article)

    data = news_article_json_ld(client, article)

    assert (data["printEdition"], data["printPage"]) == ("779", "5")


def test_article_json_ld_has_no_print_edition_when_it_ran_only_online(client):
    article = make_article()
    draft_issue = make_print_issue(number=780, status="draft", published_at=None)
    PrintPage.objects.create(issue=draft_issue, page_number=2, article=article)

    data = news_article_json_ld(client, article)

    assert "printEdition" not in data and "printPage" not in data


PLACEMENT_QUERY = 'SELECT "multimedia_printpage".'


def test_print_placement_is_read_once_for_the_mention_and_the_json_ld(client):
    article = make_article()
    PrintPage.objects.create(issue=make_print_issue(number=781), page_number=1, article=article)

    with CaptureQueriesContext(connection) as queries:
        page = client.get(article.get_absolute_url()).content.decode()

    asked = [query for query in queries if query["sql"].startswith(PLACEMENT_QUERY)]
    assert len(asked) == 1, asked
    assert '"printEdition": "781"' in page and "Đã đăng trên Báo in số 781, trang 1" in page


def test_article_only_online_asks_for_no_print_placement(client, settings):
    settings.PAGE_CACHE_ENABLED = False
    printed = make_article()
    PrintPage.objects.create(issue=make_print_issue(number=782), page_number=1, article=printed)
    online = make_article()

    with CaptureQueriesContext(connection) as queries:
        page = client.get(online.get_absolute_url()).content.decode()

    # The article's own query tells whether it ran in print (an EXISTS): nothing more to ask.
    assert not [query for query in queries if query["sql"].startswith(PLACEMENT_QUERY)]
    assert "Đã đăng trên Báo in" not in page and "printEdition" not in page


def test_article_in_an_unpublished_issue_shows_no_print_mention(client):
    article = make_article()
    issue = make_print_issue(number=778, status="draft", published_at=None)
    PrintPage.objects.create(issue=issue, page_number=1, article=article)

    assert "Đã đăng trên Báo in" not in client.get(article.get_absolute_url()).content.decode()


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler's pdftoppm is not installed")
def test_cover_is_made_from_the_first_page_when_pdftoppm_is_installed():
    issue = make_print_issue(number=900)

    cover = issue.make_cover_from_pdf()

    assert issue.cover == cover
    assert (cover.width, cover.height) == (992, 1404)  # A4 at 120 dpi
    assert cover.renditions["shapes"]["original"]["sizes"][0] == [320, 453]


def test_pdf_checks_refuse_what_is_not_a_whole_pdf(client, settings):
    from django.core.exceptions import ValidationError

    from multimedia.uploads import validate_pdf_upload

    from .helpers import upload

    settings.MULTIMEDIA_MAX_PDF_BYTES = 2000
    cases = {
        "so.pdf": (b"<html>not a pdf</html>", "Báo in chỉ nhận tệp PDF"),
        "cut.pdf": (pdf_bytes()[:200], "Tệp PDF không trọn vẹn"),
        "big.pdf": (pdf_bytes(pages=40), "PDF báo in chỉ được tối đa 2,0\xa0KB"),
    }
    for name, (data, message) in cases.items():
        with pytest.raises(ValidationError) as refusal:
            validate_pdf_upload(upload(name, data))
        assert message in " ".join(refusal.value.messages), name
    validate_pdf_upload(upload("ok.pdf", pdf_bytes()))


@pytest.mark.parametrize("issues", [1, 10])
def test_print_pages_cost_a_fixed_number_of_queries(uncached_queries, issues):
    cover = make_image()
    for number in range(issues):
        issue = make_print_issue(number=600 + number, cover=cover)
        PrintPage.objects.create(issue=issue, page_number=1, article=make_article())

    archive, _ = uncached_queries("/bao-in/")
    reader, _ = uncached_queries(issue.get_absolute_url())

    # count, years, the page = 3.
    assert len(archive) == 3
    # the issue with its cover, its pages with their articles = 2.
    assert len(reader) == 2
