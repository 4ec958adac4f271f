import time
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import CommentMode, SiteSettings
from comments.models import Comment, WordRule
from comments.protection import make_form_token
from tests.factories import make_article

from .helpers import form_url, make_comment, post_comment, seasoned_token

pytestmark = pytest.mark.django_db

PENDING_MESSAGE = "Ý kiến của bạn đang chờ duyệt"


def test_article_page_links_to_the_form_without_per_reader_data(client):
    article = make_article()

    response = client.get(article.get_absolute_url())

    html = response.content.decode()
    assert f'href="{form_url(article)}"' in html
    assert "Gửi ý kiến của bạn" in html
    assert "csrfmiddlewaretoken" not in html
    assert 'name="token"' not in html
    assert "csrftoken" not in response.cookies


def test_form_page_is_private_and_carries_token_honeypot_and_csrf(reader):
    article = make_article()

    response = reader.get(form_url(article))

    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert 'name="token"' in html and 'name="website"' in html
    assert "csrfmiddlewaretoken" in html and "csrftoken" in response.cookies
    assert "Họ và tên" in html and "Ý kiến của bạn" in html


def test_reader_comment_waits_for_approval_and_stays_invisible(reader, client):
    article = make_article()

    response = post_comment(reader, article, body="Đường Lê Duẩn cần thêm đèn chiếu sáng.")

    assert response.status_code == 200
    assert PENDING_MESSAGE in response.content.decode()
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.held_for == [{"rule": "pre_moderation", "detail": ""}]
    assert (
        "Đường Lê Duẩn cần thêm đèn" not in client.get(article.get_absolute_url()).content.decode()
    )


def test_comment_stores_a_keyed_ip_hash_and_user_agent_not_the_address(reader):
    article = make_article()

    user_agent = "Mozilla/5.0 (Linux; Android 14) " + "x" * 300
    post_comment(reader, article, ip="198.51.100.23", HTTP_USER_AGENT=user_agent)

    comment = Comment.objects.get()
    assert comment.user_agent == user_agent[:200]
    assert len(comment.ip_hash) == 64
    assert "198.51.100.23" not in comment.ip_hash
    assert not Comment.objects.filter(ip_hash__contains="198.51").exists()


def test_invalid_fields_get_vietnamese_errors_and_store_nothing(reader):
    article = make_article()

    response = post_comment(reader, article, name="", email="khong-phai-email", body="a")

    html = response.content.decode()
    assert response.status_code == 400
    assert "Vui lòng nhập họ tên" in html
    assert "Địa chỉ email không hợp lệ" in html
    assert "quá ngắn" in html
    assert not Comment.objects.exists()


def test_comment_longer_than_2000_characters_is_refused(reader):
    article = make_article()

    response = post_comment(reader, article, body="a" * 2001)

    assert response.status_code == 400
    assert "2000" in response.content.decode()
    assert not Comment.objects.exists()


def test_filled_honeypot_looks_accepted_but_stores_nothing(reader):
    article = make_article()

    response = post_comment(reader, article, website="http://spam.example")

    assert response.status_code == 200
    assert PENDING_MESSAGE in response.content.decode()
    assert not Comment.objects.exists()


def test_form_sent_too_fast_is_refused_and_offered_again(reader):
    article = make_article()
    fresh = make_form_token(article.pk)  # served this very second

    response = post_comment(reader, article, token=fresh, body="Gửi nhanh quá.")

    html = response.content.decode()
    assert response.status_code == 400
    assert "chưa được gửi" in html
    assert "Gửi nhanh quá." in html  # the reader's text is kept
    assert 'name="token"' in html  # ready to send again
    assert not Comment.objects.exists()


def test_expired_form_is_refused(reader, settings):
    article = make_article()
    stale = seasoned_token(article, seconds_ago=settings.COMMENTS_MAX_TOKEN_AGE + 60)

    response = post_comment(reader, article, token=stale)

    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_token_of_another_article_or_forged_is_refused(reader):
    article, other = make_article(), make_article()

    assert post_comment(reader, article, token=seasoned_token(other)).status_code == 400
    assert post_comment(reader, article, token="1:forged:token").status_code == 400
    assert not Comment.objects.exists()


