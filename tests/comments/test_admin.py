from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment, WordRule
from newsroom.clients import keyed_hash
from tests.factories import make_article, make_user

from .helpers import make_comment, make_role_user, post_comment

pytestmark = pytest.mark.django_db

QUEUE_URL = reverse("admin:comments_comment_changelist")


def decide_url(comment):
    return reverse("admin:comments_comment_decide", args=[comment.pk])


@pytest.fixture
def moderator_client(client):
    client.force_login(make_role_user("Moderator", username="kiemduyet"))
    return client


def test_anonymous_is_sent_to_login_and_journalist_is_forbidden(client):
    assert client.get(QUEUE_URL).status_code == 302

    client.force_login(make_role_user("Journalist"))

    assert client.get(QUEUE_URL).status_code == 403
    assert client.get(reverse("admin:comments_wordrule_changelist")).status_code == 403


def test_moderator_sees_the_queue_and_nothing_else(moderator_client):
    assert moderator_client.get(QUEUE_URL).status_code == 200
    assert moderator_client.get(reverse("admin:articles_article_changelist")).status_code == 403
    assert moderator_client.get(reverse("admin:auth_user_changelist")).status_code == 403

    index = moderator_client.get(reverse("admin:index")).content.decode()
    assert QUEUE_URL in index
    assert reverse("admin:articles_article_changelist") not in index


def test_editor_can_moderate_too(client):
    article = make_article()
    comment = make_comment(article, status=Comment.Status.PENDING)
    client.force_login(make_role_user("Editor"))

    client.post(decide_url(comment), {"decision": "approve"})

    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED


def test_whole_flow_post_then_moderator_approves_then_readers_see_it(reader, moderator_client):
    article = make_article()
    post_comment(reader, article, name="Chị Hoa", body="Chợ Buôn Ma Thuột cần mở rộng.")
    comment = Comment.objects.get()
    assert (
        "Chợ Buôn Ma Thuột cần mở rộng."
        not in reader.get(article.get_absolute_url()).content.decode()
    )

    queue = moderator_client.get(QUEUE_URL).content.decode()
    assert "Chợ Buôn Ma Thuột cần mở rộng." in queue
    response = moderator_client.post(
        decide_url(comment), {"decision": "approve"}, HTTP_REFERER=f"http://testserver{QUEUE_URL}"
    )

    assert response.status_code == 302 and response["Location"].endswith(QUEUE_URL)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    assert comment.decided_by.username == "kiemduyet"
    page = reader.get(article.get_absolute_url()).content.decode()
    assert "Chợ Buôn Ma Thuột cần mở rộng." in page and "Chị Hoa" in page


def test_queue_lists_waiting_comments_first_oldest_first(moderator_client):
    article = make_article()
    now = timezone.now()
    decided = make_comment(article, body="Đã duyệt rồi", created_at=now - timedelta(hours=5))
    decided.decide(Comment.Status.APPROVED, None)
    newer = make_comment(article, body="Chờ mới hơn", status="pending", created_at=now)
    older = make_comment(
        article, body="Chờ cũ hơn", status="pending", created_at=now - timedelta(hours=1)
    )

    html = moderator_client.get(QUEUE_URL).content.decode()

    assert html.index(older.body) < html.index(newer.body) < html.index(decided.body)


def test_queue_shows_why_held_sender_record_and_hashed_ip(reader, moderator_client):
    WordRule.objects.create(phrase="lừa đảo", kind=WordRule.Kind.SUSPECT)
    article = make_article()
    for body, status in [("Cũ 1", "approved"), ("Cũ 2", "approved"), ("Cũ 3", "spam")]:
        make_comment(
            article,
            email="an.nguyen@example.com",
            body=body,
            status=status,
            decided_at=timezone.now(),
        )
    post_comment(reader, article, body="Trang này lua dao", ip="198.51.100.23")

    html = moderator_client.get(f"{QUEUE_URL}?queue=waiting").content.decode()

    assert "Từ nghi vấn “lừa đảo”" in html
    assert "2 được duyệt, 1 bị từ chối" in html
    assert "an.nguyen@example.com" in html
    assert keyed_hash("198.51.100.23")[:10] in html
    assert "198.51.100.23" not in html


HOLD_REASONS = {
    "banned word": ({"rule": "banned_word", "detail": "đồ ngu"}, "Từ cấm “đồ ngu”"),
    "suspect word": ({"rule": "suspect_word", "detail": "lừa đảo"}, "Từ nghi vấn “lừa đảo”"),
    "too many links": ({"rule": "too_many_links", "detail": 3}, "Quá nhiều liên kết (3)"),
    "reader reports": ({"rule": "reports", "detail": 2}, "Bạn đọc báo vi phạm (2)"),
    "pre-moderation": ({"rule": "pre_moderation", "detail": ""}, "Duyệt trước"),
    "post-moderation": (
        {"rule": "post_moderation", "detail": ""},
        "Duyệt sau: đã hiện cho bạn đọc",
    ),
    "rule from an older release": ({"rule": "old_rule", "detail": ""}, "old_rule"),
}


