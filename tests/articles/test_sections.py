"""Section rules the admin form enforces, and the database behind it."""

import pytest
from django.db import IntegrityError

from articles.models import Section
from tests.factories import make_section, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(make_user(is_superuser=True))
    return client


def change_section(client, section, **fields):
    data = {
        "name": section.name,
        "slug": section.slug,
        "position": section.position,
        "parent": section.parent_id or "",
        "description": "",
        **fields,
    }
    return client.post(f"/admin/articles/section/{section.pk}/change/", data)


def test_making_two_sections_each_others_parent_is_a_form_error(admin_client):
    news = make_section(name="Thời sự")
    local = make_section(name="Địa phương", parent=news)

    response = change_section(admin_client, news, parent=local.pk)

    assert response.status_code == 200
    assert "không thể nằm trong chuyên mục con của chính nó" in response.content.decode()
    news.refresh_from_db()
    assert news.parent is None


def test_a_longer_loop_is_refused_too(admin_client):
    top = make_section()
    middle = make_section(parent=top)
    bottom = make_section(parent=middle)

    response = change_section(admin_client, top, parent=bottom.pk)

    assert response.status_code == 200
    top.refresh_from_db()
    assert top.parent is None


def test_moving_a_section_under_another_branch_is_allowed(admin_client):
    top, other = make_section(), make_section()
    child = make_section(parent=top)

    response = change_section(admin_client, child, parent=other.pk)

    assert response.status_code == 302
    child.refresh_from_db()
    assert child.parent == other


def test_the_database_refuses_a_loop_written_around_the_form():
    news = make_section()
    local = make_section(parent=news)

    with pytest.raises(IntegrityError):
        Section.objects.filter(pk=news.pk).update(parent=local)


@pytest.mark.parametrize("slug", ["admin", "tim-kiem", "binh-luan", "api"])
def test_a_section_cannot_take_an_address_the_site_uses(admin_client, slug):
    response = admin_client.post(
        "/admin/articles/section/add/",
        {"name": "Chuyên mục", "slug": slug, "position": 1, "parent": "", "description": ""},
    )

    assert response.status_code == 200
    assert "Địa chỉ này đã được trang web sử dụng" in response.content.decode()
    assert not Section.objects.filter(slug=slug).exists()