def test_rate_limit_per_ip_answers_429_in_vietnamese(reader):
    article = make_article()
    for number in range(5):
        response = post_comment(reader, article, email=f"a{number}@example.com", body=f"Ý {number}")
        assert response.status_code == 200

    response = post_comment(reader, article, email="a9@example.com", body="Lần thứ sáu")

    assert response.status_code == 429
    assert "quá nhiều ý kiến" in response.content.decode()
    assert response["Retry-After"] == "600"
    assert Comment.objects.count() == 5


def test_rate_limit_per_email_across_addresses(reader):
    article = make_article()
    for number in range(5):
        post_comment(reader, article, ip=f"10.0.0.{number}", body=f"Ý kiến {number}")

    response = post_comment(reader, article, ip="10.0.0.99", body="Ý kiến thứ sáu")

    assert response.status_code == 429
    assert Comment.objects.count() == 5


def test_same_text_from_same_sender_within_an_hour_is_stored_once(reader):
    article = make_article()
    post_comment(reader, article, body="Cảm ơn tòa soạn.")

    again = post_comment(reader, article, body="Cảm ơn tòa soạn.")
    other_address = post_comment(reader, article, body="Cảm ơn tòa soạn.", ip="192.0.2.50")

    assert PENDING_MESSAGE in again.content.decode()
    assert PENDING_MESSAGE in other_address.content.decode()
    assert Comment.objects.count() == 1


def test_same_text_from_another_reader_is_stored_too(reader, client):
    article = make_article()
    post_comment(reader, article, body="Cảm ơn tòa soạn.")

    post_comment(
        client, article, body="Cảm ơn tòa soạn.", ip="192.0.2.50", email="binh@example.com"
    )

    assert Comment.objects.count() == 2


def test_same_text_from_the_same_address_under_another_email_is_stored_once(reader):
    article = make_article()
    post_comment(reader, article, body="Cảm ơn tòa soạn.")

    post_comment(reader, article, body="Cảm ơn tòa soạn.", email="binh@example.com")

    assert Comment.objects.count() == 1


def test_same_text_is_accepted_again_after_the_window(reader):
    article = make_article()
    post_comment(reader, article, body="Cảm ơn tòa soạn.")
    Comment.objects.update(created_at=timezone.now() - timedelta(hours=2))

    post_comment(reader, article, body="Cảm ơn tòa soạn.")

    assert Comment.objects.count() == 2


def test_more_than_two_links_are_held_even_under_post_moderation(reader):
    article = make_article(comments_mode=CommentMode.POST)
    body = "Xem http://a.example/1, www.b.example và c-d.vn nữa"

    post_comment(reader, article, body=body)

    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.held_for == [{"rule": "too_many_links", "detail": 3}]


def test_two_links_pass_under_post_moderation(reader):
    article = make_article(comments_mode=CommentMode.POST)

    post_comment(reader, article, body="Nguồn: https://baodaklak.vn/a và https://daklak.gov.vn")

    comment = Comment.objects.get()
    assert comment.status == Comment.Status.APPROVED
    assert comment.held_for == [{"rule": "post_moderation", "detail": ""}]


@pytest.mark.parametrize("body", ["Đồ ngu thật sự", "do ngu that su", "ĐỒ   NGU!"])
def test_banned_words_reject_with_or_without_diacritics_and_say_nothing(reader, body):
    WordRule.objects.create(phrase="đồ ngu", kind=WordRule.Kind.BANNED)
    article = make_article(comments_mode=CommentMode.POST)

    response = post_comment(reader, article, body=body)

    html = response.content.decode()
    assert PENDING_MESSAGE in html
    assert "ngu" not in html.lower().replace("nguyễn", "")
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.REJECTED
    assert comment.held_for == [{"rule": "banned_word", "detail": "đồ ngu"}]
    assert comment.decided_at is not None  # decided by the rule, not left in the queue


@pytest.mark.parametrize("body", ["Coi chừng lừa đảo", "coi chung LUA DAO"])
def test_suspect_words_hold_for_review_even_under_post_moderation(reader, body):
    WordRule.objects.create(phrase="Lừa đảo", kind=WordRule.Kind.SUSPECT)
    article = make_article(comments_mode=CommentMode.POST)

    post_comment(reader, article, body=body)

    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.held_for == [{"rule": "suspect_word", "detail": "Lừa đảo"}]


