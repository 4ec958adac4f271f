from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import resolve
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_author, make_event, make_image, make_section
from tests.multimedia.helpers import make_gallery

pytestmark = pytest.mark.django_db

VN = ZoneInfo("Asia/Ho_Chi_Minh")
NINJS_REQUIRED = {
    "uri",
    "type",
    "version",
    "firstcreated",
    "versioncreated",
    "headlines",
    "bodies",
    "descriptions",
    "by",
    "subjects",
}


def get_json(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_article_is_a_ninjs_news_item(client):
    image = make_image(caption="Cà phê chín", credit="Thế Anh", alt_text="Quả cà phê đỏ")
    article = make_article(
        title="Giá cà phê lập đỉnh",
        kicker="Thị trường",
        lead="Giá cà phê nhân xô tăng mạnh.",
        body="<p>Đoạn <strong>một</strong>.</p>",
        authors=[make_author(name="Duy Tiến")],
        byline_text="Theo TTXVN",
        tags=["Cà phê"],
        featured_image=image,
        published_at=datetime(2025, 11, 27, 18, 53, tzinfo=VN),
    )

    make_event(name="Mùa cà phê Đắk Lắk", articles=[article])

    item = get_json(client, f"/api/v1/articles/{article.pk}/")

    assert item.keys() >= NINJS_REQUIRED
    assert item["uri"] == f"http://testserver/api/v1/articles/{article.pk}/"
    assert item["type"] == "text"
    assert isinstance(item["version"], str)
    assert item["firstcreated"] == "2025-11-27T18:53:00+07:00"
    assert datetime.fromisoformat(item["versioncreated"]).utcoffset() == timedelta(hours=7)
    assert item["headlines"] == [
        {"role": "main", "contenttype": "text/plain", "value": "Giá cà phê lập đỉnh"},
        {"role": "kicker", "contenttype": "text/plain", "value": "Thị trường"},
    ]
    assert item["descriptions"][0]["value"] == "Giá cà phê nhân xô tăng mạnh."
    assert item["bodies"][0]["contenttype"] == "text/html"
    assert item["bodies"][0]["value"] == "<p>Đoạn <strong>một</strong>.</p>"
    assert item["by"] == "Duy Tiến, Theo TTXVN"
    assert {(subject["rel"], subject["name"]) for subject in item["subjects"]} == {
        ("section", article.section.name),
        ("tag", "Cà phê"),
        ("event", "Mùa cà phê Đắk Lắk"),
    }
    event_subject = next(subject for subject in item["subjects"] if subject["rel"] == "event")
    assert event_subject["literal"] == "mua-ca-phe-dak-lak"
    assert event_subject["uri"] == "http://testserver/su-kien/mua-ca-phe-dak-lak/"
    assert item["language"] == "vi"
    assert item["renditions"][0]["href"] == "http://testserver" + article.get_absolute_url()
    (picture,) = item["associations"]
    assert picture["type"] == "picture"
    assert {"name", "uri"} <= picture.keys()
    assert picture["by"] == "Thế Anh"
    original, *resized = picture["renditions"]
    assert {(rendition["width"], rendition["contenttype"]) for rendition in resized} == {
        (320, "image/jpeg"),
        (320, "image/webp"),
        (640, "image/jpeg"),
        (640, "image/webp"),
    }
    assert all(rendition["href"].startswith("http://testserver/media/") for rendition in resized)
    assert original == {
        "name": "original",
        "href": "http://testserver" + image.file.url,
        "contenttype": "image/jpeg",
        "width": 640,
        "height": 360,
    }


def test_bodies_carry_library_photos_and_galleries_as_real_markup(client):
    photo = make_image(alt_text="Đồi cà phê", caption="Chú thích thư viện", credit="Thế Anh")
    gallery = make_gallery(photos=2)
    body = (
        f'<figure data-image-id="{photo.pk}"></figure>'
        f'<figure data-gallery-id="{gallery.pk}"></figure>'
    )
    article = make_article(body=body)
    make_article(body=body)

    (one,) = get_json(client, f"/api/v1/articles/{article.pk}/")["bodies"]
    listed = [item["bodies"][0]["value"] for item in get_json(client, "/api/v1/articles/")["items"]]

    assert listed == [one["value"], one["value"]]
    html = one["value"]
    assert "data-image-id" not in html and "data-gallery-id" not in html
    assert html.count("<figure") == 3 and html.count("<figcaption>") == 3
    assert 'alt="Đồi cà phê"' in html and "Chú thích thư viện" in html and "Ảnh: Thế Anh" in html
    assert 'src="http://testserver/media/renditions/' in html
    assert "srcset=" in html and " /media/" not in html and 'src="/' not in html


def test_unpublished_draft_and_future_articles_are_absent(client):
    published = make_article(title="Đã đăng")
    hidden = [
        make_article(status=Article.Status.DRAFT, published_at=None),
        make_article(status=Article.Status.UNPUBLISHED),
        make_article(published_at=timezone.now() + timedelta(hours=1)),
    ]

    listing = get_json(client, "/api/v1/articles/")

    assert [item["headlines"][0]["value"] for item in listing["items"]] == ["Đã đăng"]
    assert published.pk
    for article in hidden:
        body = get_json(client, f"/api/v1/articles/{article.pk}/", status=404)
        assert body == {"error": "Không có bài đã đăng nào mang mã này."}


def test_cursor_pagination_walks_every_article_once(client):
    section = make_section()
    same_time = timezone.now() - timedelta(hours=2)
    articles = [make_article(section=section, published_at=same_time) for _ in range(3)]
    articles += [
        make_article(section=section, published_at=timezone.now() - timedelta(minutes=m))
        for m in (10, 20)
    ]

    seen, url, pages = [], "/api/v1/articles/?limit=2", 0
    while url:
        page = get_json(client, url)
        seen += [item["uri"] for item in page["items"]]
        url = page["next"]
        pages += 1

    assert pages == 3
    assert len(seen) == len(set(seen)) == 5


def test_filter_by_section_and_updated_since(client):
    economy = make_section(name="Kinh tế")
    old = make_article(title="Cũ", section=economy)
    Article.objects.filter(pk=old.pk).update(
        updated_at=timezone.now() - timedelta(days=3),
        published_at=timezone.now() - timedelta(days=3),
    )
    make_article(title="Mới", section=economy)
    make_article(title="Mục khác")
    since = (timezone.now() - timedelta(days=1)).isoformat()

    in_section = get_json(client, "/api/v1/articles/", section=economy.slug)
    recent = get_json(client, "/api/v1/articles/", section=economy.slug, updated_since=since)

    assert [i["headlines"][0]["value"] for i in in_section["items"]] == ["Mới", "Cũ"]
    assert [i["headlines"][0]["value"] for i in recent["items"]] == ["Mới"]


def test_scheduled_article_counts_as_updated_when_it_goes_live(client):
    article = make_article(title="Lên lịch từ trước")
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() - timedelta(days=2))
    since = (timezone.now() - timedelta(days=1)).isoformat()

    recent = get_json(client, "/api/v1/articles/", updated_since=since)

    assert [i["headlines"][0]["value"] for i in recent["items"]] == ["Lên lịch từ trước"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"cursor": "không-phải-con-trỏ"}, "Con trỏ không hợp lệ"),
        ({"limit": "0"}, "limit phải là số nguyên từ 1 đến 100."),
        ({"limit": "abc"}, "limit phải là số nguyên từ 1 đến 100."),
        ({"updated_since": "hôm qua"}, "updated_since phải là thời điểm ISO 8601"),
        ({"updated_since": ""}, "updated_since phải là thời điểm ISO 8601"),
        ({"updated_since": "2025-11-27T18:53:00+18:21"}, "Múi giờ của updated_since"),
        ({"updated_since": "2025-11-27T18:53:00-20:00"}, "Múi giờ của updated_since"),
        ({"section": "khong-co"}, "Không có chuyên mục “khong-co”."),
    ],
)
def test_bad_parameters_get_a_vietnamese_400(client, params, message):
    body = get_json(client, "/api/v1/articles/", status=400, **params)

    assert message in body["error"]


