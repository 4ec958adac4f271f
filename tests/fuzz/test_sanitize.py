"""The body sanitiser against generated HTML: nothing it returns can run, and it is idempotent."""

from html.parser import HTMLParser

from hypothesis import example, given
from hypothesis import strategies as st

from articles.sanitize import sanitize_body

TAGS = [
    "p", "a", "img", "script", "style", "iframe", "svg", "math", "object", "embed", "form",
    "input", "button", "figure", "figcaption", "table", "td", "h2", "ul", "li", "strong",
    "noscript", "template", "base", "meta", "link", "textarea", "xmp", "title", "frame",
]  # fmt: skip
ATTRIBUTES = [
    "href", "src", "onclick", "onerror", "onload", "OnMouseOver", "style", "target", "rel",
    "data-image-id", "data-gallery-id", "class", "id", "formaction", "action", "xlink:href",
    "srcdoc", "background", "poster",
]  # fmt: skip
URLS = [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "java\nscript:x", "&#106;avascript:alert(1)", "&#x6A;avascript:x", "javascript&colon;x",
    "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "https://baolaichau.vn/",
    "/tin-tuc/", "mailto:toa-soan@example.com", "\x00javascript:x", "\u200bjavascript:x",
]  # fmt: skip
STYLES = ["color:red", "background:url(javascript:x)", "expression(alert(1))"]

attribute_value = st.one_of(st.sampled_from(URLS), st.sampled_from(STYLES), st.text(max_size=20))
attribute = st.tuples(st.sampled_from(ATTRIBUTES), attribute_value).map(
    lambda pair: f' {pair[0]}="{pair[1]}"' if '"' not in pair[1] else f" {pair[0]}='{pair[1]}'"
)


@st.composite
def element(draw, depth=0):
    tag = draw(st.sampled_from(TAGS))
    attributes = "".join(draw(st.lists(attribute, max_size=3)))
    inner = draw(
        st.lists(
            st.one_of(st.text(max_size=15), element(depth + 1))
            if depth < 3
            else st.text(max_size=15),
            max_size=3,
        )
    )
    closing = draw(st.sampled_from([f"</{tag}>", "", f"</{tag.upper()}>", f"</{tag} >"]))
    return f"<{draw(st.sampled_from([tag, tag.upper()]))}{attributes}>{''.join(inner)}{closing}"


body_html = st.one_of(
    st.lists(st.one_of(element(), st.text(max_size=20)), max_size=5).map("".join),
    st.text(max_size=200),
)
ALLOWED_URL_STARTS = ("http://", "https://", "mailto:", "tel:", "/", "#", "?")


class ActiveContent(HTMLParser):
    """Everything in the output that a browser could run or use to load code."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style", "iframe", "object", "embed", "svg", "math", "base"}:
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on") or name in {"style", "srcdoc", "formaction", "target"}:
                self.found.append(f"{tag} {name}")
            if name in {"href", "src", "action", "xlink:href", "background", "poster"}:
                url = "".join(char for char in (value or "") if char.isprintable()).strip()
                scheme = url.split(":", 1)[0].lower() if ":" in url else ""
                if scheme and not url.lower().startswith(ALLOWED_URL_STARTS):
                    self.found.append(f"{tag} {name}={value!r}")


def active_content(markup):
    parser = ActiveContent()
    parser.feed(markup)
    parser.close()
    return parser.found


@given(body_html)
@example('<a href="java\tscript:alert(1)">x</a>')
@example('<p style="color:red" onclick="x()">x</p>')
@example("<scr<script>ipt>alert(1)</script>")
@example('<svg><a xlink:href="javascript:x"><text>x</text></a></svg>')
def test_sanitised_body_holds_no_active_content(markup):
    cleaned = sanitize_body(markup)

    assert active_content(cleaned) == []
    assert "<script" not in cleaned.lower()


@given(body_html)
@example("<p></p><p><BUTTON></p>")
def test_sanitising_twice_changes_nothing(markup):
    cleaned = sanitize_body(markup)

    assert sanitize_body(cleaned) == cleaned