def test_words_match_whole_words_only(reader):
    WordRule.objects.create(phrase="ngu", kind=WordRule.Kind.BANNED)
    article = make_article()

    post_comment(reader, article, body="Nguồn nước Buôn Ma Thuột")

    assert Comment.objects.get().status == Comment.Status.PENDING


def test_closed_article_has_no_form_and_refuses_posts(reader, client):
    article = make_article(comments_mode=CommentMode.CLOSED)

    html = client.get(article.get_absolute_url()).content.decode()
    form_page = reader.get(form_url(article))
    refused = client.post(form_url(article), {"name": "A", "email": "a@example.com", "body": "Xin"})

    assert form_url(article) not in html
    assert "đã đóng" in html
    assert form_page.status_code == 403
    assert refused.status_code == 403
    assert "đã đóng" in refused.content.decode()
    assert not Comment.objects.exists()


def test_comments_close_by_themselves_after_the_set_days(client, settings):
    settings.COMMENTS_CLOSE_AFTER_DAYS = 30
    old = make_article(published_at=timezone.now() - timedelta(days=31))
    recent = make_article(published_at=timezone.now() - timedelta(days=29))

    assert client.get(form_url(old)).status_code == 403
    assert client.get(form_url(recent)).status_code == 200


def test_site_setting_chooses_the_mode_and_the_article_overrides_it(reader, client):
    SiteSettings(comments_mode=CommentMode.POST).save()
    following_site = make_article()
    pre_moderated = make_article(comments_mode=CommentMode.PRE)

    post_comment(reader, following_site, body="Hiện ngay.")
    post_comment(reader, pre_moderated, body="Chờ duyệt.")

    assert Comment.objects.get(body="Hiện ngay.").status == Comment.Status.APPROVED
    assert Comment.objects.get(body="Chờ duyệt.").status == Comment.Status.PENDING
    assert "Hiện ngay." in client.get(following_site.get_absolute_url()).content.decode()


def test_site_closed_closes_articles_that_do_not_choose(client):
    SiteSettings(comments_mode=CommentMode.CLOSED).save()
    article = make_article()
    open_article = make_article(comments_mode=CommentMode.PRE)

    assert client.get(form_url(article)).status_code == 403
    assert client.get(form_url(open_article)).status_code == 200


def test_unpublished_article_has_no_comment_form(client):
    draft = make_article(status="draft", published_at=None)

    assert client.get(form_url(draft)).status_code == 404


def test_reply_joins_the_thread_of_the_comment_it_answers(reader):
    article = make_article()
    thread = make_comment(article)
    reply = make_comment(article, parent=thread, body="Trả lời thứ nhất")

    form_page = reader.get(f"{form_url(article)}?tra-loi={thread.pk}")
    post_comment(reader, article, parent=reply.pk, body="Tôi cũng nghĩ vậy.")

    assert "Trả lời Bạn đọc" in form_page.content.decode()
    assert Comment.objects.get(body="Tôi cũng nghĩ vậy.").parent == thread


def test_reply_to_a_comment_of_another_article_is_refused(reader):
    article, other = make_article(), make_article()
    foreign = make_comment(other)

    response = post_comment(reader, article, parent=foreign.pk)

    assert response.status_code == 400
    assert "không còn" in response.content.decode()
    assert not Comment.objects.filter(article=article).exists()


def test_post_without_the_csrf_cookie_gets_a_vietnamese_403(reader):
    article = make_article()

    response = reader.post(
        form_url(article), {"name": "A", "email": "a@example.com", "body": "Xin"}
    )

    assert response.status_code == 403
    assert "Biểu mẫu đã hết hạn" in response.content.decode()
    assert not Comment.objects.exists()


def test_forged_x_forwarded_for_does_not_dodge_the_rate_limit_by_default(reader):
    article = make_article()
    for number in range(5):
        post_comment(
            reader,
            article,
            email=f"b{number}@example.com",
            body=f"Ý {number}",
            HTTP_X_FORWARDED_FOR=f"10.9.9.{number}",
        )

    response = post_comment(
        reader, article, email="b9@example.com", body="Thứ sáu", HTTP_X_FORWARDED_FOR="10.9.9.99"
    )

    assert response.status_code == 429


