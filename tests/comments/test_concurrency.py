"""Real concurrency against the live test server: threads, HTTP, and separate DB connections."""

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import pytest
from django.urls import reverse

from comments.models import Comment
from tests.factories import make_article

from .helpers import csrf_token_in, make_comment, make_role_user, seasoned_token

pytestmark = pytest.mark.django_db(transaction=True)

READERS = 50


def browser():
    return urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )


def send(opener, url, data=None, headers=None):
    body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers=headers or {})
    with opener.open(request, timeout=30) as response:
        return response.status, response.read().decode()


def test_concurrent_valid_posts_from_different_readers_are_each_stored_once(
    busy_live_server, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    article = make_article()
    url = f"{busy_live_server}/binh-luan/{article.pk}/"
    start = Barrier(READERS)

    def reader(number):
        opener = browser()
        headers = {"X-Forwarded-For": f"10.1.{number // 250}.{number % 250 + 1}"}
        status, page = send(opener, url, headers=headers)
        assert status == 200
        data = {
            "csrfmiddlewaretoken": csrf_token_in(page),
            "name": f"Bạn đọc {number}",
            "email": f"reader{number}@example.com",
            "body": f"Ý kiến số {number} về bài viết.",
            "token": seasoned_token(article),
            "website": "",
        }
        start.wait(timeout=30)  # every reader sends at the same moment
        return send(opener, url, data, headers)

    with ThreadPoolExecutor(max_workers=READERS) as pool:
        results = list(pool.map(reader, range(READERS)))

    assert all(status == 200 and "đang chờ duyệt" in html for status, html in results)
    bodies = sorted(Comment.objects.values_list("body", flat=True))
    assert bodies == sorted(f"Ý kiến số {number} về bài viết." for number in range(READERS))


def test_one_form_sent_by_many_at_once_is_stored_once(busy_live_server, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    article = make_article()
    url = f"{busy_live_server}/binh-luan/{article.pk}/"
    token = seasoned_token(article)
    copies = 20
    start = Barrier(copies)

    def replay(number):
        opener = browser()
        headers = {"X-Forwarded-For": f"10.2.0.{number + 1}"}
        _status, page = send(opener, url, headers=headers)
        data = {
            "csrfmiddlewaretoken": csrf_token_in(page),
            "name": "Người gửi lại",
            "email": f"replay{number}@example.com",
            "body": f"Gửi lại lần {number}.",
            "token": token,
            "website": "",
        }
        start.wait(timeout=30)
        try:
            return send(opener, url, data, headers)
        except urllib.error.HTTPError as refused:
            return refused.code, refused.read().decode()

    with ThreadPoolExecutor(max_workers=copies) as pool:
        results = list(pool.map(replay, range(copies)))

    assert sorted(status for status, _page in results) == [200] + [400] * (copies - 1)
    assert Comment.objects.filter(article=article).count() == 1


def test_two_moderators_at_once_leave_exactly_one_decision(live_server):
    article = make_article()
    comments = [make_comment(article, status="pending", body=f"Tranh chấp {n}") for n in range(8)]
    moderators = []
    for name, decision in [("mod-duyet", "approve"), ("mod-tuchoi", "reject")]:
        user = make_role_user("Moderator", username=name, password="mat-khau-dai-123")
        moderators.append((user, decision))

    def logged_in(user):
        opener = browser()
        login = f"{live_server.url}{reverse('admin:login')}"
        _status, page = send(opener, login)
        send(
            opener,
            login,
            {
                "csrfmiddlewaretoken": csrf_token_in(page),
                "username": user.username,
                "password": "mat-khau-dai-123",
                "next": reverse("admin:index"),
            },
        )
        queue = f"{live_server.url}{reverse('admin:comments_comment_changelist')}"
        _status, page = send(opener, queue)
        return opener, csrf_token_in(page)

    sessions = [(logged_in(user), decision) for user, decision in moderators]
    start = Barrier(2)

    def act(session, comment):
        (opener, token), decision = session
        url = f"{live_server.url}{reverse('admin:comments_comment_decide', args=[comment.pk])}"
        start.wait(timeout=30)
        _status, page = send(opener, url, {"csrfmiddlewaretoken": token, "decision": decision})
        return decision, "đã được" not in re.sub(r"\s+", " ", page)

    for comment in comments:
        with ThreadPoolExecutor(max_workers=2) as pool:
            outcomes = list(pool.map(act, sessions, [comment, comment]))
        winners = [decision for decision, won in outcomes if won]
        assert len(winners) == 1, outcomes
        comment.refresh_from_db()
        expected = {"approve": "approved", "reject": "rejected"}[winners[0]]
        assert comment.status == expected
        assert (
            comment.decided_by.username
            == {"approve": "mod-duyet", "reject": "mod-tuchoi"}[winners[0]]
        )
