"""The permission matrix: each role x each action, driven over HTTP through the admin.

A refused action answers 403 (or a form error) and leaves the database exactly as it was.
"""

from collections.abc import Callable
from datetime import timedelta
from functools import partial
from typing import NamedTuple

import pytest
from django.utils import timezone

from articles.models import Article, Correction
from tests.articles.helpers import (
    CONFIRMED,
    change_url,
    database_state,
    form_data,
    make_draft,
    make_editor,
    make_journalist,
    make_moderator,
    schedule_data,
    workflow_url,
)
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

ROLES = {"journalist": make_journalist, "editor": make_editor, "moderator": make_moderator}


class Attempt(NamedTuple):
    """One try at an action: the request to send, and how to tell whether it took effect."""

    send: Callable
    happened: Callable


def create(client, user):
    section = make_section()
    data = form_data(title="Bài tạo mới", section=section.pk)
    return Attempt(
        partial(client.post, "/admin/articles/article/add/", data),
        lambda: Article.objects.filter(title="Bài tạo mới").exists(),
    )


def edit_own(client, user):
    article = make_draft(created_by=user, title="Bản cũ")
    return Attempt(
        partial(client.post, change_url(article), form_data(article, title="Bản sửa")),
        lambda: Article.objects.get(pk=article.pk).title == "Bản sửa",
    )


def edit_others(client, user):
    article = make_draft(created_by=make_journalist(), title="Bài của người khác")
    return Attempt(
        partial(client.post, change_url(article), form_data(article, title="Bị sửa")),
        lambda: Article.objects.get(pk=article.pk).title == "Bị sửa",
    )


def submit(client, user):
    article = make_draft(created_by=user)
    return Attempt(
        partial(client.post, workflow_url(article, "submit")),
        lambda: Article.objects.get(pk=article.pk).status == Article.Status.IN_REVIEW,
    )


def publish(client, user):
    article = make_draft(created_by=user, status=Article.Status.IN_REVIEW)
    return Attempt(
        partial(client.post, workflow_url(article, "publish")),
        lambda: Article.objects.published().filter(pk=article.pk).exists(),
    )


def schedule(client, user):
    article = make_draft(created_by=user, status=Article.Status.IN_REVIEW)
    at = timezone.localtime() + timedelta(days=1)
    return Attempt(
        partial(client.post, workflow_url(article, "schedule"), schedule_data(at)),
        lambda: Article.objects.scheduled().filter(pk=article.pk).exists(),
    )


def unpublish(client, user):
    article = make_article(created_by=user)
    return Attempt(
        partial(client.post, workflow_url(article, "unpublish"), CONFIRMED),
        lambda: Article.objects.get(pk=article.pk).status == Article.Status.UNPUBLISHED,
    )


