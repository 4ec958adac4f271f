"""E-magazine long reads and infographics: the presentation field through the desk, the workflow,
revisions and the reader's pages (tests/browser/test_longform.py looks at them in a browser)."""

import json
import re

import pytest

import pagecache
from articles.admin.diff import compare
from articles.chapters import chapters, with_chapter_ids
from articles.emagazine import emagazine_block
from articles.models import Article, Revision
from articles.models.presentation import INFOGRAPHIC_MIN_ALT_LENGTH
from articles.models.revisions import snapshot
from tests.factories import make_article, make_image, make_section
from tests.multimedia.helpers import make_photo

from .helpers import (
    LONG_ALT_TEXT,
    change_url,
    database_state,
    form_data,
    make_draft,
    make_editor,
    make_emagazine,
    make_infographic,
    make_journalist,
    workflow_url,
)

pytestmark = pytest.mark.django_db


# Chapters ---------------------------------------------------------------------------------------


def test_chapter_ids_come_from_the_headings_and_repeat_with_a_number():
    body = "<h2>Rẫy nhà</h2><p>a</p><h2>Đắk <strong>Lắk</strong></h2><h2>Rẫy nhà</h2><h3>x</h3>"

    assert chapters(body) == [
        ("muc-ray-nha", "Rẫy nhà"),
        ("muc-dak-lak", "Đắk Lắk"),
        ("muc-ray-nha-2", "Rẫy nhà"),
    ]
    assert with_chapter_ids(body) == (
        '<h2 id="muc-ray-nha">Rẫy nhà</h2><p>a</p><h2 id="muc-dak-lak">Đắk <strong>Lắk</strong>'
        '</h2><h2 id="muc-ray-nha-2">Rẫy nhà</h2><h3>x</h3>'
    )


def test_an_editors_own_heading_id_is_replaced_by_the_servers(client):
    article = make_article(body='<h2 id="csrfmiddlewaretoken" onclick="x()">Mở đầu</h2>')

    page = client.get(article.get_absolute_url()).content.decode()

    assert '<h2 id="muc-mo-dau">Mở đầu</h2>' in page
    assert "csrfmiddlewaretoken" not in page


def test_emagazine_page_has_cover_contents_and_credits(client):
    article = make_emagazine()

    page = client.get(article.get_absolute_url()).content.decode()

    cover = page.split('<header class="emagazine-cover">', 1)[1].split("</header>", 1)[0]
    assert f'<h1 class="emagazine-cover__title">{article.title}</h1>' in cover
    assert 'sizes="100vw"' in cover and "loading" not in cover  # the first screen loads at once
    contents = re.findall(r'<li><a href="#(muc-[a-z0-9-]+)">', page)
    assert contents == [
        "muc-ray-nha-ba-the-he",
        "muc-hop-tac-xa-cua-nguoi-tre",
        "muc-xuong-rang-giua-pho",
    ]
    for anchor in contents:
        assert f'<h2 id="{anchor}">' in page
    assert '<div class="credits__row"><dt>Ảnh</dt><dd>Duy Tiến</dd></div>' in page
    assert "css/emagazine.css" in page
    assert " style=" not in page


def test_emagazine_page_keeps_corrections_comments_and_bylines(client):
    from articles.models import Correction
    from tests.comments.helpers import make_comment
    from tests.factories import make_author

    article = make_emagazine()
    article.bylines.create(author=make_author(name="Minh Khôi"), position=0)
    Correction.objects.create(article=article, text="Sửa tên xã Ea Tu.")
    make_comment(article, name="Y Đức", body="Bài viết rất đẹp.")

    page = client.get(article.get_absolute_url()).content.decode()

    assert "Sửa tên xã Ea Tu." in page
    assert "Bài viết rất đẹp." in page
    assert ">Minh Khôi</a>" in page
    assert page.index('class="credits"') < page.index('id="comments-heading"')


def test_a_standard_article_keeps_its_page(client):
    article = make_article(body="<h2>Một</h2><p>Nội dung.</p>")

    page = client.get(article.get_absolute_url()).content.decode()

    assert "emagazine-cover" not in page and "emagazine.css" not in page
    assert '<div class="article__body">' in page


def test_emagazine_body_photos_ask_for_screen_wide_renditions(client):
    article = make_emagazine()

    page = client.get(article.get_absolute_url()).content.decode()
    body = page.split('class="article__body emagazine-body">', 1)[1]

    assert body.count('sizes="100vw"') >= 2  # webp source and jpeg of the first body photo


