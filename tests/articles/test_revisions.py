import pytest
from django.db.models import ProtectedError

from articles.models import Article, PublishedVersion, Revision
from tests.articles.helpers import (
    CONFIRMED,
    add_byline_rows,
    change_url,
    form_data,
    make_draft,
    make_editor,
    make_journalist,
    make_moderator,
    workflow_url,
)
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db


def revisions_url(article):
    return f"/admin/articles/article/{article.pk}/revisions/"


def test_every_save_keeps_a_revision_with_byline_order_and_tags(client):
    editor = make_editor()
    first, second = make_author(name="Duy Tiến"), make_author(name="Hoàng Gia")
    article = make_draft()
    client.force_login(editor)

    data = add_byline_rows(
        form_data(article, title="Bản một", tags="Cà phê, Đắk Lắk"), [second, first]
    )
    assert client.post(change_url(article), data).status_code == 302
    client.post(change_url(article), form_data(article, title="Bản hai"))

    revisions = list(Revision.objects.filter(article=article).order_by("created_at", "pk"))
    assert [revision.content["title"] for revision in revisions] == ["Bản một", "Bản hai"]
    assert revisions[0].content["authors"] == [[second.pk, "Hoàng Gia"], [first.pk, "Duy Tiến"]]
    assert revisions[0].content["tags"] == ["Cà phê", "Đắk Lắk"]
    assert revisions[1].created_by == editor


def test_editor_sees_a_readable_diff_between_two_revisions(client):
    article = make_draft(body="<p>Giá cà phê hôm nay tăng mạnh.</p>")
    client.force_login(make_editor())
    client.post(change_url(article), form_data(article, title="Giá cà phê"))
    client.post(
        change_url(article),
        form_data(article, title="Giá cà phê", body="<p>Giá cà phê hôm nay giảm nhẹ.</p>"),
    )
    older, newer = Revision.objects.filter(article=article).order_by("created_at", "pk")

    response = client.get(revisions_url(article), {"a": older.pk, "b": newer.pk})

    html = response.content.decode()
    assert response.status_code == 200
    assert "<del>tăng mạnh.</del><ins>giảm nhẹ.</ins>" in html
    assert "<p>" not in html.split("revision-diff")[1].split("</table>")[0]  # tags stripped


def test_diff_escapes_what_the_text_contains(client):
    article = make_draft()
    client.force_login(make_editor())
    client.post(change_url(article), form_data(article, lead="Trước"))
    client.post(change_url(article), form_data(article, lead="<b>Sau</b>"))
    older, newer = Revision.objects.filter(article=article).order_by("created_at", "pk")

    html = client.get(revisions_url(article), {"a": older.pk, "b": newer.pk}).content.decode()

    assert "<ins>&lt;b&gt;Sau&lt;/b&gt;</ins>" in html


def test_restore_brings_back_content_as_a_new_revision_and_keeps_the_status(client):
    author = make_author(name="Thế Anh")
    article = make_article(title="Tiêu đề gốc")
    client.force_login(make_editor())
    client.post(
        change_url(article),
        add_byline_rows(form_data(article, title="Tiêu đề gốc", tags="Nông nghiệp,"), [author]),
    )
    original = Revision.objects.get(article=article)
    data = form_data(article, title="Tiêu đề sai", tags="")
    data["bylines-0-DELETE"] = "on"
    client.post(change_url(article), data)
    assert Article.objects.get(pk=article.pk).title == "Tiêu đề sai"

    response = client.post(f"{revisions_url(article)}{original.pk}/restore/", CONFIRMED)

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Tiêu đề gốc"
    assert list(article.tags.names()) == ["Nông nghiệp"]
    assert [byline.author for byline in article.bylines.all()] == [author]
    assert article.is_published()
    assert Revision.objects.filter(article=article).count() == 3
    assert "Tiêu đề gốc" in client.get(article.get_absolute_url()).content.decode()