def test_a_form_sent_again_is_refused_with_a_message_and_stored_once(reader):
    article = make_article()
    token = seasoned_token(article)

    responses = [
        post_comment(reader, article, token=token, ip=f"10.3.0.{n}", email=f"r{n}@example.com")
        for n in range(4)
    ]

    assert responses[0].status_code == 200
    assert all(response.status_code == 400 for response in responses[1:])
    html = responses[1].content.decode()
    assert "Biểu mẫu này đã được gửi một lần" in html
    assert 'name="token"' in html and token not in html  # a new form, ready to use
    assert Comment.objects.count() == 1


def test_a_form_with_a_mistake_can_be_corrected_and_sent_with_the_same_token(reader):
    article = make_article()
    token = seasoned_token(article)

    mistaken = post_comment(reader, article, token=token, email="khong-phai-email")
    corrected = post_comment(reader, article, token=token)

    assert mistaken.status_code == 400
    assert corrected.status_code == 200
    assert Comment.objects.count() == 1


def test_two_forms_served_in_the_same_second_are_each_accepted(reader):
    article = make_article()
    first, second = seasoned_token(article), seasoned_token(article)

    assert post_comment(reader, article, token=first).status_code == 200
    response = post_comment(reader, article, token=second, body="Ý kiến thứ hai.", ip="10.3.1.1")

    assert response.status_code == 200
    assert Comment.objects.count() == 2


@pytest.mark.parametrize(
    "body",
    [
        "Bọn này là đồ lừa-đảo",
        "Bọn này là đồ lừa\u200bđảo",
        "Bọn này là đồ l\u200bừa đ\u00adảo",
        "Bọn này là đồ l.ừ.a đảo",
        "Bọn này là đồ l-ừ-a đ-ả-o",
        "Bọn này là đồ lừa\u00adđảo",
        "Bọn này là ĐỒ_LỪA_ĐẢO",
        "Bọn này là đồ… lừa… đảo!",
    ],
)
def test_banned_phrase_is_caught_through_punctuation_and_invisible_characters(reader, body):
    WordRule.objects.create(phrase="đồ lừa đảo", kind=WordRule.Kind.BANNED)
    article = make_article(comments_mode=CommentMode.POST)

    post_comment(reader, article, body=body)

    assert Comment.objects.get().status == Comment.Status.REJECTED


@pytest.mark.parametrize(
    "body", ["Nguồn-nước ở B.M.T tốt", "N.g.u.ồ.n nước", "Lúa gạo, đào ao nuôi cá"]
)
def test_folding_punctuation_does_not_join_innocent_words(reader, body):
    WordRule.objects.create(phrase="ngu", kind=WordRule.Kind.BANNED)
    WordRule.objects.create(phrase="lừa đảo", kind=WordRule.Kind.BANNED)
    article = make_article(comments_mode=CommentMode.POST)

    post_comment(reader, article, body=body)

    assert Comment.objects.get().status == Comment.Status.APPROVED


@pytest.mark.parametrize("status", [Comment.Status.PENDING, Comment.Status.REJECTED])
def test_reply_to_a_comment_not_approved_is_refused(reader, status):
    article = make_article()
    hidden = make_comment(article, status=Comment.Status.PENDING, body="Chưa được duyệt")
    if status == Comment.Status.REJECTED:
        hidden.decide(status, None)

    form_page = reader.get(f"{form_url(article)}?tra-loi={hidden.pk}")
    response = post_comment(reader, article, parent=hidden.pk, body="Trả lời ý kiến ẩn.")

    assert form_page.status_code == 404
    assert response.status_code == 400
    assert "không còn" in response.content.decode()
    assert not Comment.objects.filter(body="Trả lời ý kiến ẩn.").exists()


def test_a_form_refused_by_the_rate_limit_may_be_sent_again_later(reader, settings):
    settings.COMMENTS_RATE_LIMIT = (1, 2)
    article = make_article()
    token = seasoned_token(article)
    assert post_comment(reader, article, ip="10.4.0.1").status_code == 200

    limited = post_comment(reader, article, token=token, ip="10.4.0.2", body="Ý kiến thứ hai.")
    time.sleep(2)  # the next window
    later = post_comment(reader, article, token=token, ip="10.4.0.2", body="Ý kiến thứ hai.")

    assert (limited.status_code, later.status_code) == (429, 200)
    assert Comment.objects.count() == 2
