"""The home page and section pages as the desk arranges them: zones, placements, fill, preview."""

from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.utils import timezone

from articles.models import Article, Placement, Zone
from tests.articles.helpers import make_editor, make_journalist
from tests.factories import make_article, make_event, make_image, make_section, make_zone, place

pytestmark = pytest.mark.django_db

HOME_ZONE_QUERIES = 6


def zone_url(zone):
    return f"/admin/articles/zone/{zone.pk}/change/"


def local(moment):
    moment = timezone.localtime(moment)
    return moment.strftime("%d/%m/%Y"), moment.strftime("%H:%M")


def zone_form(zone, rows=(), size=None):
    """What the zone's admin page posts: its size and the placement rows (new ones)."""
    data = {
        "size": str(size or zone.size),
        "placements-TOTAL_FORMS": str(len(rows)),
        "placements-INITIAL_FORMS": "0",
        "placements-MIN_NUM_FORMS": "0",
        "placements-MAX_NUM_FORMS": "1000",
        "_save": "Lưu",
    }
    for index, row in enumerate(rows):
        starts = local(row.get("starts_at", timezone.now() - timedelta(minutes=1)))
        ends = local(row["ends_at"]) if row.get("ends_at") else ("", "")
        data.update(
            {
                f"placements-{index}-zone": str(zone.pk),
                f"placements-{index}-position": str(row.get("position", index)),
                f"placements-{index}-article": str(row["article"].pk),
                f"placements-{index}-starts_at_0": starts[0],
                f"placements-{index}-starts_at_1": starts[1],
                f"placements-{index}-ends_at_0": ends[0],
                f"placements-{index}-ends_at_1": ends[1],
            }
        )
    return data


def top_of(html):
    """The home page's zones: what comes before the latest news list."""
    return html.split('class="latest"', 1)[0]


def lead_of(html):
    return html.split('class="top-story"', 1)[1].split("</article>", 1)[0]


def test_editor_places_the_lead_in_the_admin_and_readers_see_it(client):
    editor = make_editor()
    older = make_article(title="Tin tòa soạn chọn", published_at=timezone.now() - timedelta(days=1))
    make_article(title="Tin mới nhất", published_at=timezone.now() - timedelta(minutes=5))
    until = timezone.now() + timedelta(hours=3)
    client.force_login(editor)

    response = client.post(
        zone_url(make_zone()), zone_form(make_zone(), [{"article": older, "ends_at": until}])
    )

    assert response.status_code == 302
    placement = Placement.objects.get()
    assert placement.placed_by == editor
    assert abs(placement.ends_at - until) < timedelta(minutes=1)
    client.logout()
    assert "Tin tòa soạn chọn" in lead_of(client.get("/").content.decode())


def test_placements_are_recorded_in_the_zone_history(client):
    editor = make_editor()
    article = make_article(title="Tin được đặt")
    zone = make_zone()
    client.force_login(editor)
    client.post(zone_url(zone), zone_form(zone, [{"article": article}]))
    placement = Placement.objects.get()
    data = zone_form(zone)
    data.update(
        {
            "placements-TOTAL_FORMS": "1",
            "placements-INITIAL_FORMS": "1",
            "placements-0-id": str(placement.pk),
            "placements-0-zone": str(zone.pk),
            "placements-0-position": "0",
            "placements-0-article": str(article.pk),
            "placements-0-starts_at_0": local(placement.starts_at)[0],
            "placements-0-starts_at_1": local(placement.starts_at)[1],
            "placements-0-DELETE": "on",
        }
    )

    client.post(zone_url(zone), data)

    assert not Placement.objects.exists()
    messages = [entry.get_change_message() for entry in LogEntry.objects.order_by("action_time")]
    assert "Tin được đặt" in messages[0] and "Đã thêm" in messages[0]
    assert "Tin được đặt" in messages[1] and "Đã xóa" in messages[1]
    page = client.get(zone_url(zone)).content.decode()
    assert editor.username in page and "Tin được đặt" in page


def test_journalists_cannot_arrange_pages_by_a_hand_made_post(client):
    article = make_article()
    zone = make_zone()
    client.force_login(make_journalist())

    response = client.post(zone_url(zone), zone_form(zone, [{"article": article}]))

    assert response.status_code == 403
    assert not Placement.objects.exists()
    assert client.get("/xem-truoc/trang-chu/").status_code == 404


def test_empty_positions_fill_with_the_newest_stories_never_repeating_a_placed_one(client):
    newest = [
        make_article(title=f"Tin mới {n}", published_at=timezone.now() - timedelta(minutes=n + 1))
        for n in range(8)
    ]
    place(newest[2], make_zone(kind=Zone.Kind.SUBLEADS, size=4))

    top = top_of(client.get("/").content.decode())

    assert "Tin mới 0" in lead_of(top)
    subleads = top.split('class="subleads"', 1)[1]
    shown = [a.title for a in newest if a.title in subleads]
    assert shown == ["Tin mới 1", "Tin mới 2", "Tin mới 3", "Tin mới 4"]
    assert subleads.index("Tin mới 2") < subleads.index("Tin mới 1")  # placed ones come first
    assert top.count("Tin mới 2<") == 1


