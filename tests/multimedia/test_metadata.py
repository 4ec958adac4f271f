"""What social networks and search engines read on the multimedia pages: Open Graph and Twitter
tags of their own, and schema.org JSON-LD (VideoObject, ImageGallery, PublicationIssue)."""

import json
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from lxml import html

from tests.factories import jpeg_bytes, make_image

from .helpers import make_gallery, make_print_issue, make_video

pytestmark = pytest.mark.django_db


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    document = html.fromstring(response.content)
    tags = {
        element.get("property") or element.get("name"): element.get("content")
        for element in document.xpath("//meta[@property or @name]")
    }
    scripts = document.xpath('//script[@type="application/ld+json"]')
    data = {item["@type"]: item for item in (json.loads(script.text) for script in scripts)}
    return tags, data


def assert_shares(tags, title, description, image_url):
    assert tags["og:title"] == title
    assert tags["og:description"] == description
    assert tags["og:image"] == tags["twitter:image"] == image_url
    assert tags["twitter:card"] == "summary_large_image"


def test_a_youtube_video_is_a_video_object_with_its_player_and_poster(client):
    poster = make_image(alt_text="Buôn Đôn mùa lễ hội")
    video = make_video(
        title="Lễ hội voi Buôn Đôn",
        caption="Những chú voi bước vào đường đua.",
        poster=poster,
        duration=timedelta(minutes=3, seconds=25),
    )

    tags, data = page(client, video.get_absolute_url())

    poster_url = "http://testserver" + poster.share_rendition().url
    assert_shares(tags, "Lễ hội voi Buôn Đôn", "Những chú voi bước vào đường đua.", poster_url)
    assert tags["og:type"] == "video.other"
    assert tags["og:image:alt"] == "Buôn Đôn mùa lễ hội"
    video_object = data["VideoObject"]
    assert video_object["name"] == "Lễ hội voi Buôn Đôn"
    assert video_object["description"] == "Những chú voi bước vào đường đua."
    assert video_object["thumbnailUrl"] == [poster_url]
    assert video_object["uploadDate"].endswith("+07:00")
    assert video_object["duration"] == "P0DT00H03M25S"
    assert video_object["embedUrl"].startswith("https://www.youtube-nocookie.com/embed/")
    assert "contentUrl" not in video_object


def test_an_uploaded_video_without_poster_or_duration_has_its_file_and_the_site_image(client):
    video = make_video(title="Mưa lớn ở Krông Ana")
    video.embed_url = ""
    video.file.save("mua.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42"), save=True)

    tags, data = page(client, video.get_absolute_url())

    default = "http://testserver/static/img/share-default.png"
    assert_shares(tags, "Mưa lớn ở Krông Ana", "Mưa lớn ở Krông Ana", default)
    video_object = data["VideoObject"]
    assert video_object["contentUrl"] == "http://testserver" + video.file.url
    assert video_object["thumbnailUrl"] == [default]
    assert "duration" not in video_object and "embedUrl" not in video_object


def test_a_gallery_is_an_image_gallery_with_captions_and_credits(client):
    gallery = make_gallery(photos=2, title="Mùa hoa cà phê", lead="Trắng trời Buôn Ma Thuột.")

    tags, data = page(client, gallery.get_absolute_url())

    cover_url = "http://testserver" + gallery.cover.share_rendition().url
    assert_shares(tags, "Mùa hoa cà phê", "Trắng trời Buôn Ma Thuột.", cover_url)
    image_gallery = data["ImageGallery"]
    assert image_gallery["name"] == "Mùa hoa cà phê"
    assert [photo["caption"] for photo in image_gallery["image"]] == ["Chú thích 1", "Chú thích 2"]
    for photo in image_gallery["image"]:
        assert photo["@type"] == "ImageObject"
        assert photo["creditText"] == "Duy Tiến"
        assert photo["creator"] == {"@type": "Person", "name": "Duy Tiến"}
        assert photo["url"].startswith("http://testserver/media/renditions/")


def test_a_print_issue_is_a_publication_issue_of_the_paper(client):
    cover = make_image()
    cover.file.save("trang-nhat.jpg", ContentFile(jpeg_bytes(1000, 1400)), save=False)
    cover.save()
    issue = make_print_issue(number=1234, cover=cover)

    tags, data = page(client, issue.get_absolute_url())

    assert tags["og:title"].startswith("Số 1234")
    assert "Báo Đắk Lắk" in tags["og:description"]
    # The whole front page, upright, not a 16:9 strip across its middle.
    assert (tags["og:image:width"], tags["og:image:height"]) == ("960", "1344")
    assert tags["og:image"] == data["PublicationIssue"]["image"]["url"]
    publication = data["PublicationIssue"]
    assert publication["issueNumber"] == "1234"
    assert publication["datePublished"] == issue.issue_date.isoformat()
    assert publication["isPartOf"]["@type"] == "Periodical"
    assert publication["isPartOf"]["name"] == "Báo Đắk Lắk"
    assert publication["encoding"]["contentUrl"] == "http://testserver/bao-in/so-1234.pdf"


def test_a_gallery_without_cover_shares_its_first_photo_and_an_empty_one_the_site_image(client):
    gallery = make_gallery(photos=2, cover=None)
    empty = make_gallery(photos=0)

    tags, _data = page(client, gallery.get_absolute_url())
    empty_tags, _data = page(client, empty.get_absolute_url())

    first = gallery.photos.order_by("position").first().image
    assert tags["og:image"] == "http://testserver" + first.share_rendition().url
    assert empty_tags["og:image"] == "http://testserver/static/img/share-default.png"


def test_the_multimedia_page_lists_its_items_and_shares_the_newest_picture(client):
    older = make_video(title="Video cũ", poster=make_image())
    newest = make_gallery(title="Phóng sự mới")
    older.published_at = newest.published_at - timedelta(hours=1)
    older.save()

    tags, data = page(client, "/multimedia/")

    assert tags["og:title"] != "Báo Đắk Lắk"
    assert tags["og:image"] == "http://testserver" + newest.cover.share_rendition().url
    collection = data["CollectionPage"]
    names = [item["name"] for item in collection["mainEntity"]["itemListElement"]]
    assert names == ["Phóng sự mới", "Video cũ"]
