"""Templates stay ready for a strict Content-Security-Policy: no inline code or styles."""

import re
from pathlib import Path

import pytest

TEMPLATES = sorted((Path(__file__).resolve().parent.parent / "templates").rglob("*.html"))

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", re.I)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.I)
STYLE_ELEMENT = re.compile(r"<style\b", re.I)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: path.name)
def test_template_has_no_inline_script_handler_or_style(template):
    source = template.read_text(encoding="utf-8")

    for pattern in (INLINE_SCRIPT, EVENT_HANDLER, STYLE_ATTRIBUTE, STYLE_ELEMENT):
        assert not pattern.search(source), f"{template}: {pattern.search(source).group(0)}"


def test_the_checks_catch_what_they_are_for():
    assert INLINE_SCRIPT.search("<script>alert(1)</script>")
    assert not INLINE_SCRIPT.search('<script src="/static/js/site.js" defer></script>')
    assert not INLINE_SCRIPT.search('<script type="application/ld+json">{}</script>')
    assert EVENT_HANDLER.search('<img src="x" onerror="alert(1)">')
    assert STYLE_ATTRIBUTE.search('<p style="color: red">')
