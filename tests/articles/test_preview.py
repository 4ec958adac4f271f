from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, PreviewLink
from tests.articles.helpers import make_draft, make_editor, make_journalist
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def preview_url(article):
    return f"/xem-truoc/{article.pk}/"


def test_anonymous_reader_gets_404_for_a_draft_preview(client):
    article = make_draft(title="Bản nháp bí mật")

    response = client.get(preview_url(article))

    assert response.status_code == 404
    assert "Bản nháp bí mật" not in response.content.decode()


def test_staff_preview_renders_the_article_page_with_a_banner_and_never_cache(client):
    article = make_draft(title="Bản nháp cho biên tập")
    client.force_login(make_editor())

    response = client.get(preview_url(article))

    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 class="article__title">Bản nháp cho biên tập</h1>' in html
    assert "Bản xem trước" in html
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"].startswith("noindex")
    assert '<meta name="robots" content="noindex, nofollow">' in html


def test_scheduled_article_preview_says_when_readers_will_see_it(client):
    at = timezone.now() + timedelta(days=1)
    article = make_draft(status=Article.Status.PUBLISHED, published_at=at)
    client.force_login(make_editor())

    html = client.get(preview_url(article)).content.decode()

    assert "Đã hẹn giờ: bạn đọc sẽ thấy bài từ" in html
    assert timezone.localtime(at).strftime("%H:%M, %d/%m/%Y") in html


def test_journalist_previews_own_draft_but_not_a_colleagues(client):
    journalist = make_journalist()
    own = make_draft(created_by=journalist)
    colleagues = make_draft(created_by=make_journalist())
    client.force_login(journalist)

    assert client.get(preview_url(own)).status_code == 200
    assert client.get(preview_url(colleagues)).status_code == 404


def test_logged_in_non_staff_user_gets_404(client):
    client.force_login(make_user(is_staff=False))

    assert client.get(preview_url(make_draft())).status_code == 404


def test_secret_link_works_without_login_until_it_expires(client):
    editor = make_editor()
    article = make_draft(title="Bài chờ thẩm định", created_by=editor)
    client.force_login(editor)
    client.post(f"/admin/articles/article/{article.pk}/share/", {"days": "3"})
    link = PreviewLink.objects.get(article=article)
    client.logout()

    response = client.get(link.get_absolute_url())

    assert response.status_code == 200
    assert "Bài chờ thẩm định" in response.content.decode()
    assert response["X-Robots-Tag"].startswith("noindex")
    assert "no-cache" in response["Cache-Control"]
    assert timezone.now() + timedelta(days=2) < link.expires_at

    # Its expiry time arrives (set on the row; the view compares with the real clock).
    PreviewLink.objects.filter(pk=link.pk).update(expires_at=timezone.now())
    assert client.get(link.get_absolute_url()).status_code == 404


def test_unknown_secret_link_is_404(client):
    assert client.get("/xem-truoc/chia-se/khong-co-that/").status_code == 404


def test_journalist_cannot_share_a_colleagues_draft(client):
    journalist = make_journalist()
    article = make_draft(created_by=make_journalist())
    client.force_login(journalist)

    response = client.post(f"/admin/articles/article/{article.pk}/share/", {"days": "3"})

    assert response.status_code == 403
    assert not PreviewLink.objects.exists()


def test_editor_cannot_share_a_published_article(client):
    editor = make_editor()
    article = make_draft(
        created_by=editor,
        status=Article.Status.PUBLISHED,
        published_at=timezone.now() - timedelta(hours=1),
    )
    client.force_login(editor)

    response = client.post(f"/admin/articles/article/{article.pk}/share/", {"days": "3"})

    assert response.status_code == 403
    assert not PreviewLink.objects.exists()


def test_previewed_drafts_never_appear_in_public_lists(client):
    article = make_draft(title="Không được lộ")
    PreviewLink.share(article, None, days=1)

    for url in ["/", article.section.get_absolute_url()]:
        assert "Không được lộ" not in client.get(url).content.decode()
