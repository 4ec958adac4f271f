"""The article form's comforts: counted headline, SEO fields and their defaults, one date-time
widget, confirmations for unpublish and restore, "view on site" for drafts, Vietnamese labels."""

from datetime import datetime

import pytest

from articles.models import Article
from tests.articles.helpers import (
    CONFIRMED,
    change_url,
    form_data,
    make_draft,
    make_editor,
    make_journalist,
    workflow_url,
)
from tests.discovery.test_metadata import VN, head_of, json_ld, make_full_article, meta
from tests.factories import make_article, make_image
from tests.pagecache.helpers import fresh, stored

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(make_editor())
    return client


def test_the_headline_is_counted_and_never_cut_by_the_browser(editor_client):
    html = editor_client.get(change_url(make_article())).content.decode()

    title_input = html[html.index('name="title"') - 200 : html.index('name="title"') + 200]
    assert 'data-recommended-length="70"' in title_input
    assert 'data-max-length="250"' in title_input
    assert "maxlength" not in title_input
    assert "js/character-count.js" in html


def test_a_headline_over_the_limit_is_refused_with_a_message(editor_client):
    article = make_article(title="Tít cũ")

    response = editor_client.post(change_url(article), form_data(article, title="Đ" * 251))

    assert response.status_code == 200
    assert "Chỉ được tối đa 250 ký tự (hiện có 251): hãy rút gọn." in response.content.decode()
    article.refresh_from_db()
    assert article.title == "Tít cũ"


def test_search_engines_and_shares_get_the_headline_sapo_and_photo_by_default(client):
    article = make_full_article()

    document = head_of(client, article.get_absolute_url())

    assert document.findtext(".//title").startswith("Giá cà phê Buôn Ma Thuột lập đỉnh - ")
    assert meta(document, "description") == "Giá cà phê nhân xô hôm nay tăng mạnh."
    assert meta(document, "og:title") == meta(document, "twitter:title") == article.title
    assert article.featured_image.share_rendition().url in meta(document, "og:image")
    assert json_ld(document)["NewsArticle"]["headline"] == article.title


def test_the_seo_title_description_and_social_photo_replace_them(client):
    social = make_image(alt_text="Nông dân phơi cà phê")
    article = make_full_article(
        seo_title="Giá cà phê hôm nay lập đỉnh mới",
        seo_description="Cà phê nhân xô lên mức cao nhất từ trước tới nay.",
        social_image=social,
    )

    document = head_of(client, article.get_absolute_url())
    data = json_ld(document)["NewsArticle"]

    assert document.findtext(".//title").startswith("Giá cà phê hôm nay lập đỉnh mới - ")
    for key in ("og:title", "twitter:title"):
        assert meta(document, key) == "Giá cà phê hôm nay lập đỉnh mới"
    for key in ("description", "og:description", "twitter:description"):
        assert meta(document, key) == "Cà phê nhân xô lên mức cao nhất từ trước tới nay."
    assert social.share_rendition().url in meta(document, "og:image")
    assert meta(document, "og:image:alt") == "Nông dân phơi cà phê"
    assert data["headline"] == "Giá cà phê hôm nay lập đỉnh mới"
    assert data["description"] == "Cà phê nhân xô lên mức cao nhất từ trước tới nay."
    assert social.share_rendition().url in data["image"][0]["url"]
    # The page itself still shows the newsroom's headline.
    assert "<h1" in client.get(article.get_absolute_url()).content.decode()


def test_the_editor_sets_the_seo_fields_in_the_form(editor_client):
    article = make_article()
    social = make_image()

    editor_client.post(
        change_url(article),
        form_data(article, seo_title="Tít cho Google", social_image=str(social.pk)),
    )

    article.refresh_from_db()
    assert article.seo_title == "Tít cho Google" and article.social_image == social