@pytest.mark.parametrize("reason, sentence", HOLD_REASONS.values(), ids=HOLD_REASONS.keys())
def test_queue_says_each_hold_reason_in_a_sentence(moderator_client, reason, sentence):
    make_comment(make_article(), status=Comment.Status.PENDING, held_for=[reason])

    html = moderator_client.get(f"{QUEUE_URL}?queue=waiting").content.decode()

    assert f"<span class='comment-admin-rule'>{sentence}</span>" in html


def test_pending_count_on_the_admin_index(moderator_client):
    article = make_article()
    make_comment(article, status=Comment.Status.PENDING)
    make_comment(article, status=Comment.Status.PENDING)
    make_comment(article).decide(Comment.Status.APPROVED, None)

    html = moderator_client.get(reverse("admin:index")).content.decode()

    assert "2 ý kiến đang chờ duyệt" in html


def test_bulk_actions_decide_many_at_once(moderator_client):
    article = make_article()
    comments = [make_comment(article, status="pending", body=f"Spam {n}") for n in range(3)]

    moderator_client.post(
        QUEUE_URL,
        {"action": "mark_spam", "_selected_action": [c.pk for c in comments[:2]]},
    )

    statuses = [Comment.objects.get(pk=c.pk).status for c in comments]
    assert statuses == ["spam", "spam", "pending"]


def test_second_decision_on_a_decided_comment_changes_nothing(client):
    article = make_article()
    comment = make_comment(article, status=Comment.Status.PENDING)
    first, second = make_role_user("Moderator"), make_role_user("Moderator", username="thu-hai")

    client.force_login(first)
    client.post(decide_url(comment), {"decision": "approve"})
    client.force_login(second)
    response = client.post(decide_url(comment), {"decision": "reject"}, follow=True)

    comment.refresh_from_db()
    assert (comment.status, comment.decided_by) == (Comment.Status.APPROVED, first)
    assert "đã được" in response.content.decode() and first.username in response.content.decode()


def test_bulk_action_leaves_already_decided_comments_alone(moderator_client):
    article = make_article()
    approved = make_comment(article, status="pending")
    approved.decide(Comment.Status.APPROVED, None)
    waiting = make_comment(article, status="pending")

    response = moderator_client.post(
        QUEUE_URL,
        {"action": "reject", "_selected_action": [approved.pk, waiting.pk]},
        follow=True,
    )

    assert Comment.objects.get(pk=approved.pk).status == "approved"
    assert Comment.objects.get(pk=waiting.pk).status == "rejected"
    assert "1 ý kiến đã được xử lý trước đó" in response.content.decode()


def test_send_back_to_queue_hides_a_decided_comment(moderator_client, client):
    article = make_article()
    comment = make_comment(article, status="pending", body="Nhầm tay duyệt")
    comment.decide(Comment.Status.APPROVED, None)

    moderator_client.post(
        QUEUE_URL, {"action": "send_back_to_queue", "_selected_action": [comment.pk]}
    )

    comment.refresh_from_db()
    assert comment.status == "pending" and comment.decided_at is None


def test_staff_without_moderate_permission_cannot_decide(client):
    from django.contrib.auth.models import Permission

    article = make_article()
    comment = make_comment(article, status=Comment.Status.PENDING)
    viewer = make_user()
    viewer.user_permissions.add(Permission.objects.get(codename="view_comment"))
    client.force_login(viewer)

    response = client.post(decide_url(comment), {"decision": "approve"})
    bulk = client.post(QUEUE_URL, {"action": "approve", "_selected_action": [comment.pk]})

    assert response.status_code == 403
    assert bulk.status_code == 200
    assert Comment.objects.get(pk=comment.pk).status == "pending"


def test_decide_refuses_get_and_unknown_decisions(moderator_client):
    comment = make_comment(make_article(), status="pending")

    assert moderator_client.get(decide_url(comment)).status_code == 405
    assert moderator_client.post(decide_url(comment), {"decision": "delete"}).status_code == 400
    assert Comment.objects.get(pk=comment.pk).status == "pending"