# Credits ----------------------------------------------------------------------------------------


def test_credits_must_be_role_and_names_lines(client):
    editor = make_editor()
    client.force_login(editor)
    article = make_draft(created_by=editor)
    before = database_state()

    response = client.post(
        change_url(article), form_data(article, credits="Nội dung: Minh Khôi\nDuy Tiến")
    )

    assert response.status_code == 200
    assert "dòng “Duy Tiến” chưa đúng dạng này" in response.content.decode()
    assert database_state() == before


# Infographics -----------------------------------------------------------------------------------


def infographic_post(article, image):
    return form_data(
        article,
        presentation="infographic",
        body=f'<figure data-image-id="{image.pk}"></figure>',
    )


def test_an_infographic_cannot_be_saved_with_a_short_alt_text(client):
    journalist = make_journalist()
    client.force_login(journalist)
    article = make_draft(created_by=journalist)
    image = make_image(alt_text="Biểu đồ cà phê")
    before = database_state()

    response = client.post(change_url(article), infographic_post(article, image))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Mô tả thay thế (alt) của ảnh" in html
    assert f"mới có 14 ký tự; bài infographic cần ít nhất {INFOGRAPHIC_MIN_ALT_LENGTH}" in html
    assert database_state() == before


def test_an_infographic_needs_a_picture(client):
    journalist = make_journalist()
    client.force_login(journalist)
    article = make_draft(created_by=journalist)

    response = client.post(
        change_url(article), form_data(article, presentation="infographic", body="<p>Chữ.</p>")
    )

    assert "Bài infographic cần ít nhất một ảnh từ thư viện ảnh" in response.content.decode()
    assert Article.objects.get(pk=article.pk).presentation == "standard"


def test_an_infographic_with_a_long_alt_text_is_saved_and_published(client):
    journalist, editor = make_journalist(), make_editor()
    client.force_login(journalist)
    article = make_draft(created_by=journalist)
    image = make_image(alt_text=LONG_ALT_TEXT)

    response = client.post(change_url(article), infographic_post(article, image))
    assert response.status_code == 302
    client.post(workflow_url(article, "submit"))
    client.force_login(editor)
    client.post(workflow_url(article, "publish"))

    article.refresh_from_db()
    assert article.presentation == "infographic"
    assert article.is_published()


def test_publishing_refuses_an_infographic_whose_alt_text_was_shortened(client):
    editor = make_editor()
    image = make_image(alt_text=LONG_ALT_TEXT)
    article = make_draft(
        presentation="infographic", body=f'<figure data-image-id="{image.pk}"></figure>'
    )
    image.alt_text = "Biểu đồ"
    image.save()
    client.force_login(editor)

    response = client.post(workflow_url(article, "publish"), follow=True)

    assert "Mô tả thay thế (alt) của ảnh" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_infographic_page_links_each_picture_to_its_full_size(client):
    article = make_infographic()
    image = article.featured_image

    page = client.get(article.get_absolute_url()).content.decode()

    body = page.split('class="article__body infographic-body">', 1)[1]
    assert f'<a class="figure__zoom" href="{image.file.url}">' in body
    assert f'alt="{LONG_ALT_TEXT}"' in body
    assert 'width="' in body and 'height="' in body and "srcset=" in body
    assert "Mở ảnh kích thước đầy đủ" in body
    assert page.count(f'alt="{LONG_ALT_TEXT}"') == 1  # not the featured image again


def test_infographic_json_ld_describes_its_pictures(client):
    article = make_infographic()
    image = article.featured_image

    page = client.get(article.get_absolute_url()).content.decode()
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    news = next(data for data in map(json.loads, scripts) if data["@type"] == "NewsArticle")

    picture = news["image"][0]
    assert picture["@type"] == "ImageObject"
    assert picture["contentUrl"] == f"http://testserver{image.file.url}"
    assert picture["description"] == LONG_ALT_TEXT
    assert (picture["width"], picture["height"]) == (image.width, image.height)
    assert news["genre"] == "Infographic"


# Revisions --------------------------------------------------------------------------------------