def test_scheduling_uses_the_admin_date_time_fields_in_vietnam_time(editor_client):
    article = make_draft(status=Article.Status.IN_REVIEW)

    html = editor_client.get(change_url(article)).content.decode()
    assert 'type="datetime-local"' not in html
    assert 'name="publish_at_0"' in html and 'class="vDateField"' in html

    editor_client.post(
        workflow_url(article, "schedule"), {"publish_at_0": "31/12/2030", "publish_at_1": "18:00"}
    )

    article.refresh_from_db()
    assert article.published_at == datetime(2030, 12, 31, 18, 0, tzinfo=VN)


def test_a_schedule_time_in_another_format_is_refused_with_a_message(editor_client):
    article = make_draft(status=Article.Status.IN_REVIEW)

    response = editor_client.post(
        workflow_url(article, "schedule"),
        {"publish_at_0": "12/31/2030", "publish_at_1": "6 PM"},
        follow=True,
    )

    assert "Hãy nhập ngày giờ đăng" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.IN_REVIEW


def test_unpublish_asks_first_like_a_deletion(editor_client):
    article = make_article(title="Bài sắp gỡ")

    page = editor_client.post(workflow_url(article, "unpublish"))

    assert page.status_code == 200
    html = page.content.decode()
    assert "Gỡ bài “Bài sắp gỡ”?" in html and 'value="Có, gỡ bài"' in html
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED

    editor_client.post(workflow_url(article, "unpublish"), CONFIRMED)

    article.refresh_from_db()
    assert article.status == Article.Status.UNPUBLISHED


def test_restore_asks_first_and_links_to_the_differences(editor_client):
    article = make_article(title="Tít đầu")
    editor_client.post(change_url(article), form_data(article))
    first = article.revisions.kept().get()
    editor_client.post(change_url(article), form_data(article, title="Tít sau"))
    restore = f"/admin/articles/article/{article.pk}/revisions/{first.pk}/restore/"

    html = editor_client.post(restore).content.decode()

    assert 'value="Có, khôi phục"' in html and "Xem những gì sẽ thay đổi" in html
    article.refresh_from_db()
    assert article.title == "Tít sau"
    editor_client.post(restore, CONFIRMED)
    article.refresh_from_db()
    assert article.title == "Tít đầu"


def test_view_on_site_opens_the_preview_until_readers_can_see_the_article(editor_client):
    draft = make_draft()
    live = make_article()

    draft_page = editor_client.get(change_url(draft)).content.decode()
    live_page = editor_client.get(change_url(live)).content.decode()

    assert f'href="/xem-truoc/{draft.pk}/" class="viewsitelink"' in draft_page
    assert f'href="{live.get_absolute_url()}" class="viewsitelink"' in live_page


def test_desk_labels_read_as_natural_vietnamese(editor_client):
    article = make_article()  # saved by nobody on the desk: the list says who last saved it

    changelist = editor_client.get("/admin/articles/article/").content.decode()
    change = editor_client.get(change_url(article)).content.decode()

    assert "Theo người viết" in changelist and "Đã chọn 0/1" in changelist
    assert ">Lịch sử<" in change
    for odd in ("Bản ghi nhớ", "Bởi của ai", "của 1 được chọn", "ai đó"):
        assert odd not in changelist + change
    assert "(không rõ)" in changelist


def test_a_new_seo_title_or_share_photo_purges_the_stored_article_page(client):
    article = make_article(title="Tít trên báo")
    url = article.get_absolute_url()
    assert "<title>Tít trên báo - " in stored(client, url)
    social = make_image()
    client.force_login(make_editor())

    client.post(
        change_url(article),
        form_data(article, seo_title="Tít cho Google", social_image=str(social.pk)),
    )
    client.logout()

    html = fresh(client, url)
    assert "<title>Tít cho Google - " in html
    assert social.share_rendition().url in html


def test_a_journalist_cannot_change_the_seo_fields_of_a_live_article(client):
    journalist = make_journalist()
    article = make_article(created_by=journalist, seo_title="Tít của biên tập")
    client.force_login(journalist)

    html = client.get(change_url(article)).content.decode()
    client.post(change_url(article), form_data(article, seo_title="Tít phóng viên tự đặt"))

    assert 'name="seo_title"' not in html and "Tít của biên tập" in html
    article.refresh_from_db()
    assert article.seo_title == "Tít của biên tập"