def test_a_placement_that_cannot_show_says_why(client):
    lead, subleads = make_zone(), make_zone(kind=Zone.Kind.SUBLEADS, size=3)
    live = make_article(title="Tin đang đặt")
    ended = place(
        make_article(),
        lead,
        starts_at=timezone.now() - timedelta(days=2),
        ends_at=timezone.now() - timedelta(days=1),
    )
    running = place(live, lead)
    second_lead = place(make_article(), lead)
    draft = place(make_article(status=Article.Status.DRAFT, published_at=None), subleads)
    duplicate = place(live, subleads)
    later = place(make_article(), subleads, starts_at=timezone.now() + timedelta(hours=2))

    reasons = {placement.pk: reason for placement, reason in lead.lineup().items()}

    assert reasons[running.pk] is None
    assert reasons[ended.pk] == "đã hết hạn"
    assert reasons[second_lead.pk] == "vượt quá số bài của vùng"
    assert reasons[draft.pk] == "bài chưa xuất bản"
    assert reasons[duplicate.pk] == "đã hiện ở vùng trên trong trang"
    assert reasons[later.pk].startswith("bắt đầu lúc ")
    client.force_login(make_editor())
    page = client.get(zone_url(subleads)).content.decode()
    assert "bài chưa xuất bản" in page and "đã hiện ở vùng trên trong trang" in page
    assert "Tin đang đặt" in client.get(zone_url(lead)).content.decode()


def test_showing_lists_what_is_placed_now_and_until_when():
    until = timezone.now() + timedelta(hours=5)
    now_placed = place(make_article(), ends_at=until)
    place(make_article(status=Article.Status.DRAFT, published_at=None))
    place(make_article(), starts_at=timezone.now() + timedelta(hours=1))
    place(
        make_article(),
        starts_at=timezone.now() - timedelta(hours=2),
        ends_at=timezone.now() - timedelta(hours=1),
    )

    assert list(Placement.objects.showing().values_list("pk", "ends_at")) == [
        (now_placed.pk, until)
    ]


def test_preview_shows_placements_before_they_go_live_to_staff_only(client):
    make_article(title="Tin đang là tiêu điểm")
    draft = make_article(
        title="Bản nháp sẽ lên tiêu điểm", status=Article.Status.DRAFT, published_at=None
    )
    place(draft, starts_at=timezone.now() + timedelta(hours=1))

    assert client.get("/xem-truoc/trang-chu/").status_code == 404
    assert "Bản nháp sẽ lên tiêu điểm" not in client.get("/").content.decode()
    client.force_login(make_editor())
    response = client.get("/xem-truoc/trang-chu/")

    html = response.content.decode()
    assert "Bản nháp sẽ lên tiêu điểm" in lead_of(html)
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in html


def test_section_zones_lead_the_section_page_and_its_home_block(client):
    section = make_section(name="Kinh tế")
    chosen = make_article(
        title="Tin kinh tế được chọn",
        section=section,
        published_at=timezone.now() - timedelta(days=3),
    )
    for n in range(10):
        make_article(section=section, published_at=timezone.now() - timedelta(minutes=n + 1))
    place(chosen, make_zone(section))

    page = client.get(section.get_absolute_url()).content.decode()
    home = client.get("/").content.decode()

    assert "Tin kinh tế được chọn" in lead_of(page)
    block = home.split('class="section-block"', 1)[1]
    assert block.index("Tin kinh tế được chọn") < block.index("Bài viết số")


def test_hot_topics_strip_links_to_the_events_in_the_desks_order(client):
    make_article()
    make_event(name="Bão số 13", is_hot=True, hot_position=2)
    make_event(name="Đại hội Đảng bộ tỉnh", is_hot=True, hot_position=1)
    make_event(name="Sự kiện cũ")

    html = client.get("/").content.decode()

    strip = html.split('class="hot-topics"', 1)[1].split("</nav>", 1)[0]
    assert strip.index("Đại hội Đảng bộ tỉnh") < strip.index("Bão số 13")
    assert 'href="/su-kien/dai-hoi-dang-bo-tinh/"' in strip
    assert "Sự kiện cũ" not in strip


def test_home_with_every_zone_filled_stays_within_its_query_budget(uncached_queries):
    image = make_image()
    sections = [make_section() for _ in range(3)]
    for section in sections:
        for _ in range(6):
            make_article(section=section, featured_image=image)
        place(make_article(section=section, featured_image=image), make_zone(section))
        place(
            make_article(section=section, featured_image=image),
            make_zone(section, Zone.Kind.SUBLEADS),
        )
    place(make_article(featured_image=image))
    for _ in range(5):
        place(make_article(featured_image=image), make_zone(kind=Zone.Kind.SUBLEADS, size=5))
    make_event(is_hot=True)

    queries, html = uncached_queries("/")

    assert len(queries) == HOME_ZONE_QUERIES <= 12
    assert html.count('class="section-block"') == 3
    assert html.count('<article class="card') == 5 + 3 * 4  # the sub-leads, the section blocks


def test_a_placement_ending_before_it_starts_is_refused_in_vietnamese(client):
    zone = make_zone()
    client.force_login(make_editor())
    start = timezone.now() + timedelta(hours=2)

    response = client.post(
        zone_url(zone),
        zone_form(
            zone,
            [
                {
                    "article": make_article(),
                    "starts_at": start,
                    "ends_at": start - timedelta(hours=1),
                }
            ],
        ),
    )

    assert response.status_code == 200
    assert "Bài đặt phải kết thúc sau khi bắt đầu." in response.content.decode()
    assert not Placement.objects.exists()


def test_the_lead_zone_shows_one_story(client):
    client.force_login(make_editor())

    response = client.post(zone_url(make_zone()), zone_form(make_zone(), size=3))

    assert response.status_code == 200
    assert "Tiêu điểm chỉ hiện một bài." in response.content.decode()
    assert make_zone().size == 1
