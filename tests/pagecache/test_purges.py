"""Every change a reader could notice purges exactly the stored pages that show it: each test
stores a page, changes the thing through the code the desk uses, and reads the new page."""

import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import timezone

import pagecache
from articles.models import Correction, Revision, Section, SiteSettings
from articles.models.revisions import snapshot
from comments.models import Comment
from tests.articles.helpers import make_editor, make_journalist
from tests.comments.helpers import make_comment
from tests.factories import make_article, make_author, make_image, make_section
from tests.multimedia.helpers import make_gallery, make_print_issue, make_video

from .helpers import fresh, stored

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return make_editor()


def test_publishing_an_article_purges_the_lists_it_joins(client, editor):
    author = make_author()
    make_article(authors=[author], tags=["Cà phê"])  # the tag and author pages exist
    neighbour = make_article(section=make_section())
    draft = make_article(
        title="Bài mới lên trang",
        status="in_review",
        published_at=None,
        section=neighbour.section,
        authors=[author],
        tags=["Cà phê"],
    )
    tag = draft.tags.get()
    lists = [
        "/",
        neighbour.section.get_absolute_url(),
        tag.get_absolute_url(),
        author.get_absolute_url(),
        "/rss/",
        f"/rss/{neighbour.section.slug}/",
        "/api/v1/articles/",
    ]
    for url in lists:
        assert "Bài mới lên trang" not in stored(client, url)

    draft.publish(editor)

    for url in lists:
        assert "Bài mới lên trang" in fresh(client, url), url


def test_unpublishing_removes_the_article_and_its_cards(client, editor):
    article = make_article(title="Bài sẽ gỡ")
    stored(client, "/")
    stored(client, article.get_absolute_url())

    article.unpublish(editor)

    assert "Bài sẽ gỡ" not in fresh(client, "/")
    assert client.get(article.get_absolute_url()).status_code == 404


def test_a_new_title_shows_everywhere_the_article_is_listed(client):
    article = make_article(title="Tiêu đề cũ")
    urls = ["/", article.section.get_absolute_url(), article.get_absolute_url()]
    for url in urls:
        stored(client, url)

    article.title = "Tiêu đề đã sửa"
    article.save()

    for url in urls:
        assert "Tiêu đề đã sửa" in fresh(client, url)


def test_a_body_edit_purges_the_article_page_alone(client):
    article = make_article(body="<p>Đoạn văn cũ.</p>")
    stored(client, "/")
    stored(client, article.get_absolute_url())

    article.body = "<p>Đoạn văn mới.</p>"
    article.save()

    assert "Đoạn văn mới." in fresh(client, article.get_absolute_url())
    assert client.get("/")["X-Cache"] == "HIT"


def test_an_approved_pending_change_shows_at_once(client, editor):
    article = make_article(lead="Sapo cũ.")
    stored(client, article.get_absolute_url())
    content = {**snapshot(article), "lead": "Sapo đã được duyệt."}
    change = Revision.propose(article, content, make_journalist())
    assert "Sapo cũ." in stored(client, article.get_absolute_url())

    change.approve(editor)

    assert "Sapo đã được duyệt." in fresh(client, article.get_absolute_url())


def test_a_correction_shows_at_once(client):
    article = make_article()
    stored(client, article.get_absolute_url())

    Correction.objects.create(article=article, text="Ảnh chụp năm 2020, không phải 2021.")

    assert "Ảnh chụp năm 2020" in fresh(client, article.get_absolute_url())


def test_a_comment_shows_once_approved(client):
    article = make_article()
    comment = make_comment(article, body="Ý kiến của bạn đọc Buôn Hồ", status="pending")
    assert "Ý kiến của bạn đọc Buôn Hồ" not in stored(client, article.get_absolute_url())

    comment.decide(Comment.Status.APPROVED, None)

    assert "Ý kiến của bạn đọc Buôn Hồ" in fresh(client, article.get_absolute_url())


def test_a_photo_caption_change_shows_on_the_pages_using_it(client):
    image = make_image(caption="Chú thích cũ")
    article = make_article(featured_image=image)
    gallery = make_gallery(photos=0, cover=image)
    for url in (article.get_absolute_url(), "/"):
        stored(client, url)

    image.caption = "Chú thích đã sửa"
    image.save()

    assert "Chú thích đã sửa" in fresh(client, article.get_absolute_url())
    assert fresh(client, "/")
    assert client.get(gallery.get_absolute_url()).status_code == 200


def test_a_section_rename_shows_in_every_page_navigation(client):
    article = make_article()
    other = make_article()
    for url in ("/", article.get_absolute_url(), other.get_absolute_url()):
        stored(client, url)

    section = Section.objects.get(pk=article.section_id)
    section.name = "Kinh tế - Xã hội"
    section.save()

    for url in ("/", article.get_absolute_url(), other.get_absolute_url()):
        assert "Kinh tế - Xã hội" in fresh(client, url)


def test_a_new_section_joins_the_navigation(client):
    article = make_article()
    stored(client, article.get_absolute_url())

    make_section(name="Bạn đọc viết")

    assert "Bạn đọc viết" in fresh(client, article.get_absolute_url())


def test_site_settings_show_on_every_page_and_feed(client):
    article = make_article()
    for url in ("/", article.get_absolute_url(), "/rss/"):
        stored(client, url)

    site = SiteSettings.load()
    site.name = "Báo Đắk Lắk điện tử"
    site.editor_in_chief = "Nguyễn Văn Tổng"
    site.save()

    assert "Nguyễn Văn Tổng" in fresh(client, "/")
    assert "Nguyễn Văn Tổng" in fresh(client, article.get_absolute_url())
    assert "Báo Đắk Lắk điện tử" in fresh(client, "/rss/")


