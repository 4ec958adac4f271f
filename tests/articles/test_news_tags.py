"""The newspaper's time stamps: one format, read in Vietnam time (UTC+7)."""

from datetime import UTC, date, datetime

import pytest

from articles.models import SiteSettings
from articles.templatetags.news import news_date
from tests.factories import make_article

pytestmark = pytest.mark.django_db

# 17:05 UTC on 1 March is already 00:05 on 2 March in Vietnam.
LATE_EVENING_UTC = datetime(2026, 3, 1, 17, 5, tzinfo=UTC)


def test_article_page_and_card_show_the_time_element_in_vietnam_time(client):
    article = make_article(title="Tin nửa đêm", published_at=LATE_EVENING_UTC)

    page = client.get(article.get_absolute_url()).content.decode()
    home = client.get("/").content.decode()

    stamp = '<time datetime="2026-03-02T00:05:00+07:00">00:05, 02/03/2026</time>'
    assert stamp in page
    assert stamp.replace("<time ", '<time class="card__time" ') in home


def test_footer_prints_the_licence_date_day_first(client):
    SiteSettings(licence_number="123/GP-BTTTT", licence_date=date(2016, 5, 9)).save()

    html = client.get("/").content.decode()

    assert "123/GP-BTTTT" in html and "09/05/2016" in html


def test_news_date_reads_a_moment_in_vietnam_time():
    assert news_date(LATE_EVENING_UTC) == "02/03/2026"
    assert news_date(date(2026, 3, 1)) == "01/03/2026"
    assert news_date(None) == ""