def delete_published(client, user):
    article = make_article(created_by=user)
    return Attempt(
        partial(client.post, f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"}),
        lambda: not Article.objects.filter(pk=article.pk).exists(),
    )


def send_back(client, user):
    # Their own article: a writer may not send it back to themselves either.
    article = make_draft(created_by=user, status=Article.Status.IN_REVIEW)
    return Attempt(
        partial(client.post, workflow_url(article, "send_back"), {"comment": "Cần thêm nguồn."}),
        lambda: Article.objects.get(pk=article.pk).status == Article.Status.DRAFT,
    )


def delete_others_draft(client, user):
    article = make_draft(created_by=make_journalist(), title="Bản nháp của đồng nghiệp")
    return Attempt(
        partial(client.post, f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"}),
        lambda: not Article.objects.filter(pk=article.pk).exists(),
    )


def correct(client, user):
    article = make_article(created_by=user)
    data = form_data(article)
    data.update(
        {
            "corrections-TOTAL_FORMS": "1",
            "corrections-0-text": "Bài viết ghi nhầm tên xã.",
            "corrections-0-created_at_0": timezone.localdate().isoformat(),
            "corrections-0-created_at_1": "08:00:00",
        }
    )
    return Attempt(
        partial(client.post, change_url(article), data),
        lambda: Correction.objects.filter(article=article).exists(),
    )


ACTIONS = {
    # action: (journalist, editor, moderator)
    create: (True, True, False),
    edit_own: (True, True, False),
    edit_others: (False, True, False),
    submit: (True, True, False),
    publish: (False, True, False),
    schedule: (False, True, False),
    unpublish: (False, True, False),
    send_back: (False, True, False),
    delete_others_draft: (False, True, False),
    delete_published: (False, False, False),
    correct: (False, True, False),
}
MATRIX = [
    pytest.param(role, action, allowed[index], id=f"{role}-{action.__name__}")
    for action, allowed in ACTIONS.items()
    for index, role in enumerate(ROLES)
]


@pytest.mark.parametrize(("role", "action", "allowed"), MATRIX)
def test_role_may_do_only_what_its_powers_allow(client, role, action, allowed):
    user = ROLES[role]()
    client.force_login(user)
    attempt = action(client, user)
    before = database_state()

    response = attempt.send()

    if allowed:
        assert response.status_code == 302
        assert attempt.happened()
    else:
        # Without add_correction the admin offers no corrections formset, so a journalist's
        # posted correction is ignored (and the unchanged article is not sent for review).
        # A refused workflow step returns to the article with a message.
        refused = {200, 302, 403} if action in (correct, send_back) else {200, 403}
        assert response.status_code in refused
        assert not attempt.happened()
        assert database_state() == before


def test_journalist_cannot_publish_through_a_hand_made_form_post(client):
    journalist = make_journalist()
    article = make_draft(created_by=journalist, title="Bản nháp")
    client.force_login(journalist)
    before = database_state()

    response = client.post(
        change_url(article),
        form_data(article, title="Đã sửa", status="published", published_at_0="2020-01-01"),
    )

    assert response.status_code == 200
    assert "chỉ đổi bằng các nút" in response.content.decode()
    assert database_state() == before


def test_journalist_cannot_set_the_publication_time_through_a_form_post(client):
    journalist = make_journalist()
    article = make_draft(created_by=journalist)
    client.force_login(journalist)
    before = database_state()

    response = client.post(
        change_url(article), form_data(article, published_at="2020-01-01 08:00:00")
    )

    assert response.status_code == 200
    assert database_state() == before


def test_journalist_may_edit_an_article_carrying_their_byline(client):
    from tests.factories import make_author

    journalist = make_journalist()
    article = make_draft(created_by=make_editor(), authors=[make_author(user=journalist)])
    client.force_login(journalist)

    response = client.post(change_url(article), form_data(article, title="Sửa theo bút danh"))

    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Sửa theo bút danh"


def test_journalist_may_not_edit_a_colleagues_article_carrying_a_byline(client):
    from tests.factories import make_author

    journalist = make_journalist()
    make_draft(created_by=make_editor(), authors=[make_author(user=journalist)])
    colleagues = make_draft(created_by=make_editor(), authors=[make_author(user=make_journalist())])
    client.force_login(journalist)

    response = client.post(
        change_url(colleagues), form_data(colleagues, title="Sửa bài người khác")
    )

    assert response.status_code == 403
    assert Article.objects.get(pk=colleagues.pk).title != "Sửa bài người khác"


def test_journalist_may_delete_own_unpublished_draft(client):
    journalist = make_journalist()
    article = make_draft(created_by=journalist)
    client.force_login(journalist)

    response = client.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not Article.objects.filter(pk=article.pk).exists()


def test_unpublished_article_cannot_be_deleted_even_by_a_superuser(client, admin_user):
    article = make_article(status=Article.Status.UNPUBLISHED)
    client.force_login(admin_user)

    response = client.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"})

    assert response.status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


def test_bulk_delete_action_refuses_published_articles(client, admin_user):
    published = make_article()
    client.force_login(admin_user)

    response = client.post(
        "/admin/articles/article/",
        {"action": "delete_selected", "_selected_action": [published.pk], "post": "yes"},
    )

    assert response.status_code in {200, 403}
    assert Article.objects.filter(pk=published.pk).exists()


def test_journalist_lands_on_own_articles_and_editor_on_everyones(client):
    journalist = make_journalist()
    mine = make_draft(created_by=journalist, title="Bài của tôi")
    make_draft(created_by=make_journalist(), title="Bài đồng nghiệp")

    client.force_login(journalist)
    html = client.get("/admin/articles/article/").content.decode()
    assert mine.title in html
    assert "Bài đồng nghiệp" not in html

    client.force_login(make_editor())
    html = client.get("/admin/articles/article/").content.decode()
    assert mine.title in html
    assert "Bài đồng nghiệp" in html