def test_an_author_rename_shows_in_bylines(client):
    author = make_author(name="Hoàng Gia")
    article = make_article(authors=[author])
    stored(client, article.get_absolute_url())

    author.name = "Hoàng Gia Bảo"
    author.save()

    assert "Hoàng Gia Bảo" in fresh(client, article.get_absolute_url())


def test_a_new_byline_or_tag_purges_the_article_and_its_new_lists(client):
    article = make_article()
    author = make_author(name="Phóng viên mới")
    make_article(authors=[author], tags=["Nông nghiệp"])
    tag_url = "/chu-de/nong-nghiep/"
    for url in (article.get_absolute_url(), author.get_absolute_url(), tag_url):
        stored(client, url)

    article.bylines.create(author=author, position=0)
    article.tags.add("Nông nghiệp")

    assert "Phóng viên mới" in fresh(client, article.get_absolute_url())
    assert article.title in fresh(client, author.get_absolute_url())
    assert article.title in fresh(client, tag_url)


def test_video_gallery_and_print_issue_changes_show(client):
    video = make_video(title="Video cũ")
    gallery = make_gallery(title="Phóng sự ảnh cũ")
    issue = make_print_issue()
    pages = [video.get_absolute_url(), gallery.get_absolute_url(), "/multimedia/"]
    for url in (*pages, issue.get_absolute_url()):
        stored(client, url)

    video.title = "Video mới"
    video.save()
    gallery.title = "Phóng sự ảnh mới"
    gallery.save()
    newer = make_print_issue(number=issue.number + 1)

    video_page = fresh(client, video.get_absolute_url())
    assert "Video mới" in video_page
    assert f"số {newer.number}" in video_page  # the print-edition link in every header
    assert "Phóng sự ảnh mới" in fresh(client, gallery.get_absolute_url())
    listing = fresh(client, "/multimedia/")
    assert "Video mới" in listing and "Phóng sự ảnh mới" in listing


def test_a_page_listing_a_scheduled_article_expires_at_its_time(client, editor):
    article = make_article(status="in_review", published_at=None, title="Tin hẹn giờ lên trang")
    article.publish(editor, at=timezone.now() + timedelta(seconds=1.5))
    assert "Tin hẹn giờ lên trang" not in stored(client, "/")
    assert client.get(article.get_absolute_url()).status_code == 404

    time.sleep(1.6)

    assert "Tin hẹn giờ lên trang" in fresh(client, "/")
    assert client.get(article.get_absolute_url()).status_code == 200


def test_a_purge_made_by_another_process_is_seen_here(client):
    """Each gunicorn worker is a process: a purge in one must reach the pages the others read."""
    article = make_article()
    url = article.get_absolute_url()
    stored(client, url)

    subprocess.run(
        [
            sys.executable,
            "-c",
            f"import django; django.setup(); import pagecache; "
            f"pagecache.purge('article-{article.pk}')",
        ],
        check=True,
        cwd=settings.BASE_DIR,
        env={**__import__("os").environ, "DJANGO_SETTINGS_MODULE": "tests.settings"},
        timeout=60,
    )

    fresh(client, url)


def test_a_page_whose_tag_version_was_lost_is_rendered_again(client):
    """An evicted or flushed version must never make an old page match again."""
    article = make_article()
    version = f"tagv:article-{article.pk}"
    caches["pages"].delete(version)  # an archive article: never purged since the store began
    stored(client, article.get_absolute_url())

    pagecache.purge(f"article-{article.pk}")
    caches["pages"].delete(version)  # the purge's version evicted later

    fresh(client, article.get_absolute_url())


def test_a_deleted_comment_leaves_the_page_at_once(client):
    article = make_article()
    comment = make_comment(article, body="Ý kiến phải gỡ xuống")
    assert "Ý kiến phải gỡ xuống" in stored(client, article.get_absolute_url())

    comment.delete()

    assert "Ý kiến phải gỡ xuống" not in fresh(client, article.get_absolute_url())


def test_authors_added_in_bulk_purge_their_pages(client, editor):
    author = make_author(name="Tác giả được thêm")
    make_article(authors=[author])
    article = make_article(title="Bài có thêm tác giả")
    assert "Bài có thêm tác giả" not in stored(client, author.get_absolute_url())

    article.authors.add(author)

    assert "Bài có thêm tác giả" in fresh(client, author.get_absolute_url())


def test_an_approved_change_of_byline_purges_the_new_authors_page(client, editor):
    author = make_author(name="Người ký mới")
    make_article(authors=[author])
    article = make_article(title="Bài đổi người ký")
    assert "Bài đổi người ký" not in stored(client, author.get_absolute_url())
    content = {**snapshot(article), "authors": [[author.pk, author.name]]}

    Revision.propose(article, content, make_journalist()).approve(editor)

    assert "Bài đổi người ký" in fresh(client, author.get_absolute_url())


def test_a_gallery_placed_in_a_body_shows_once_published(client):
    gallery = make_gallery(title="Phóng sự ảnh chờ đăng", status="draft", published_at=None)
    article = make_article(body=f'<figure data-gallery-id="{gallery.pk}"></figure>')
    assert "Phóng sự ảnh chờ đăng" not in stored(client, article.get_absolute_url())

    gallery.status = "published"
    gallery.save()

    assert "Phóng sự ảnh chờ đăng" in fresh(client, article.get_absolute_url())
