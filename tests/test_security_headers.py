"""Content-Security-Policy on public pages and the admin; the deploy check with the README's setup."""

import re
import secrets
import subprocess
import sys

import pytest

from tests.deploy.conftest import REPO
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)([^>]*)>", re.I)


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def test_public_pages_allow_scripts_from_our_origin_only(client):
    article = make_article()

    policy = directives(client.get(article.get_absolute_url()))

    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]


def test_the_print_edition_may_show_its_own_pdf_only(client):
    policy = directives(client.get("/"))

    assert policy["object-src"] == ["'self'"]


def test_videos_may_play_only_from_the_hosts_we_embed(client):
    policy = directives(client.get("/"))

    assert sorted(policy["frame-src"]) == [
        "https://www.facebook.com",
        "https://www.youtube-nocookie.com",
    ]


def test_a_page_from_the_page_cache_has_the_policy_and_no_nonce(client):
    url = make_article().get_absolute_url()
    client.get(url)

    stored = client.get(url)

    assert stored["X-Cache"] == "HIT"
    assert "nonce-" not in stored["Content-Security-Policy"]
    assert directives(stored)["script-src"] == ["'self'"]


def test_report_address_is_added_when_configured():
    policy = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.SECURE_CSP['report-uri'])",
        ],
        cwd=REPO,
        env=production_env(CSP_REPORT_URI="https://reports.example.org/csp"),
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert "https://reports.example.org/csp" in policy.stdout, policy.stderr


def test_admin_inline_scripts_carry_the_nonce_of_the_policy(client):
    client.force_login(make_user(is_superuser=True))
    article = make_article()

    response = client.get(f"/admin/articles/article/{article.pk}/change/")

    html = response.content.decode()
    nonces = [v for v in directives(response)["script-src"] if v.startswith("'nonce-")]
    assert response.status_code == 200
    assert "'unsafe-inline'" not in directives(response)["script-src"]
    assert len(nonces) == 1
    nonce = nonces[0].removeprefix("'nonce-").removesuffix("'")
    inline = INLINE_SCRIPT.findall(html)
    assert inline, "the body editor's import map is an inline script"
    assert all(f'nonce="{nonce}"' in attributes for attributes in inline)


def test_admin_allows_the_body_editors_inline_styles_but_no_inline_scripts(client):
    client.force_login(make_user(is_superuser=True))

    policy = directives(client.get("/admin/articles/article/add/"))

    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["script-src"][0] == "'self'"
    assert policy["script-src"][1].startswith("'nonce-")


def test_admin_login_page_has_the_policy(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]


def production_env(**extra):
    """The environment of the README's "Running it in production"."""
    return {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": "postgresql://newsroom:secret@127.0.0.1:5432/newsroom",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "ALLOWED_HOSTS": "baodaklak.vn,www.baodaklak.vn",
        "HTTPS": "1",
        "TRUSTED_PROXY_COUNT": "1",
        "MEDIA_ROOT": "/srv/newsroom/media",
        "STATIC_ROOT": "/srv/newsroom/staticfiles",
        **extra,
    }


def test_deploy_check_finds_nothing_with_the_production_environment():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_https_turns_on_hsts_redirects_and_secure_cookies():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS,"
            " s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE)",
        ],
        cwd=REPO,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.split() == ["True", "31536000", "True", "True", "True"], result.stderr