def test_comment_page_is_read_only_with_decision_buttons_and_shortcuts(moderator_client):
    comment = make_comment(make_article(), status="pending", body="Nội dung gốc")

    page = moderator_client.get(reverse("admin:comments_comment_change", args=[comment.pk]))
    edit = moderator_client.post(
        reverse("admin:comments_comment_change", args=[comment.pk]), {"body": "Sửa"}
    )
    queue = moderator_client.get(QUEUE_URL).content.decode()

    html = page.content.decode()
    assert f'formaction="{decide_url(comment)}"' in html and 'data-decision="approve"' in html
    assert 'name="body"' not in html
    assert edit.status_code == 403
    assert Comment.objects.get(pk=comment.pk).body == "Nội dung gốc"
    assert "js/comments_admin.js" in queue and "Phím tắt" in queue
    assert 'data-decision="reject"' in queue


@pytest.mark.parametrize("case", ["spam comment", "draft article"])
def test_newsroom_cannot_reply_under_what_readers_do_not_see(moderator_client, case):
    if case == "spam comment":
        parent = make_comment(make_article(), status=Comment.Status.SPAM, decided_at=timezone.now())
    else:
        parent = make_comment(make_article(status="draft", published_at=None))

    response = moderator_client.post(
        reverse("admin:comments_comment_add"), {"parent": parent.pk, "body": "Cảm ơn bạn."}
    )

    assert response.status_code == 200
    assert "Chỉ có thể trả lời bình luận đã duyệt" in response.content.decode()
    assert not Comment.objects.filter(is_newsroom=True).exists()


def test_newsroom_reply_from_the_admin_appears_as_toa_soan(moderator_client, client):
    article = make_article()
    question = make_comment(article, body="Bao giờ có điện?")
    earlier_reply = make_comment(article, parent=question, body="Tôi cũng hỏi vậy")

    add = reverse("admin:comments_comment_add")
    form = moderator_client.get(f"{add}?parent={question.pk}")
    moderator_client.post(add, {"parent": earlier_reply.pk, "body": "Điện sẽ có vào tuần sau."})

    assert form.status_code == 200
    reply = Comment.objects.get(body="Điện sẽ có vào tuần sau.")
    assert (reply.parent, reply.article, reply.is_newsroom, reply.status) == (
        question,
        article,
        True,
        Comment.Status.APPROVED,
    )
    html = client.get(article.get_absolute_url()).content.decode()
    newsroom = html[html.index("comment--newsroom") :]
    assert newsroom.index("Tòa soạn") < newsroom.index("Điện sẽ có vào tuần sau.")


def test_word_list_refuses_the_same_word_without_diacritics(moderator_client):
    WordRule.objects.create(phrase="đồ ngu", kind=WordRule.Kind.BANNED)

    response = moderator_client.post(
        reverse("admin:comments_wordrule_add"), {"phrase": "Do  NGU", "kind": "banned"}
    )

    assert response.status_code == 200
    assert "Từ này đã có trong danh sách" in response.content.decode()
    assert WordRule.objects.count() == 1


def test_decisions_announce_which_article_pages_to_purge(moderator_client):
    from comments.signals import comments_changed

    article = make_article()
    comment = make_comment(article, status=Comment.Status.PENDING)
    announced = []

    def remember(sender, article_ids, **kwargs):
        announced.append(set(article_ids))

    comments_changed.connect(remember)
    try:
        moderator_client.post(decide_url(comment), {"decision": "approve"})
        moderator_client.post(decide_url(comment), {"decision": "reject"})  # too late: no change
    finally:
        comments_changed.disconnect(remember)

    assert announced == [{article.pk}]


def test_roles_hold_only_comment_permissions_from_this_app():
    from django.contrib.auth.models import Group

    moderator = Group.objects.get(name="Moderator")
    codenames = set(moderator.permissions.values_list("codename", flat=True))

    assert {"view_comment", "moderate_comment", "add_comment", "change_wordrule"} <= codenames
    assert set(moderator.permissions.values_list("content_type__app_label", flat=True)) == {
        "comments"
    }
    assert "delete_comment" not in codenames
    assert not Group.objects.get(name="Journalist").permissions.filter(
        content_type__app_label="comments"
    )


def test_word_list_refuses_a_phrase_without_letters(moderator_client):
    response = moderator_client.post(
        reverse("admin:comments_wordrule_add"), {"phrase": "…!", "kind": "banned"}
    )

    assert response.status_code == 200
    assert "Nhập một từ hoặc cụm từ." in response.content.decode()
    assert not WordRule.objects.exists()


def test_word_list_lets_a_moderator_change_the_kind_of_a_word(moderator_client):
    rule = WordRule.objects.create(phrase="lừa đảo", kind=WordRule.Kind.SUSPECT)

    response = moderator_client.post(
        reverse("admin:comments_wordrule_change", args=[rule.pk]),
        {"phrase": "lừa đảo", "kind": "banned"},
    )

    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.kind == WordRule.Kind.BANNED