def test_sections_list(client):
    parent = make_section(name="Thời sự")
    make_section(name="Trong nước", parent=parent)

    items = get_json(client, "/api/v1/sections/")["items"]

    by_slug = {item["slug"]: item for item in items}
    assert by_slug["trong-nuoc"]["parent"] == "thoi-su"
    assert by_slug["thoi-su"]["feed"] == "http://testserver/rss/thoi-su/"


def test_responses_are_cacheable_and_answer_304_to_a_known_etag(client):
    make_article()

    first = client.get("/api/v1/articles/")
    again = client.get("/api/v1/articles/", HTTP_IF_NONE_MATCH=first["ETag"])

    assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
    assert first["ETag"]
    assert again.status_code == 304


def test_openapi_describes_every_endpoint(client):
    make_section(name="Kinh tế")
    document = get_json(client, "/api/v1/openapi.json")

    assert document["openapi"].startswith("3.")
    paths = document["paths"]
    assert set(paths) == {"/api/v1/articles/", "/api/v1/articles/{id}/", "/api/v1/sections/"}
    for path in paths:
        assert resolve(path.replace("{id}", "1")).namespace == "api"
    schemas = document["components"]["schemas"]
    assert NINJS_REQUIRED - {"bodies", "descriptions", "by", "subjects"} <= set(
        schemas["NinjsArticle"]["required"]
    )
    assert set(schemas["NinjsArticle"]["properties"]) >= NINJS_REQUIRED
    (section,) = [
        p for p in paths["/api/v1/articles/"]["get"]["parameters"] if p["name"] == "section"
    ]
    assert section["schema"]["enum"] == ["kinh-te"]