def test_journalist_cannot_see_revisions_or_restore(client):
    journalist = make_journalist()
    article = make_draft(created_by=journalist)
    client.force_login(journalist)
    client.post(change_url(article), form_data(article, title="Bản của tôi"))
    revision = Revision.objects.get(article=article)

    assert client.get(revisions_url(article)).status_code == 403
    refused = client.post(f"{revisions_url(article)}{revision.pk}/restore/", CONFIRMED)
    assert refused.status_code == 403
    assert "Không có quyền truy cập" in refused.content.decode()  # templates/403.html


def test_each_published_version_is_kept_and_an_editor_can_open_it(client):
    editor = make_editor()
    article = make_draft(title="Bản lên trang đầu tiên", status=Article.Status.IN_REVIEW)
    client.force_login(editor)
    client.post(workflow_url(article, "publish"))
    client.post(change_url(article), form_data(article, title="Bản sửa sau khi đăng"))

    versions = PublishedVersion.objects.filter(article=article).order_by("created_at", "pk")
    assert [version.content["title"] for version in versions] == [
        "Bản lên trang đầu tiên",
        "Bản sửa sau khi đăng",
    ]
    response = client.get(f"/admin/articles/article/{article.pk}/published/{versions[0].pk}/")
    assert response.status_code == 200
    assert "Bản lên trang đầu tiên" in response.content.decode()


def test_published_versions_are_immutable_and_protect_their_article():
    article = make_draft(status=Article.Status.IN_REVIEW)
    article.publish(make_editor())
    version = PublishedVersion.objects.get(article=article)

    version.content = {"title": "Bị sửa"}
    with pytest.raises(ValueError):
        version.save()
    with pytest.raises(ProtectedError):
        article.delete()


def test_comparing_with_an_id_that_is_not_a_plain_number_shows_no_diff(client):
    client.force_login(make_editor())
    article = make_article()
    response = client.get(f"{revisions_url(article)}?a=%C2%B2&b=1")
    assert response.status_code == 200


def test_restoring_a_version_whose_section_was_deleted_is_refused_with_a_message(client):
    old_section = make_section(name="Chuyên mục cũ", slug="cu")
    article = make_article(section=old_section)
    client.force_login(make_editor())
    client.post(change_url(article), form_data(article, title="Bản một"))
    first = Revision.objects.filter(article=article).order_by("pk").first()
    client.post(change_url(article), form_data(article, section=str(make_section(slug="moi").pk)))
    old_section.delete()  # the article moved away; the empty section may go

    response = client.post(f"{revisions_url(article)}{first.pk}/restore/", CONFIRMED, follow=True)

    assert response.status_code == 200
    assert "Chuyên mục cũ" in response.content.decode()
    article.refresh_from_db()
    assert article.section.slug == "moi"


def test_restoring_an_older_address_records_the_current_one_as_a_former_address(client):
    article = make_article(title="Tên cũ", slug="ten-cu")
    client.force_login(make_editor())
    client.post(change_url(article), form_data(article, title="Tên cũ"))
    first = Revision.objects.filter(article=article).order_by("pk").first()
    client.post(change_url(article), form_data(article, slug="ten-moi"))

    client.post(f"{revisions_url(article)}{first.pk}/restore/", CONFIRMED)

    article.refresh_from_db()
    assert article.slug == "ten-cu"
    assert article.slug_history.filter(slug="ten-moi").exists()


@pytest.mark.parametrize(
    "make_user", [make_moderator, make_journalist], ids=["moderator", "journalist"]
)
def test_published_versions_are_closed_to_roles_without_their_permission(client, make_user):
    user = make_user()
    article = make_draft(created_by=user, status=Article.Status.IN_REVIEW)
    article.publish(make_editor())
    version = PublishedVersion.objects.get(article=article)
    client.force_login(user)

    response = client.get(f"/admin/articles/article/{article.pk}/published/{version.pk}/")

    assert response.status_code == 403
