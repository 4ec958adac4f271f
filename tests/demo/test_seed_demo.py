"""`manage.py seed_demo` fills an empty database with every kind of demo content, once.

One test seeds and checks everything: seeding draws and stores ~20 photos with their renditions,
which takes seconds, so the checks share one run.
"""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from articles.models import Article, ArticleViewCount, Correction, Transition
from comments.models import Comment, WordRule
from multimedia.models import Gallery, GalleryPhoto, PrintIssue, PrintPage, Video

pytestmark = pytest.mark.django_db


def seed():
    output = StringIO()
    with override_settings(DEBUG=True):
        call_command("seed_demo", stdout=output)
    return output.getvalue()


def test_refuses_without_debug():
    with pytest.raises(CommandError, match="DEBUG=1"):
        call_command("seed_demo", stdout=StringIO())
    assert not Article.objects.exists()


def test_seeds_every_feature_once(client):
    assert "Demo content added" in seed()

    articles = Article.objects.all()
    assert articles.published().count() == 28
    assert articles.scheduled().count() == 1
    # Every published article went through the workflow: submitted, then published.
    published = Transition.objects.filter(action=Transition.Action.PUBLISHED)
    assert published.count() == 29  # 28 live + the unpublished one
    assert Transition.objects.filter(action=Transition.Action.SCHEDULED).count() == 1
    assert Transition.objects.filter(action=Transition.Action.SENT_BACK).count() == 1
    assert Correction.objects.count() == 1

    assert articles.filter(body__contains="<figure data-image-id=").count() == 4
    embedding = articles.get(body__contains="<figure data-gallery-id=")
    assert embedding.is_published()

    assert Gallery.objects.published().filter(kind=Gallery.Kind.PHOTO_STORY).count() == 3
    assert Gallery.objects.published().filter(kind=Gallery.Kind.INFOGRAPHIC).count() == 1
    assert GalleryPhoto.objects.count() == 12
    assert Video.objects.published().exclude(poster=None).count() == 3
    issues = PrintIssue.objects.published()
    assert issues.count() == 4
    assert all(issue.pdf.open("rb").read(5) == b"%PDF-" for issue in issues)
    assert issues.exclude(cover=None).count() == 4
    assert PrintPage.objects.count() == 13

    comments = Comment.objects.all()
    assert comments.approved().count() == 12
    assert comments.approved().filter(is_newsroom=True).count() == 2
    assert comments.filter(status=Comment.Status.SPAM).count() == 1
    queue = comments.needs_review()
    assert queue.count() == 4
    held_for = [reason["rule"] for comment in queue for reason in comment.held_for]
    assert {"suspect_word", "too_many_links", "pre_moderation"} <= set(held_for)
    rejected = comments.get(status=Comment.Status.REJECTED)
    assert rejected.held_for[0]["rule"] == "banned_word"
    assert WordRule.objects.count() == 4

    assert ArticleViewCount.objects.exists()
    # Tags are part of the search document: a word only in a tag finds the article.
    assert articles.published().search("Truy xuất nguồn gốc").exists()

    # The reader sees the body photo with its own caption and the approved comments.
    lead = articles.get(title__startswith="Tỉnh đối thoại với nông dân")
    page = client.get(lead.get_absolute_url()).content.decode()
    assert "Cà phê phơi trên sân bạt của một hộ trong chuỗi liên kết" in page
    assert "Nhà tôi cũng muốn vào hợp tác xã" in page
    assert "Vay tiền nhanh không cần thế chấp" not in page  # held for a moderator

    # The lead story is followed live: ~15 updates of every kind, one pinned, still running.
    assert lead.is_live()
    updates = lead.live_updates.shown()
    assert updates.count() == 15
    assert updates.filter(is_key=True).count() == 1
    assert updates.exclude(image=None).count() == 2 and updates.exclude(video=None).count() == 1
    assert updates.exclude(quote="").exclude(quote_source="").count() == 3
    assert set(updates.values_list("posted_by__username", flat=True)) == {"journalist", "editor"}
    assert max(updates.values_list("posted_at", flat=True)) <= timezone.now()
    assert page.count("data-update-id=") == 15  # the key update on top, 14 in the timeline
    assert "Đang diễn ra" in page and "data-live-poll" in page

    # A second run changes nothing.
    assert "added nothing" in seed()
    assert Article.objects.count() == 33
    assert Comment.objects.count() == 18