def test_a_new_section_joins_the_document(client):
    get_json(client, "/api/v1/openapi.json")
    make_section(name="Xã hội")

    document = get_json(client, "/api/v1/openapi.json")

    parameters = document["paths"]["/api/v1/articles/"]["get"]["parameters"]
    assert "xa-hoi" in next(p for p in parameters if p["name"] == "section")["schema"]["enum"]


# The articles with section and photo joined, their bylines, their tags, their events = 4, however many
# articles (the site settings, for the copyright holder, are a shared fragment); a section filter
# adds the section lookup.
API_LIST_QUERIES = 4


@pytest.mark.parametrize("count", [1, 15])
def test_article_list_costs_a_fixed_number_of_queries(uncached_queries, count):
    section = make_section()
    image = make_image()
    articles = [
        make_article(
            section=section, featured_image=image, authors=[make_author()], tags=["A", "B"]
        )
        for _ in range(count)
    ]
    make_event(articles=articles)
    make_event(articles=articles)

    queries, _ = uncached_queries("/api/v1/articles/")
    assert len(queries) == API_LIST_QUERIES

    queries, _ = uncached_queries("/api/v1/articles/", {"section": section.slug})
    assert len(queries) == API_LIST_QUERIES + 1


@pytest.mark.parametrize("count", [1, 15])
def test_photos_and_galleries_in_bodies_cost_three_queries_for_the_whole_page(
    uncached_queries, count
):
    photo, gallery = make_image(), make_gallery(photos=2)
    for _ in range(count):
        make_article(
            body=f'<figure data-image-id="{photo.pk}"></figure>'
            f'<figure data-gallery-id="{gallery.pk}"></figure>'
        )

    queries, _ = uncached_queries("/api/v1/articles/")

    # The photos, the galleries, their photos: whatever the number of articles.
    assert len(queries) == API_LIST_QUERIES + 3
