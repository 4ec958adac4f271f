"""Live coverage: starting and ending it, posting updates (who may, review), the reader's page,
its update feed through the page cache, and what else follows the updates (search, API, sitemaps)."""

import json
import re
from datetime import timedelta

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry
from django.utils import timezone

from articles.models import Article, LiveUpdate
from articles.models.live import UPDATES_PER_PAGE, cursor_of
from tests.articles.helpers import make_editor, make_journalist
from tests.factories import make_article, make_author, make_image, make_section
from tests.multimedia.helpers import make_video
from tests.pagecache.helpers import stored

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/articles/liveupdate/add/"


def feed_url(article, **params):
    query = "&".join(f"{name}={value}" for name, value in params.items())
    return f"/cap-nhat/{article.pk}/?{query}"


def make_live_article(journalist=None, **overrides):
    """A published article whose coverage an editor has started, signed by `journalist`."""
    author = make_author(user=journalist) if journalist else make_author()
    article = make_article(authors=[author], **overrides)
    article.start_live_coverage(make_editor())
    return article


def post_update(article, by, minutes_ago=0, **fields):
    update = LiveUpdate(article=article, **{"text": "Cập nhật.", **fields})
    update.post(by)
    if minutes_ago:
        posted_at = timezone.now() - timedelta(minutes=minutes_ago)
        LiveUpdate.objects.filter(pk=update.pk).update(posted_at=posted_at)
        update.posted_at = posted_at
    return update


def update_form(article, **overrides):
    data = {
        "article": str(article.pk),
        "headline": "",
        "text": "Đội cứu hộ đã tiếp cận hiện trường.",
        "quote": "",
        "quote_source": "",
        "image": "",
        "video": "",
    }
    data.update(overrides)
    return data


