"""Builders for comment tests: real rows, and real posts through the reader's form pages."""

import re
import time

from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse

from comments.models import Comment
from comments.protection import make_form_token
from newsroom.clients import keyed_hash
from tests.factories import make_user


def make_comment(article, **overrides):
    fields = {
        "name": "Bạn đọc",
        "email": "ban.doc@example.com",
        "body": "Bài viết rất hay.",
        "status": Comment.Status.APPROVED,
        "ip_hash": keyed_hash("203.0.113.7"),
        **overrides,
    }
    return Comment.objects.create(article=article, **fields)


def make_role_user(role, **overrides):
    user = make_user(**overrides)
    user.groups.add(Group.objects.get(name=role))
    return user


def form_url(article):
    return reverse("comments:create", args=[article.pk])


def seasoned_token(article, seconds_ago=None):
    """A form token as if the form had been served long enough ago for a person to type."""
    seconds_ago = settings.COMMENTS_MIN_SUBMIT_SECONDS + 5 if seconds_ago is None else seconds_ago
    return make_form_token(article.pk, issued_at=time.time() - seconds_ago)


def post_comment(client, article, token=None, ip="203.0.113.7", **fields):
    """Open the form page as a reader would (getting the CSRF cookie), then send the form.

    Keyword arguments starting with HTTP_ are request headers; the others are form fields.
    """
    headers = {key: fields.pop(key) for key in list(fields) if key.startswith("HTTP_")}
    page = client.get(form_url(article), REMOTE_ADDR=ip, **headers)
    assert page.status_code == 200, page.status_code
    data = {
        "csrfmiddlewaretoken": csrf_token_in(page.content.decode()),
        "name": "Nguyễn Văn An",
        "email": "an.nguyen@example.com",
        "body": "Tôi đồng ý với bài viết.",
        "parent": "",
        "website": "",
        "token": token or seasoned_token(article),
        **fields,
    }
    return client.post(form_url(article), data, REMOTE_ADDR=ip, **headers)


def csrf_token_in(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
