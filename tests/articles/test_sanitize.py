"""Article bodies keep what the editor produces and lose everything that could run or restyle."""

import re
from html.parser import HTMLParser

import pytest

from articles.models import Article
from articles.sanitize import sanitize_body
from tests.articles.admin_forms import admin_form_data
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db

XSS_PAYLOADS = {
    "script": "<script>alert(1)</script>",
    "script uppercase": "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "event handler": '<p onclick="alert(1)">Nhấn vào đây</p>',
    "handler on allowed link": '<a href="https://baodaklak.vn/" onmouseover="alert(1)">Tin</a>',
    "img onerror": "<img src=x onerror=alert(1)>",
    "javascript url": '<a href="javascript:alert(1)">Xem</a>',
    "javascript url mixed case": '<a href="JaVaScRiPt:alert(1)">Xem</a>',
    "javascript url with entity": '<a href="&#106;avascript:alert(1)">Xem</a>',
    "javascript url with tab": '<a href="java&#x09;script:alert(1)">Xem</a>',
    "javascript url with space": '<a href=" javascript:alert(1)">Xem</a>',
    "vbscript url": '<a href="vbscript:msgbox(1)">Xem</a>',
    "data url": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Xem</a>',
    "style element": "<style>body{background:url(javascript:alert(1))}</style><p>Chữ</p>",
    "style attribute url": "<p style=\"background:url('javascript:alert(1)')\">Chữ</p>",
    "css overlay": '<p style="position:fixed;top:0;left:0;width:100%;height:100%">Lừa đảo</p>',
    "iframe unknown host": '<iframe src="https://evil.example/"></iframe>',
    "iframe srcdoc": '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    "svg onload": "<svg onload=alert(1)><circle r=1 /></svg>",
    "svg script": "<svg><script>alert(1)</script></svg>",
    "math mutation": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "noscript mutation": '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "comment mutation": '<!--<img src="--><img src=x onerror=alert(1)//">',
    "object": '<object data="javascript:alert(1)"></object>',
    "embed": '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    "form": '<form action="javascript:alert(1)"><input type="submit" value="Gửi"></form>',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "base href": '<base href="https://evil.example/">',
    "stylesheet link": '<link rel="stylesheet" href="https://evil.example/x.css">',
    "details ontoggle": "<details open ontoggle=alert(1)><summary>Mở</summary></details>",
    "template": "<template><script>alert(1)</script></template>",
    "table background": '<table background="javascript:alert(1)"><tr><td>Ô</td></tr></table>',
    "blockquote cite": '<blockquote cite="javascript:alert(1)"><p>Trích</p></blockquote>',
    "dom clobbering id": '<h2 id="csrfmiddlewaretoken" class="x" name="y">Tiêu đề</h2>',
    "image id injection": "<figure data-image-id='1\" onmouseover=\"alert(1)'></figure>",
    "image id not a number": '<figure data-image-id="javascript:alert(1)"></figure>',
    "caption with handler": (
        '<figure data-image-id="999999"><figcaption><img src=x onerror=alert(1)>Chú thích'
        "</figcaption></figure>"
    ),
}