def json_ld_of(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


# The desk ---------------------------------------------------------------------------------------


def test_an_editor_starts_and_ends_the_coverage_from_the_article_page(client):
    editor = make_editor()
    article = make_article()
    client.force_login(editor)

    page = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert "Bắt đầu tường thuật trực tiếp" in page
    client.post(f"/admin/articles/article/{article.pk}/live/start/")
    article.refresh_from_db()
    assert article.is_live() and article.live_started_at is not None

    client.post(f"/admin/articles/article/{article.pk}/live/end/")
    article.refresh_from_db()
    assert not article.is_live() and article.live_ended_at >= article.live_started_at


def test_a_journalist_cannot_start_or_end_a_coverage(client):
    journalist = make_journalist()
    article = make_article(authors=[make_author(user=journalist)])
    client.force_login(journalist)

    response = client.post(f"/admin/articles/article/{article.pk}/live/start/")

    assert response.status_code == 403
    article.refresh_from_db()
    assert article.live_started_at is None


def test_a_byline_journalist_posts_an_update_through_the_admin_and_readers_see_it(client):
    journalist = make_journalist()
    article = make_live_article(journalist)
    client.force_login(journalist)

    response = client.post(ADD_URL, update_form(article, headline="Nước rút dần"))

    assert response.status_code == 302
    update = LiveUpdate.objects.get()
    assert (update.posted_by, update.is_approved) == (journalist, True)
    entry = LogEntry.objects.get(object_id=str(update.pk))
    assert (entry.user, entry.action_flag) == (journalist, ADDITION)
    client.logout()
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Nước rút dần" in page and "Đội cứu hộ đã tiếp cận hiện trường." in page


def test_a_journalist_not_on_the_byline_is_refused_and_nothing_is_written(client):
    outsider = make_journalist()
    article = make_live_article(make_journalist())
    client.force_login(outsider)

    response = client.post(ADD_URL, update_form(article))

    assert response.status_code == 200
    assert "chỉ được đăng cập nhật cho bài có tên mình" in response.content.decode()
    assert not LiveUpdate.objects.exists()


def test_a_journalist_cannot_change_or_delete_updates_of_an_article_they_are_not_on(client):
    article = make_live_article(make_journalist())
    update = post_update(article, make_editor(), text="Bản gốc.")
    client.force_login(make_journalist())

    change = client.post(
        f"/admin/articles/liveupdate/{update.pk}/change/", update_form(article, text="Sửa trộm.")
    )
    delete = client.post(f"/admin/articles/liveupdate/{update.pk}/delete/", {"post": "yes"})

    assert change.status_code in {302, 403} and delete.status_code in {302, 403}
    update.refresh_from_db()
    assert update.text == "Bản gốc."


def test_a_byline_journalist_changes_or_deletes_only_their_own_updates(client):
    journalist = make_journalist()
    article = make_live_article(journalist)
    editors = post_update(article, make_editor(), text="Của biên tập viên.")
    own = post_update(article, journalist, text="Của tôi.")
    client.force_login(journalist)

    client.post(
        f"/admin/articles/liveupdate/{editors.pk}/change/", update_form(article, text="Sửa.")
    )
    client.post(f"/admin/articles/liveupdate/{editors.pk}/delete/", {"post": "yes"})
    client.post(
        f"/admin/articles/liveupdate/{own.pk}/change/", update_form(article, text="Đã sửa.")
    )

    editors.refresh_from_db()
    own.refresh_from_db()
    assert (editors.text, own.text) == ("Của biên tập viên.", "Đã sửa.")


def test_with_review_on_a_journalist_neither_deletes_nor_pins_past_the_editor(client):
    journalist = make_journalist()
    article = make_live_article(journalist)
    shown = post_update(article, journalist, text="Đã hiện.")
    key = post_update(article, make_editor(), text="Diễn biến chính.", is_key=True)
    Article.objects.filter(pk=article.pk).update(live_updates_need_review=True)
    client.force_login(journalist)

    delete = client.post(f"/admin/articles/liveupdate/{shown.pk}/delete/", {"post": "yes"})
    pinned = client.post(
        "/admin/articles/liveupdate/add/", update_form(article, text="Ghim của tôi.", is_key="on")
    )

    assert delete.status_code == 403 and LiveUpdate.objects.filter(pk=shown.pk).exists()
    assert "biên tập viên ghim" in pinned.content.decode()
    key.refresh_from_db()
    assert key.is_key and not LiveUpdate.objects.filter(text="Ghim của tôi.").exists()


def test_a_deleted_update_leaves_the_page_and_the_log_keeps_who_deleted_it(client):
    editor = make_editor()
    article = make_live_article()
    update = post_update(article, editor, text="Tin đăng nhầm.")
    client.get(article.get_absolute_url())
    stored(client, article.get_absolute_url())
    client.force_login(editor)

    client.post(f"/admin/articles/liveupdate/{update.pk}/delete/", {"post": "yes"})
    client.logout()

    assert not LiveUpdate.objects.exists()
    entry = LogEntry.objects.get(object_id=str(update.pk))
    assert (entry.user, entry.action_flag) == (editor, DELETION)
    assert "Tin đăng nhầm." not in client.get(article.get_absolute_url()).content.decode()


def test_updates_are_refused_before_the_coverage_starts_and_after_it_ends(client):
    editor = make_editor()
    article = make_article()
    client.force_login(editor)

    before = client.post(ADD_URL, update_form(article))
    article.start_live_coverage(editor)
    article.end_live_coverage(editor)
    after = client.post(ADD_URL, update_form(article))

    for response in (before, after):
        assert response.status_code == 200
        assert "chỉ đăng được khi đang tường thuật" in response.content.decode()
    assert not LiveUpdate.objects.exists()


def test_an_empty_update_is_a_form_error(client):
    editor = make_editor()
    article = make_live_article()
    client.force_login(editor)

    response = client.post(ADD_URL, update_form(article, text="  "))

    assert response.status_code == 200
    assert "Hãy viết nội dung" in response.content.decode()
    assert not LiveUpdate.objects.exists()


def test_a_video_readers_cannot_see_yet_is_a_form_error(client):
    draft_video = make_video(status="draft", published_at=None)
    article = make_live_article()
    client.force_login(make_editor())

    response = client.post(ADD_URL, update_form(article, video=str(draft_video.pk)))

    assert response.status_code == 200
    assert "Hãy chọn video bạn đọc đã xem được" in response.content.decode()
    assert not LiveUpdate.objects.exists()


def test_with_review_on_a_journalists_update_waits_until_an_editor_approves_it(client):
    journalist, editor = make_journalist(), make_editor()
    article = make_live_article(journalist, live_updates_need_review=True)
    waiting = post_update(article, journalist, text="Tin chờ duyệt.", minutes_ago=5)
    cursor = cursor_of(timezone.now() - timedelta(minutes=1))

    assert not waiting.is_approved
    assert "Tin chờ duyệt." not in client.get(article.get_absolute_url()).content.decode()
    assert client.get(feed_url(article, sau=0)).json()["updates"] == []

    client.force_login(editor)
    client.post(
        "/admin/articles/liveupdate/",
        {"action": "approve", "_selected_action": [waiting.pk]},
    )
    client.logout()

    waiting.refresh_from_db()
    assert waiting.is_approved
    # Approved now: an open page whose newest update is a minute old receives it.
    assert [item["id"] for item in client.get(feed_url(article, sau=cursor)).json()["updates"]] == [
        waiting.pk
    ]
    assert LogEntry.objects.filter(object_id=str(waiting.pk), action_flag=CHANGE).exists()


def test_editors_updates_skip_review_and_journalists_cannot_approve(client):
    journalist, editor = make_journalist(), make_editor()
    article = make_live_article(journalist, live_updates_need_review=True)
    from_editor = post_update(article, editor)
    waiting = post_update(article, journalist)
    client.force_login(journalist)

    client.post(
        "/admin/articles/liveupdate/", {"action": "approve", "_selected_action": [waiting.pk]}
    )

    assert from_editor.is_approved
    waiting.refresh_from_db()
    assert not waiting.is_approved


def test_the_article_page_of_the_desk_links_to_its_updates_only(client):
    editor = make_editor()
    article, other = make_live_article(), make_live_article()
    post_update(article, editor, headline="Của bài này")
    post_update(other, editor, headline="Của bài khác")
    client.force_login(editor)

    box = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    link = re.search(r'href="(/admin/articles/liveupdate/\?article__id__exact=\d+)"', box)
    listed = client.get(link.group(1).replace("&amp;", "&")).content.decode()

    assert "1 cập nhật, 0 chờ duyệt" in box and "Kết thúc tường thuật trực tiếp" in box
    assert "Của bài này" in listed and "Của bài khác" not in listed


def test_a_journalist_lists_only_the_updates_of_articles_they_are_on(client):
    journalist, editor = make_journalist(), make_editor()
    mine, other = make_live_article(journalist), make_live_article()
    post_update(mine, editor, headline="Bài của tôi")
    post_update(other, editor, headline="Bài người khác")
    client.force_login(journalist)

    listed = client.get("/admin/articles/liveupdate/").content.decode()

    assert "Bài của tôi" in listed and "Bài người khác" not in listed


def test_a_new_key_update_unpins_the_previous_one():
    editor = make_editor()
    article = make_live_article()
    first = post_update(article, editor, is_key=True)
    second = post_update(article, editor, is_key=True)

    first.refresh_from_db()
    assert (first.is_key, second.is_key) == (False, True)


# The reader's page ------------------------------------------------------------------------------


def test_the_live_page_shows_the_badge_the_key_update_on_top_and_the_newest_first(client):
    editor = make_editor()
    section = make_section()
    article = make_live_article(section=section, title="Mưa lớn ở Krông Ana")
    post_update(article, editor, text="Cập nhật thứ nhất.", minutes_ago=30)
    post_update(article, editor, text="Diễn biến chính.", is_key=True, minutes_ago=20)
    post_update(article, editor, text="Cập nhật mới nhất.", minutes_ago=1)
    # The home page's top story has its own markup (the home-zones work places the badge there);
    # a newer story takes that place so the live one shows as a card.
    make_article(section=section, published_at=timezone.now())

    html = client.get(article.get_absolute_url()).content.decode()
    html = html[html.index("<main") :]  # the page, not its JSON-LD

    assert html.count('class="live-badge"') == 1
    assert html.index("Diễn biến chính.") < html.index("Cập nhật mới nhất.")
    assert html.index("Cập nhật mới nhất.") < html.index("Cập nhật thứ nhất.")
    assert 'data-live-poll="15"' in html and "js/live.js" in html
    assert 'aria-live="polite"' in html
    for url in ("/", section.get_absolute_url()):
        assert "Đang diễn ra" in client.get(url).content.decode(), url


def test_update_text_is_escaped_and_keeps_its_line_breaks(client):
    article = make_live_article()
    post_update(
        article,
        make_editor(),
        text="Dòng một\n\n<script>alert(1)</script>",
        quote="Chúng tôi <b>sẽ</b> làm",
        quote_source="Ông A",
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert "<p>Dòng một</p>" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert "Chúng tôi &lt;b&gt;sẽ&lt;/b&gt; làm" in html


def test_a_photo_and_a_video_from_the_library_show_in_an_update(client):
    video = make_video(title="Lũ về trên sông Sêrêpốk")
    article = make_live_article()
    post_update(
        article,
        make_editor(),
        image=make_image(alt_text="Đoàn xe cứu trợ"),
        video=video,
        text="Ảnh và video.",
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert 'alt="Đoàn xe cứu trợ"' in html
    assert 'data-embed-title="Lũ về trên sông Sêrêpốk"' in html


def test_after_the_end_the_page_reads_as_an_article_with_its_timeline(client):
    editor = make_editor()
    article = make_live_article(section=make_section())
    post_update(article, editor, text="Cập nhật còn lại.")
    make_article(published_at=timezone.now())  # the top story: the live one is a card
    article.end_live_coverage(editor)

    html = client.get(article.get_absolute_url()).content.decode()

    assert "Cập nhật còn lại." in html and "Cuộc tường thuật đã kết thúc lúc" in html
    assert "Đang diễn ra" not in html and "data-live-poll" not in html
    assert "Đang diễn ra" not in client.get("/").content.decode()


def test_json_ld_is_a_live_blog_posting_with_coverage_times_and_updates(client):
    editor = make_editor()
    article = make_live_article()
    update = post_update(article, editor, headline="Khai mạc", text="Hội nghị bắt đầu.")

    data = json_ld_of(client.get(article.get_absolute_url()).content.decode())[0]

    assert data["@type"] == "LiveBlogPosting" and "coverageEndTime" not in data
    assert data["coverageStartTime"].endswith("+07:00")
    assert data["liveBlogUpdate"] == [
        {
            "@type": "BlogPosting",
            "headline": "Khai mạc",
            "articleBody": "Khai mạc Hội nghị bắt đầu.",
            "datePublished": timezone.localtime(update.posted_at).isoformat(timespec="seconds"),
            "url": f"http://testserver{article.get_absolute_url()}#cap-nhat-{update.pk}",
        }
    ]
    article.end_live_coverage(editor)
    ended = json_ld_of(client.get(article.get_absolute_url()).content.decode())[0]
    assert ended["@type"] == "LiveBlogPosting" and "coverageEndTime" in ended


def test_an_article_without_coverage_stays_a_news_article(client):
    article = make_article()

    html = client.get(article.get_absolute_url()).content.decode()

    assert json_ld_of(html)[0]["@type"] == "NewsArticle"
    assert "data-live-url" not in html and "js/live.js" not in html


def test_the_page_shows_a_page_of_updates_and_the_feed_gives_the_older_ones(client):
    editor = make_editor()
    article = make_live_article()
    updates = [
        post_update(article, editor, text=f"Cập nhật số {number}.", minutes_ago=100 - number)
        for number in range(UPDATES_PER_PAGE + 5)
    ]

    html = client.get(article.get_absolute_url()).content.decode()

    assert html.count("data-update-id=") == UPDATES_PER_PAGE
    assert "Cập nhật số 4." not in html
    older = client.get(feed_url(article, truoc=updates[5].cursor)).json()
    assert [item["id"] for item in older["updates"]] == [u.pk for u in reversed(updates[:5])]
    assert older["has_more"] is False


def test_staff_preview_of_a_live_article_shows_its_updates_without_polling(client):
    editor = make_editor()
    article = make_live_article()
    post_update(article, editor, text="Bản xem trước.")
    client.force_login(editor)

    html = client.get(f"/xem-truoc/{article.pk}/").content.decode()

    assert "Bản xem trước." in html and "data-live-poll" not in html


# The update feed and the page cache -------------------------------------------------------------


def test_the_feed_gives_the_updates_newer_than_the_readers_page_oldest_first(client):
    editor = make_editor()
    article = make_live_article()
    seen = post_update(article, editor, minutes_ago=10)
    second = post_update(article, editor, minutes_ago=5)
    third = post_update(article, editor, text="<b>mới</b>")

    data = client.get(feed_url(article, sau=seen.cursor)).json()

    assert data["live"] is True
    assert [item["id"] for item in data["updates"]] == [second.pk, third.pk]
    assert data["updates"][-1]["cursor"] == third.cursor
    assert "&lt;b&gt;mới&lt;/b&gt;" in data["updates"][-1]["html"]


def test_the_feed_is_stored_and_a_new_update_purges_it_and_the_page(client):
    editor = make_editor()
    article = make_live_article()
    seen = post_update(article, editor, minutes_ago=5)
    url = feed_url(article, sau=seen.cursor)
    assert client.get(url).json()["updates"] == []
    stored(client, url)
    stored(client, article.get_absolute_url())

    post_update(article, editor, text="Vừa xảy ra.")

    fresh = client.get(url)
    assert fresh["X-Cache"] == "MISS" and len(fresh.json()["updates"]) == 1
    assert "Vừa xảy ra." in client.get(article.get_absolute_url()).content.decode()


def test_ending_the_coverage_purges_the_feed_the_page_and_the_cards(client):
    editor = make_editor()
    section = make_section()
    article = make_live_article(section=section)
    for url in (feed_url(article, sau=0), section.get_absolute_url()):
        client.get(url)
        stored(client, url)

    article.end_live_coverage(editor)

    assert client.get(feed_url(article, sau=0)).json()["live"] is False
    assert "Đang diễn ra" not in client.get(section.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "sau=abc",
        "sau=-1",
        "truoc=1.5",
        "sau=1&truoc=2",
        "sau=99999999999999999999",
        "truoc=300000000000000000",
    ],
)
def test_a_bad_position_is_a_400_with_a_vietnamese_message(client, query):
    article = make_live_article()

    response = client.get(f"/cap-nhat/{article.pk}/?{query}")

    assert response.status_code == 400
    assert "Hãy cho một vị trí" in response.json()["error"]


def test_the_feed_of_an_article_without_coverage_or_unpublished_is_404(client):
    never_live = make_article()
    draft = make_live_article()
    Article.objects.filter(pk=draft.pk).update(status=Article.Status.DRAFT)

    for article in (never_live, draft):
        assert client.get(feed_url(article, sau=0)).status_code == 404


# Query budgets ----------------------------------------------------------------------------------

# The article page's own queries (tests/articles/test_views.py: ARTICLE_QUERIES) plus one for the
# timeline, however many updates; the feed: the article, its updates.
LIVE_TIMELINE_QUERIES = 1
FEED_QUERIES = 2


@pytest.mark.parametrize("count", [1, 30])
def test_the_live_page_and_the_feed_cost_a_fixed_number_of_queries(uncached_queries, count):
    from tests.articles.test_views import ARTICLE_QUERIES

    editor = make_editor()
    article = make_live_article()
    video, image = make_video(poster=make_image()), make_image()
    for number in range(count):
        post_update(article, editor, image=image, video=video, is_key=number == 0)

    page, html = uncached_queries(article.get_absolute_url())
    feed, _ = uncached_queries(feed_url(article, sau=0))

    assert html.count("data-update-id=") == min(count, UPDATES_PER_PAGE + 1)
    assert len(page) == ARTICLE_QUERIES + LIVE_TIMELINE_QUERIES
    assert len(feed) == FEED_QUERIES


# What follows the updates -----------------------------------------------------------------------


def test_updates_are_found_by_search(client):
    article = make_live_article(title="Hội nghị đối thoại")
    post_update(article, make_editor(), text="Ông Y Kim Mlô hỏi về vốn vay đầu vụ.")

    html = client.get("/tim-kiem/", {"q": "von vay dau vu"}).content.decode()

    assert "Hội nghị đối thoại" in html


def test_an_update_moves_the_sitemaps_lastmod_through_the_page_cache(client):
    article = make_live_article()
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() - timedelta(hours=3))
    url = f"/sitemap-articles-{timezone.localdate(article.published_at):%Y-%m}.xml"

    def lastmod():
        return re.search(r"<lastmod>(.*?)</lastmod>", client.get(url).content.decode()).group(1)

    before = lastmod()
    stored(client, url)
    post_update(article, make_editor())

    assert lastmod() > before
    assert lastmod() == Article.objects.get(pk=article.pk).modified_at.astimezone(
        timezone.get_current_timezone()
    ).isoformat(timespec="seconds")


def test_the_api_gives_the_updates_as_associated_text_items(client):
    editor = make_editor()
    article = make_live_article()
    key = post_update(article, editor, text="Then chốt.", is_key=True, minutes_ago=9)
    latest = post_update(article, editor, headline="Mới", text="Tin mới.", image=make_image())

    item = client.get(f"/api/v1/articles/{article.pk}/").json()

    names = [association["name"] for association in item["associations"]]
    assert names == [f"liveupdate-{key.pk}", f"liveupdate-{latest.pk}"]
    newest = item["associations"][1]
    assert newest["type"] == "text" and newest["headlines"][0]["value"] == "Mới"
    assert newest["bodies"][0]["value"] == "Mới Tin mới."
    assert newest["associations"][0]["type"] == "picture"
