"""A journalist's pending change to a live article: reopened as left, re-sent, withdrawn, compared."""

import pytest

from articles.models import Revision, Transition
from tests.articles.admin_forms import admin_form_data
from tests.articles.helpers import (
    add_byline_rows,
    change_url,
    form_data,
    make_editor,
    make_journalist,
)
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def proposal_url(revision):
    return f"/admin/articles/article/{revision.article_id}/changes/{revision.pk}/"


def withdraw_url(revision):
    return f"{proposal_url(revision)}withdraw/"


@pytest.fixture
def live_article():
    journalist = make_journalist()
    article = make_article(title="Tiêu đề đang đăng", lead="Sapo đang đăng", created_by=journalist)
    return journalist, article


def propose(client, journalist, article, **changes):
    client.force_login(journalist)
    client.post(change_url(article), form_data(article, **changes))
    return Revision.objects.get(article=article, state=Revision.State.PENDING)


def test_the_change_page_opens_the_writers_pending_change_as_they_left_it(client, live_article):
    journalist, article = live_article
    propose(client, journalist, article, lead="Sapo đề xuất", tags="cà phê, Đắk Lắk")

    page = client.get(change_url(article)).content.decode()

    assert "Thay đổi của bạn đang chờ duyệt" in page
    assert "Sapo đề xuất</textarea>" in page
    assert "Sapo đang đăng</textarea>" not in page
    assert 'value="&quot;cà phê&quot;, &quot;Đắk Lắk&quot;"' in page  # taggit quotes spaces
    article.refresh_from_db()
    assert article.lead == "Sapo đang đăng"


def test_a_pending_change_kept_before_long_reads_existed_still_opens(client, live_article):
    journalist, article = live_article
    proposal = propose(client, journalist, article, lead="Sapo đề xuất")
    content = {k: v for k, v in proposal.content.items() if k not in ("presentation", "credits")}
    Revision.objects.filter(pk=proposal.pk).update(content=content)

    response = client.get(change_url(article))

    assert response.status_code == 200
    assert "Sapo đề xuất</textarea>" in response.content.decode()


def test_an_editor_still_sees_the_live_text(client, live_article):
    journalist, article = live_article
    propose(client, journalist, article, lead="Sapo đề xuất")
    client.force_login(make_editor())

    page = client.get(change_url(article)).content.decode()

    assert "Sapo đang đăng</textarea>" in page
    assert "Thay đổi của bạn đang chờ duyệt" not in page


def test_sending_again_replaces_the_writers_change_and_keeps_its_base(client, live_article):
    journalist, article = live_article
    first = propose(client, journalist, article, lead="Sapo đề xuất")

    client.post(change_url(article), form_data(article, lead="Sapo đề xuất lần hai"))

    pending = Revision.objects.get(article=article, state=Revision.State.PENDING)
    assert pending.pk == first.pk
    assert pending.content["lead"] == "Sapo đề xuất lần hai"
    assert pending.base["lead"] == "Sapo đang đăng"
    article.refresh_from_db()
    assert article.lead == "Sapo đang đăng"


def test_the_writer_withdraws_their_change(client, live_article):
    journalist, article = live_article
    revision = propose(client, journalist, article, lead="Sapo đề xuất")

    response = client.post(withdraw_url(revision), follow=True)

    assert "Đã rút lại thay đổi" in response.content.decode()
    revision.refresh_from_db()
    assert revision.state == Revision.State.WITHDRAWN
    assert article.transitions.first().action == Transition.Action.CHANGE_WITHDRAWN
    assert "Sapo đang đăng</textarea>" in client.get(change_url(article)).content.decode()


def test_nobody_else_withdraws_a_writers_change(client, live_article):
    journalist, article = live_article
    revision = propose(client, journalist, article, lead="Sapo đề xuất")
    client.force_login(make_editor())

    assert client.post(withdraw_url(revision)).status_code == 403
    revision.refresh_from_db()
    assert revision.state == Revision.State.PENDING


def test_the_writer_compares_their_change_with_the_live_text(client, live_article):
    journalist, article = live_article
    revision = propose(client, journalist, article, lead="Sapo đề xuất")

    response = client.get(proposal_url(revision))

    assert response.status_code == 200
    html = response.content.decode()
    assert "<del>đang đăng</del>" in html
    assert "<ins>đề xuất</ins>" in html
    assert "Rút lại thay đổi của tôi" in html


def test_a_journalist_cannot_see_someone_elses_change(client, live_article):
    journalist, article = live_article
    revision = propose(client, journalist, article, lead="Sapo đề xuất")
    colleague = make_journalist()
    article.bylines.create(author=make_author(user=colleague))
    client.force_login(colleague)

    assert client.get(proposal_url(revision)).status_code == 403
    client.force_login(make_journalist())
    assert client.get(proposal_url(revision)).status_code == 403


def test_an_editor_reviews_the_change_from_the_same_page(client, live_article):
    journalist, article = live_article
    revision = propose(client, journalist, article, lead="Sapo đề xuất")
    client.force_login(make_editor())

    html = client.get(proposal_url(revision)).content.decode()

    assert "đề xuất" in html
    assert "Rút lại thay đổi của tôi" not in html


def test_the_pending_bylines_reopen_too_and_survive_sending_again(client):
    journalist = make_journalist()
    first, second = make_author(name="Y Đức"), make_author(name="H'Hen Niê")
    article = make_article(created_by=journalist, authors=[first, second])
    client.force_login(journalist)
    swapped = add_byline_rows(form_data(article), [second, first])
    assert client.post(change_url(article), swapped).status_code == 302

    page = client.get(change_url(article))
    data = admin_form_data(page, "article_form")
    data["lead"] = ["Sapo sửa thêm"]
    response = client.post(change_url(article), data)

    assert response.status_code == 302
    pending = Revision.objects.get(article=article, state=Revision.State.PENDING)
    assert [name for _pk, name in pending.content["authors"]] == ["H'Hen Niê", "Y Đức"]
    assert pending.content["lead"] == "Sapo sửa thêm"
    assert list(article.bylines.order_by("position").values_list("author", flat=True)) == [
        first.pk,
        second.pk,
    ]