# Tags and attributes the editor produces (articles/sanitize.py BODY_EXTENSIONS).
EDITOR_TAGS = {
    "p", "br", "h2", "h3", "strong", "em", "a", "ul", "ol", "li", "blockquote", "hr",
    "table", "tbody", "thead", "tr", "th", "td", "figure", "figcaption",
}  # fmt: skip
EDITOR_ATTRIBUTES = {
    "a": {"href", "title"},
    "ol": {"start", "type", "data-type"},
    "th": {"colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "figure": {"data-image-id"},
}
DANGEROUS_TAGS = {
    "script", "style", "iframe", "object", "embed", "svg", "math", "form", "input", "meta",
    "link", "base", "frame", "frameset", "template", "noscript", "details", "video", "audio",
}  # fmt: skip
CHAPTER_ID = re.compile(r"muc-[a-z0-9-]+")
SAFE_URL = re.compile(r"^(https?://|mailto:|tel:|/|#|[^:]*$)", re.IGNORECASE)


class _Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements(html):
    parser = _Elements()
    parser.feed(html)
    return parser.elements


def assert_cannot_run(html):
    """Nothing in this HTML can run script, load a foreign document or restyle the page."""
    for tag, attributes in elements(html):
        assert tag not in DANGEROUS_TAGS, html
        for name, value in attributes.items():
            assert not name.startswith("on"), html
            assert name not in {"style", "srcdoc", "name", "background"}, html
            if (
                name == "id"
            ):  # only the chapter ids the server gives headings (articles/chapters.py)
                assert tag == "h2" and CHAPTER_ID.fullmatch(value), html
            if name in {"href", "src", "action", "cite", "data", "formaction"}:
                assert SAFE_URL.match((value or "").strip()), html


def assert_editor_markup_only(html):
    for tag, attributes in elements(html):
        assert tag in EDITOR_TAGS, html
        assert set(attributes) <= EDITOR_ATTRIBUTES.get(tag, set()), html
        if "data-image-id" in attributes:
            assert attributes["data-image-id"].isdigit(), html


@pytest.mark.parametrize("payload", XSS_PAYLOADS.values(), ids=XSS_PAYLOADS.keys())
def test_model_save_strips_payload(payload):
    article = make_article(body=f"<p>Mở đầu</p>{payload}")

    stored = Article.objects.get(pk=article.pk).body

    assert_cannot_run(stored)
    assert_editor_markup_only(stored)
    assert stored.startswith("<p>Mở đầu</p>")


@pytest.mark.parametrize("payload", XSS_PAYLOADS.values(), ids=XSS_PAYLOADS.keys())
def test_public_page_never_shows_payload(client, payload):
    article = make_article(body=f"<p>Mở đầu</p>{payload}")

    html = client.get(article.get_absolute_url()).content.decode()

    body = html[html.index('<div class="article__body">') : html.index('class="reader-comments"')]
    assert "<p>Mở đầu</p>" in body
    assert_cannot_run(body)


@pytest.mark.parametrize("payload", XSS_PAYLOADS.values(), ids=XSS_PAYLOADS.keys())
def test_admin_post_strips_payload(client, payload):
    client.force_login(make_user(is_superuser=True))
    article = make_article(title="Bài có mã độc")
    url = f"/admin/articles/article/{article.pk}/change/"
    data = admin_form_data(client.get(url), "article_form")
    data["body"] = [f"<p>Nội dung thật</p>{payload}"]

    response = client.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    stored = Article.objects.get(pk=article.pk).body
    assert_cannot_run(stored)
    assert_editor_markup_only(stored)
    assert stored.startswith("<p>Nội dung thật</p>")


EDITOR_OUTPUT = (
    "<h2>Tiêu đề phụ</h2><h3>Tiêu đề nhỏ</h3>"
    '<p>Đoạn có <strong>chữ đậm</strong>, <em>chữ nghiêng</em> và <a href="https://baodaklak.vn/">'
    'liên kết</a>, <a href="/thoi-su/" title="Thời sự">nội bộ</a>, <a href="mailto:toasoan@'
    'baodaklak.vn">thư</a>, <a href="tel:+842623852000">điện thoại</a>.<br>Dòng mới.</p>'
    '<ul><li><p>Một</p></li></ul><ol start="3"><li><p>Ba</p></li></ol>'
    "<blockquote><p>Trích dẫn</p></blockquote><hr>"
    "<table><tbody><tr><th>Giá</th><td>120.000 đồng</td></tr></tbody></table>"
    '<figure data-image-id="42"><figcaption>Chú thích riêng &amp; ngắn</figcaption></figure>'
    '<figure data-image-id="43"></figure>'
)


def test_everything_the_editor_produces_survives_unchanged():
    assert sanitize_body(EDITOR_OUTPUT) == EDITOR_OUTPUT


def test_editor_output_survives_admin_post(client):
    client.force_login(make_user(is_superuser=True))
    article = make_article()
    url = f"/admin/articles/article/{article.pk}/change/"
    data = admin_form_data(client.get(url), "article_form")
    data["body"] = [EDITOR_OUTPUT]

    assert client.post(url, data).status_code == 302
    assert Article.objects.get(pk=article.pk).body == EDITOR_OUTPUT


def test_empty_editor_paragraph_is_stored_as_empty_body():
    article = make_article(body="<p></p>")

    assert Article.objects.get(pk=article.pk).body == ""


def test_article_without_a_body_is_stored_with_an_empty_body():
    article = make_article(body="")

    assert Article.objects.get(pk=article.pk).body == ""


def test_links_lose_target_so_no_page_we_link_to_can_reach_back():
    # A target="_blank" link without rel="noopener" hands the opened page window.opener.
    stored = sanitize_body('<p><a href="https://baodaklak.vn/" target="_blank">Tin</a></p>')

    assert stored == '<p><a href="https://baodaklak.vn/">Tin</a></p>'