def test_presentation_and_credits_are_kept_compared_and_restored():
    editor = make_editor()
    article = make_article(presentation="emagazine", credits="Ảnh: Duy Tiến")
    first = Revision.keep(article, editor)
    article.presentation, article.credits = "standard", ""
    article.save()
    second = Revision.keep(article, editor)

    labels = dict(compare(first.content, second.content))
    assert str(labels["kiểu trình bày"]) == "<del>E-magazine</del><ins>Tiêu chuẩn</ins>"

    first.restore(editor)
    article.refresh_from_db()
    assert (article.presentation, article.credits) == ("emagazine", "Ảnh: Duy Tiến")


def test_a_revision_kept_before_presentations_existed_restores_as_standard():
    editor = make_editor()
    article = make_article(presentation="emagazine", credits="Ảnh: Duy Tiến")
    old = snapshot(article)
    del old["presentation"], old["credits"]
    revision = Revision.objects.create(article=article, content=old, created_by=editor)

    revision.restore(editor)

    article.refresh_from_db()
    assert (article.presentation, article.credits) == ("standard", "")


# Lists ------------------------------------------------------------------------------------------


def test_emagazine_list_shows_published_long_reads_only(client):
    shown = make_emagazine(title="Buôn làng mùa lễ hội")
    make_emagazine(title="Bản nháp dài", status="draft", published_at=None)
    make_article(title="Tin thường trong ngày")

    page = client.get("/emagazine/").content.decode()

    assert shown.title in page
    assert "Bản nháp dài" not in page and "Tin thường trong ngày" not in page
    assert "Những bài viết dài, ảnh lớn, kể theo từng chương." in page


def test_emagazine_list_costs_the_same_for_two_or_twelve(uncached_queries):
    section = make_section()
    for _ in range(2):
        make_article(section=section, presentation="emagazine", featured_image=make_photo())
    few, _html = uncached_queries("/emagazine/")
    for _ in range(10):
        make_article(section=section, presentation="emagazine", featured_image=make_photo())
    many, html = uncached_queries("/emagazine/")

    assert len(many) == len(few)
    assert html.count('class="emagazine-card"') == 12


def test_emagazine_list_is_paginated(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    for number in range(3):
        make_article(title=f"Bài dài số {number}", presentation="emagazine")

    second = client.get("/emagazine/?page=2").content.decode()

    assert second.count('class="emagazine-card"') == 1
    assert "Bài dài số 0" in second


def test_home_block_shows_the_three_newest_long_reads_built_in_one_query_then_shared(
    django_assert_num_queries,
):
    for number in range(4):
        make_article(title=f"Bài dài số {number}", presentation="emagazine")

    emagazine_block()  # the next scheduled publication is a shared fragment the home holds
    pagecache.forget("home-emagazine")
    with django_assert_num_queries(1):
        html = emagazine_block()["emagazine_block"]
    with django_assert_num_queries(0):
        assert emagazine_block()["emagazine_block"] == html

    assert html.count('class="emagazine-card"') == 3
    assert "Bài dài số 0" not in html  # the oldest
    assert 'href="/emagazine/"' in html


def test_a_section_cannot_take_the_emagazine_address():
    from django.core.exceptions import ValidationError

    section = make_section(slug="emagazine-tam")
    section.slug = "emagazine"
    with pytest.raises(ValidationError):
        section.full_clean()


# Preview, search, feeds, sitemaps ---------------------------------------------------------------


def test_a_draft_long_read_previews_as_it_will_be_read(client):
    editor = make_editor()
    article = make_emagazine(status="draft", published_at=None, created_by=editor)
    client.force_login(editor)

    staff = client.get(f"/xem-truoc/{article.pk}/").content.decode()
    client.post(f"/admin/articles/article/{article.pk}/share/", {"days": "1"})
    link = article.preview_links.get()
    client.logout()
    shared = client.get(link.get_absolute_url()).content.decode()

    for page in (staff, shared):
        assert 'class="emagazine-cover"' in page
        assert '<a href="#muc-xuong-rang-giua-pho">' in page
    assert client.get(article.get_absolute_url()).status_code == 404


def test_long_reads_are_found_fed_and_mapped_like_any_article(client):
    article = make_emagazine(title="Hành trình hạt cà phê đặc sản")
    infographic = make_infographic()

    search = client.get("/tim-kiem/", {"q": "hạt cà phê đặc sản"}).content.decode()
    feed = client.get("/rss/").content.decode()
    sitemap = "".join(
        client.get(url).content.decode() for url in ("/sitemap-news.xml", "/sitemap.xml")
    )

    assert article.title in search
    assert article.title in feed and infographic.title in feed
    assert article.get_absolute_url() in sitemap
