"""Admin logins: throttled per account and per address (django-axes); the admin's own path."""

import importlib

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.management import call_command
from django.urls import clear_url_caches

import newsroom.urls
from tests.factories import make_user

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
LOCKED_TEXT = "Đăng nhập đã bị tạm khóa"


def log_in(client, username, password, ip="203.0.113.9"):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=ip
    )


def is_logged_in(client):
    return "_auth_user_id" in client.session


def lock_out(client, username):
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, username, f"sai-{n}")


def test_fifty_wrong_passwords_lock_the_login_with_a_vietnamese_message(client):
    make_user("bientap", password="mat-khau-dung")

    answers = [log_in(client, "bientap", f"sai-{n}") for n in range(50)]

    assert answers[0].status_code == 200
    assert answers[-1].status_code == 429
    assert LOCKED_TEXT in answers[-1].content.decode()


def test_the_right_password_is_refused_while_locked_out(client):
    make_user("bientap", password="mat-khau-dung")
    lock_out(client, "bientap")

    response = log_in(client, "bientap", "mat-khau-dung")

    assert response.status_code == 429
    assert not is_logged_in(client)


def test_the_account_is_locked_whichever_address_tries(client):
    make_user("bientap", password="mat-khau-dung")
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "bientap", "sai", ip=f"198.51.100.{n + 1}")

    response = log_in(client, "bientap", "mat-khau-dung", ip="192.0.2.200")

    assert response.status_code == 429
    assert not is_logged_in(client)


def test_an_address_trying_many_accounts_is_locked_out(client):
    make_user("bientap", password="mat-khau-dung")
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, f"doan-mo-{n}", "sai", ip="203.0.113.66")

    from_that_address = log_in(client, "bientap", "mat-khau-dung", ip="203.0.113.66")
    from_the_office = log_in(client, "bientap", "mat-khau-dung", ip="192.0.2.10")

    assert from_that_address.status_code == 429
    assert from_the_office.status_code == 302
    assert is_logged_in(client)


def test_an_admin_unlocks_with_a_command_and_the_right_password_then_works(client):
    make_user("bientap", password="mat-khau-dung")
    lock_out(client, "bientap")

    call_command("axes_reset_username", "bientap")
    call_command("axes_reset_ip", "203.0.113.9")
    response = log_in(client, "bientap", "mat-khau-dung")

    assert response.status_code == 302
    assert is_logged_in(client)


def test_an_admin_unlocks_by_deleting_the_lock_out_in_the_admin(client):
    make_user("bientap", password="mat-khau-dung")
    lock_out(client, "bientap")
    admin = make_user(is_superuser=True)
    client.force_login(admin)
    attempt = AccessAttempt.objects.get(username="bientap")

    listing = client.get("/admin/axes/accessattempt/")
    client.post(
        "/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"},
    )
    client.logout()
    response = log_in(client, "bientap", "mat-khau-dung")

    assert listing.status_code == 200
    assert "bientap" in listing.content.decode()
    assert response.status_code == 302


def test_staff_sessions_end_after_a_working_day(client):
    client.force_login(make_user())

    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE == 8 * 60 * 60


@pytest.fixture
def admin_at_own_path(settings):
    settings.ADMIN_URL = "toa-soan/"
    importlib.reload(newsroom.urls)
    clear_url_caches()
    yield
    settings.ADMIN_URL = "admin/"
    importlib.reload(newsroom.urls)
    clear_url_caches()


def test_admin_moves_to_its_own_path_by_setting(client, admin_at_own_path):
    client.force_login(make_user(is_superuser=True))

    moved = client.get("/toa-soan/")
    old = client.get("/admin/")
    robots = client.get("/robots.txt").content.decode()

    assert moved.status_code == 200
    assert old.status_code == 404
    assert "toa-soan" not in robots


def test_lock_outs_are_listed_in_vietnamese_in_the_admin(client):
    client.force_login(make_user(is_superuser=True))

    html = client.get("/admin/").content.decode()

    assert "Bảo vệ đăng nhập" in html
    assert "Lượt đăng nhập sai" in html or "Các lượt đăng nhập sai" in html
