"""Library photos inside article bodies: stored as references, resolved on the public page."""

import copy
import json
import re

import pytest
from django.contrib.auth.models import Permission
from django.contrib.staticfiles import finders
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.csp import CSP

from articles.models import Article
from multimedia.models import Image
from tests.articles.admin_forms import admin_form_data
from tests.articles.helpers import make_editor
from tests.factories import jpeg_bytes, make_article, make_image, make_user

pytestmark = pytest.mark.django_db


def figure(image, caption=""):
    caption_html = f"<figcaption>{caption}</figcaption>" if caption else ""
    return f'<figure data-image-id="{image.pk}">{caption_html}</figure>'


def body_html(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    return html[html.index('<div class="article__body">') : html.index('class="reader-comments"')]


def test_body_photo_shows_library_file_alt_text_caption_and_credit(client):
    image = make_image(alt_text="Voi bản Đôn", caption="Đàn voi về buôn", credit="Hữu Hùng")
    article = make_article(body=f"<p>Trước ảnh.</p>{figure(image)}<p>Sau ảnh.</p>")

    html = body_html(client, article)

    assert f'src="{image.picture().src}"' in html
    assert 'alt="Voi bản Đôn"' in html
    assert "<figcaption>Đàn voi về buôn" in html
    assert "Ảnh: Hữu Hùng" in html
    assert html.index("Trước ảnh.") < html.index(image.picture().src) < html.index("Sau ảnh.")


def test_caption_for_this_article_replaces_library_caption_but_not_alt_text(client):
    image = make_image(alt_text="Voi bản Đôn", caption="Chú thích trong thư viện")
    article = make_article(body=figure(image, "Voi ở hồ Lắk sáng 27/11"))

    html = body_html(client, article)

    assert "Voi ở hồ Lắk sáng 27/11" in html
    assert "Chú thích trong thư viện" not in html
    assert 'alt="Voi bản Đôn"' in html


def test_library_change_shows_in_every_article_using_the_photo(client):
    image = make_image(alt_text="Cũ", caption="Chú thích cũ", credit="Người cũ")
    first = make_article(body=figure(image))
    second = make_article(body=f"<p>Bài khác</p>{figure(image)}")

    Image.objects.filter(pk=image.pk).update(
        alt_text="Mô tả mới", caption="Chú thích mới", credit="Thế Anh"
    )

    for article in (first, second):
        html = body_html(client, article)
        assert 'alt="Mô tả mới"' in html and "Chú thích mới" in html and "Ảnh: Thế Anh" in html
        assert "Chú thích cũ" not in html


def test_photo_gone_from_library_is_left_out(client):
    image = make_image()
    article = make_article(body=f"<p>Vẫn đọc được.</p>{figure(image, 'Chú thích riêng')}")
    image.delete()

    html = body_html(client, article)

    assert "Vẫn đọc được." in html
    assert "<figure" not in html and "Chú thích riêng" not in html


def test_caption_for_this_article_is_plain_escaped_text(client):
    image = make_image()
    article = make_article(body=figure(image, "Giá &lt;b&gt;tăng&lt;/b&gt; &amp; giảm"))

    html = body_html(client, article)

    assert "Giá &lt;b&gt;tăng&lt;/b&gt; &amp; giảm" in html
    assert "<b>" not in html


def test_body_photos_cost_one_query_however_many(client, uncached_queries):
    section_article = make_article(body="<p>Không ảnh.</p>")
    without_photos, _ = uncached_queries(section_article.get_absolute_url())
    one_photo = make_article(section=section_article.section, body=figure(make_image()))
    five_photos = make_article(
        section=section_article.section,
        body="".join(figure(make_image(), f"Ảnh {n}") for n in range(5)),
    )

    # The related-articles list grows by the same two articles for both pages, so the only
    # difference from the page without photos is the one query that loads the body's images.
    for article in (one_photo, five_photos):
        queries, _ = uncached_queries(article.get_absolute_url())
        assert len(queries) == len(without_photos) + 1
    assert body_html(client, five_photos).count("<figure") == 5


# The admin editor -----------------------------------------------------------------------------


def editor_config(response):
    match = re.search(r'data-django-prose-editor-configurable="([^"]*)"', response.content.decode())
    assert match, "the body has no prose editor"
    return json.loads(match[1].replace("&quot;", '"').replace("&amp;", "&"))


def test_admin_body_is_a_rich_text_editor_with_the_photo_extension(client):
    client.force_login(make_user(is_superuser=True))
    article = make_article()

    response = client.get(f"/admin/articles/article/{article.pk}/change/")

    config = editor_config(response)
    for extension in ["Bold", "Italic", "Link", "Heading", "BulletList", "Blockquote"]:
        assert extension in config["extensions"]
    photos = config["extensions"]["ArticleImage"]
    assert photos["searchUrl"] == "/admin/body-editor/images/"
    assert photos["uploadUrl"] == "/admin/multimedia/image/add/"
    assert "/static/js/article-body-editor.js" in config["js_modules"]
    html = response.content.decode()
    assert "django_prose_editor/editor.js" in html
    assert photos["cssUrl"] == "/static/css/article-body-editor.css"
    assert finders.find("css/article-body-editor.css") and finders.find("js/article-body-editor.js")


def test_editor_strings_are_translated_for_the_admin(client):
    client.force_login(make_user(is_superuser=True))

    catalog = client.get("/admin/jsi18n/").content.decode()

    # JSON-escaped: "Chèn ảnh" for our button, "Sửa liên kết" for the editor's own link dialog.
    assert '"Insert photo": "Ch\\u00e8n \\u1ea3nh"' in catalog
    assert '"Edit Link": "S\\u1eeda li\\u00ean k\\u1ebft"' in catalog


def test_uploading_in_the_popup_hands_the_new_photo_to_the_editor(client):
    client.force_login(make_user(is_superuser=True))
    upload = SimpleUploadedFile("voi.jpg", jpeg_bytes(), content_type="image/jpeg")

    response = client.post(
        "/admin/multimedia/image/add/?_popup=1",
        {"file": upload, "alt_text": "Voi tắm sông", "caption": "Voi Đôn", "_popup": "1"},
    )

    image = Image.objects.get(alt_text="Voi tắm sông")
    assert response.status_code == 200
    assert "popup_response.js" in response.content.decode()
    assert f"&quot;value&quot;: &quot;{image.pk}&quot;" in response.content.decode()
    found = client.get("/admin/body-editor/images/", {"id": image.pk}).json()["results"]
    assert [photo["alt"] for photo in found] == ["Voi tắm sông"]


# The photo search the editor uses -------------------------------------------------------------


def writer():
    user = make_user()
    user.user_permissions.add(Permission.objects.get(codename="add_article"))
    return user


def test_photo_search_finds_by_caption_alt_text_or_credit(client):
    client.force_login(writer())
    wanted = make_image(caption="Lễ hội cà phê Buôn Ma Thuột", alt_text="Đám đông", credit="A")
    by_credit = make_image(caption="Khác", alt_text="Khác", credit="Lễ Hội Media")
    make_image(caption="Đường phố", alt_text="Xe máy", credit="B")

    found = client.get("/admin/body-editor/images/", {"q": "lễ hội"}).json()

    assert {photo["id"] for photo in found["results"]} == {wanted.pk, by_credit.pk}
    photo = next(photo for photo in found["results"] if photo["id"] == wanted.pk)
    assert photo["url"] == wanted.file.url and photo["alt"] == "Đám đông"


def test_photo_search_is_paginated_newest_first(client):
    client.force_login(writer())
    images = [make_image(caption=f"Ảnh {n}") for n in range(25)]

    first = client.get("/admin/body-editor/images/").json()
    second = client.get("/admin/body-editor/images/", {"page": 2}).json()

    assert len(first["results"]) == 24 and first["has_next"]
    assert first["results"][0]["id"] == images[-1].pk
    assert [photo["id"] for photo in second["results"]] == [images[0].pk]
    assert not second["has_next"]


def test_photo_lookup_by_id_ignores_garbage(client):
    client.force_login(writer())
    image = make_image()

    found = client.get("/admin/body-editor/images/", {"id": [image.pk, "1 OR 1=1", "-3"]}).json()

    assert [photo["id"] for photo in found["results"]] == [image.pk]


@pytest.mark.parametrize(
    "user",
    [None, lambda: make_user(is_staff=False), lambda: make_user()],
    ids=["anonymous", "reader account", "staff who cannot write articles"],
)
def test_photo_search_is_refused_to_everyone_but_writers(client, user):
    if user:
        client.force_login(user())
    make_image()

    response = client.get("/admin/body-editor/images/")

    assert response.status_code == 403
    assert "results" not in response.json()
    assert response.json()["error"]
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_article_saved_through_admin_keeps_photo_reference(client):
    client.force_login(make_user(is_superuser=True))
    image = make_image(caption="Chú thích thư viện")
    article = make_article()
    url = f"/admin/articles/article/{article.pk}/change/"
    data = admin_form_data(client.get(url), "article_form")
    data["body"] = [f"<p>Mở đầu</p>{figure(image, 'Chú thích riêng')}"]

    assert client.post(url, data).status_code == 302

    article = Article.objects.get(pk=article.pk)
    assert figure(image, "Chú thích riêng") in article.body
    assert "Chú thích riêng" in body_html(client, article)


def test_admin_editor_works_under_a_strict_csp(client, settings):
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "django.middleware.csp.ContentSecurityPolicyMiddleware",
    ]
    settings.SECURE_CSP = {
        "default-src": [CSP.SELF],
        "script-src": [CSP.SELF, CSP.NONCE],
        "style-src": [CSP.SELF, CSP.NONCE],
    }
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["OPTIONS"]["context_processors"].append("django.template.context_processors.csp")
    settings.TEMPLATES = templates
    client.force_login(make_user(is_superuser=True))

    response = client.get(f"/admin/articles/article/{make_article().pk}/change/")

    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])[1]
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", response.content.decode())
    assert any('type="importmap"' in tag for tag in inline_scripts)  # the editor's import map
    for tag in inline_scripts:
        assert f'nonce="{nonce}"' in tag or 'type="application/json"' in tag, tag


def test_photo_lookup_answers_for_every_photo_of_a_long_photo_story(client):
    client.force_login(writer())
    images = [make_image() for _ in range(30)]

    found = client.get("/admin/body-editor/images/", {"id": [image.pk for image in images]}).json()

    assert {photo["id"] for photo in found["results"]} == {image.pk for image in images}


@pytest.mark.parametrize(
    "url",
    [
        "/admin/body-editor/images/?id=%C2%B2",  # "²" passes str.isdigit() but is no number
        "/admin/body-editor/galleries/?id=%C2%B2",
    ],
)
def test_library_lookup_ignores_ids_that_are_not_plain_numbers(client, url):
    client.force_login(make_editor())
    response = client.get(url)
    assert response.status_code == 200
    assert response.json()["results"] == []


@pytest.mark.parametrize(
    "url", ["/admin/body-editor/images/?q=%00", "/admin/body-editor/galleries/?q=%00"]
)
def test_library_search_with_a_nul_character_is_a_bad_request(client, url):
    client.force_login(make_editor())
    response = client.get(url, headers={"Accept": "application/json"})  # as the editor asks
    assert response.status_code == 400
    assert "NUL" in response.json()["error"]
