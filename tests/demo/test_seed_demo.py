"""`manage.py seed_demo` fills an empty database with every kind of demo content, once.

One test seeds and checks everything: seeding draws and stores ~20 photos with their renditions,
which takes seconds, so the checks share one run.
"""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.test import override_settings
from django.utils import timezone

from articles.models import (
    Article,
    ArticleViewCount,
    Correction,
    Event,
    Placement,
    Transition,
    Zone,
)
from comments.models import Comment, WordRule
from multimedia.models import Gallery, GalleryPhoto, Image, PrintIssue, PrintPage, Video

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
    assert articles.published().count() == 30
    assert articles.scheduled().count() == 1
    # Every published article went through the workflow: submitted, then published.
    published = Transition.objects.filter(action=Transition.Action.PUBLISHED)
    assert published.count() == 31  # 30 live + the unpublished one
    assert Transition.objects.filter(action=Transition.Action.SCHEDULED).count() == 1
    assert Transition.objects.filter(action=Transition.Action.SENT_BACK).count() == 1
    assert Correction.objects.count() == 1

    standard = articles.filter(presentation=Article.Presentation.STANDARD)
    assert standard.filter(body__contains="<figure data-image-id=").count() == 4
    embedding = standard.get(body__contains="<figure data-gallery-id=")
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

    assert_long_reads(client)

    # Two event pages with several articles each, one with its overview pinned at the top.
    events = Event.objects.annotate(total=Count("links")).order_by("hot_position")
    assert [event.total for event in events][:2] == [6, 4]
    coffee = events[0]
    assert coffee.overview == lead and coffee.is_hot
    event_page = client.get(coffee.get_absolute_url()).content.decode()
    overview_part, timeline = event_page.split('class="event-timeline"', 1)
    assert lead.title in overview_part and lead.title not in timeline
    assert "Thuộc sự kiện:" in page and coffee.name in page

    # A home page with every zone filled: the lead, four sub-leads, hot topics, section pins.
    showing = Placement.objects.showing()
    assert showing.filter(zone__section=None, zone__kind=Zone.Kind.LEAD).get().article == lead
    assert showing.filter(zone__section=None, zone__kind=Zone.Kind.SUBLEADS).count() == 4
    assert showing.exclude(zone__section=None).count() == 4
    assert Placement.objects.exclude(pk__in=showing).count() == 1  # one waits for its time
    home = client.get("/").content.decode()
    top = home.split('class="latest"', 1)[0]
    assert lead.title in top.split('class="subleads"', 1)[0]
    assert top.count('<article class="card') == 4
    strip = home.split('class="hot-topics"', 1)[1].split("</nav>", 1)[0]
    assert strip.count("<li>") == 3 and coffee.get_absolute_url() in strip
    kinh_te = home.split(">Kinh tế</a></h2>", 1)[1].split("</section>", 1)[0]
    assert kinh_te.index("Thêm 15 vùng trồng sầu riêng") < kinh_te.index("</article>")

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
    assert Article.objects.count() == 35
    assert Comment.objects.count() == 18


def assert_long_reads(client):
    """The E-magazine and the infographic are published and look the part."""
    long_read = Article.objects.published().emagazines().get()
    assert long_read.featured_image is not None
    assert len(long_read.chapters()) >= 3
    assert long_read.body.count("<blockquote>") >= 2
    assert long_read.body.count("<figure data-image-id=") >= 3
    assert "<figure data-gallery-id=" in long_read.body
    assert ("Ảnh", "Duy Tiến") in long_read.credit_lines()
    page = client.get(long_read.get_absolute_url()).content.decode()
    assert 'class="emagazine-cover"' in page
    assert f'href="#{long_read.chapters()[0][0]}"' in page
    assert client.get("/emagazine/").content.decode().count("emagazine-card") >= 1

    infographic = Article.objects.published().infographics().get()
    picture = Image.objects.get(pk=infographic.body_image_ids[0])
    assert picture.height > 1.5 * picture.width  # tall, as phones read it
    assert len(picture.alt_text) >= 150
    assert infographic.presentation_problems() == []
    assert infographic.title in client.get("/multimedia/infographic/").content.decode()
