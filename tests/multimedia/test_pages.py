import re
from datetime import timedelta

import pytest
from django.utils import timezone

from multimedia.models import Video
from tests.factories import make_article, make_image, make_section

from .helpers import make_gallery, make_photo, make_video

pytestmark = pytest.mark.django_db


def pictures(html):
    return re.findall(r"<picture>.*?</picture>", html, re.DOTALL)


def assert_responsive(picture_html, alt):
    assert '<source type="image/webp" srcset="' in picture_html
    assert re.search(r'srcset="[^"]*-320\.jpg 320w, [^"]*-640\.jpg 640w', picture_html)
    assert re.search(r' width="\d+" height="\d+"', picture_html)
    assert f'alt="{alt}"' in picture_html
    assert ' sizes="' in picture_html


def test_article_page_picture_has_srcset_size_and_alt(client):
    image = make_photo(alt_text="Nông dân hái cà phê", credit="Thế Anh")
    article = make_article(featured_image=image)

    html = client.get(article.get_absolute_url()).content.decode()

    [figure_picture] = pictures(html)
    assert_responsive(figure_picture, "Nông dân hái cà phê")
    assert 'width="1280" height="720"' in figure_picture
    assert 'loading="lazy"' not in figure_picture  # the lead photo is above the fold
    # The page's largest paint: fetched first, and on a phone no wider than the column.
    assert 'fetchpriority="high"' in figure_picture
    assert 'sizes="(max-width: 900px) calc(100vw - 32px), 760px"' in figure_picture
    assert "Ảnh: Thế Anh" in html


def test_section_list_uses_lazy_16_by_9_crops(client):
    section = make_section()
    image = make_photo(alt_text="Buôn Đôn mùa nước nổi", size=(1200, 1200))
    for _ in range(6):  # five lead the page, the sixth is the list's first card
        make_article(section=section, featured_image=image)

    html = client.get(section.get_absolute_url()).content.decode()

    [card_picture] = pictures(html.split('class="article-list"', 1)[1])
    assert_responsive(card_picture, "Buôn Đôn mùa nước nổi")
    assert "-16x9-f50x50-640.webp 640w" in card_picture
    assert 'width="960" height="540"' in card_picture and 'loading="lazy"' in card_picture
    assert "fetchpriority" not in card_picture


def test_gallery_page_shows_photos_in_order_with_captions_and_credits(client):
    gallery = make_gallery(photos=3, title="Mùa hoa cà phê")

    response = client.get(gallery.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Chú thích 1") < html.index("Chú thích 2") < html.index("Chú thích 3")
    assert "Ảnh gốc 1" not in html  # the gallery's caption replaces the photo's own
    assert html.count("Ảnh: Duy Tiến") == 3
    assert "1/3" in html and "3/3" in html
    assert 'class="gallery__track" tabindex="0"' in html  # arrow keys scroll it
    photos = pictures(html)
    assert len(photos) == 3
    for photo in photos:
        assert 'width="640" height="360"' in photo and 'alt="Nông dân hái cà phê trên đồi"' in photo
    assert 'loading="lazy"' not in photos[0] and 'loading="lazy"' in photos[1]
    assert 'fetchpriority="high"' in photos[0] and "fetchpriority" not in photos[1]


def test_unpublished_gallery_is_not_found(client):
    gallery = make_gallery(status="draft", published_at=None)

    assert client.get(gallery.get_absolute_url()).status_code == 404


def test_gallery_is_embedded_in_an_article_body(client):
    gallery = make_gallery(photos=2, title="Lễ hội đua voi")
    draft = make_gallery(photos=1, title="Bản nháp", status="draft", published_at=None)
    article = make_article(
        body=(
            f'<p>Mở đầu.</p><figure data-gallery-id="{gallery.pk}"></figure>'
            f'<figure data-gallery-id="{draft.pk}"></figure><p>Kết.</p>'
        )
    )

    html = client.get(article.get_absolute_url()).content.decode()

    assert "Lễ hội đua voi" in html and "Chú thích 2" in html
    assert gallery.get_absolute_url() in html
    assert "Bản nháp" not in html
    assert html.index("Mở đầu.") < html.index("Chú thích 1") < html.index("Kết.")


def test_youtube_video_makes_no_third_party_request_before_the_click(client):
    video = make_video(
        title="Đua voi Buôn Đôn",
        embed_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        poster=make_photo(alt_text="Voi về đích"),
        duration=timedelta(minutes=3, seconds=25),
        transcript="Lời dẫn: Hội đua voi năm nay…",
    )

    html = client.get(video.get_absolute_url()).content.decode()

    assert "<iframe" not in html and "<script>" not in html
    # Everything the browser loads on its own (src, srcset, poster, stylesheets) is ours.
    loaded = re.findall(r'\s(?:src|srcset|poster|data)="([^"]*)"', html)
    loaded += re.findall(
        r'<link rel="(?:stylesheet|icon|preload|modulepreload)" href="([^"]*)"', html
    )
    assert loaded and all(url.startswith("/") for url in loaded), loaded
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html
    assert "Xem video (YouTube)" in html and "Thời lượng 3:25" in html
    assert "Lời dẫn: Hội đua voi năm nay…" in html
    assert_responsive(pictures(html)[0], "Voi về đích")


def test_video_page_lists_related_videos(client):
    section = make_section()
    video = make_video(section=section)
    sibling = make_video(section=section, title="Tin video cùng chuyên mục")
    make_video(section=section, title="Video nháp", status="draft", published_at=None)

    html = client.get(video.get_absolute_url()).content.decode()

    assert "Tin video cùng chuyên mục" in html and sibling.get_absolute_url() in html
    assert "Video nháp" not in html
    assert "(Video)" in html


def test_video_alone_in_its_section_lists_the_newest_videos_of_other_sections(client):
    video = make_video(section=make_section())
    elsewhere = make_video(section=make_section(), title="Video chuyên mục khác")
    make_video(title="Video nháp khác", status="draft", published_at=None)

    html = client.get(video.get_absolute_url()).content.decode()

    assert "Video chuyên mục khác" in html and elsewhere.get_absolute_url() in html
    assert "Video nháp khác" not in html


def test_video_with_section_siblings_lists_only_them(client):
    section = make_section()
    video = make_video(section=section)
    make_video(section=section, title="Video cùng chuyên mục")
    make_video(section=make_section(), title="Video chuyên mục khác")

    html = client.get(video.get_absolute_url()).content.decode()

    assert "Video cùng chuyên mục" in html and "Video chuyên mục khác" not in html


def test_facebook_url_is_embedded_and_other_sites_are_refused():
    video = Video(title="Clip", embed_url="https://www.facebook.com/baodaklak/videos/123456/")
    video.full_clean()

    assert video.embed[1].startswith("https://www.facebook.com/plugins/video.php?autoplay=1&href=")
    with pytest.raises(Exception, match="Chỉ nhúng được video từ YouTube và Facebook"):
        Video(title="Clip", embed_url="https://evil.example/watch?v=dQw4w9WgXcQ").full_clean()


def test_multimedia_page_lists_videos_and_galleries_newest_first_paginated(client, settings):
    settings.MULTIMEDIA_PER_PAGE = 2
    now = timezone.now()
    make_video(title="Video cũ", published_at=now - timedelta(days=3))
    make_gallery(title="Ảnh giữa", published_at=now - timedelta(days=2), photos=1)
    make_video(title="Video mới", published_at=now - timedelta(days=1))
    make_video(title="Video hẹn giờ", published_at=now + timedelta(days=1))

    first = client.get("/multimedia/").content.decode()
    second = client.get("/multimedia/?page=2").content.decode()

    assert first.index("Video mới") < first.index("Ảnh giữa")
    assert "Video cũ" in second and "Video cũ" not in first
    assert "Video hẹn giờ" not in first + second
    assert 'Video mới</a>\n      <span class="media-card__marker">(Video)</span>' in first
    assert "(Ảnh)" in first
    assert "Trang 1/2" in first


@pytest.mark.parametrize("items", [2, 12])
def test_multimedia_page_costs_a_fixed_number_of_queries(uncached_queries, items):
    poster = make_image()
    for number in range(items):
        make_video(title=f"Video {number}", poster=poster)
        make_gallery(title=f"Ảnh {number}", photos=1)

    queries, html = uncached_queries("/multimedia/")

    # count, the page of keys, its videos, its galleries = 4 — renditions come from the Image
    # rows, no query per picture.
    assert len(queries) == 4
    assert html.count("<picture>") == min(2 * items, 24)


@pytest.mark.parametrize("photos", [2, 10])
def test_gallery_page_costs_a_fixed_number_of_queries(uncached_queries, photos):
    gallery = make_gallery(photos=photos)
    make_gallery(photos=1)

    queries, html = uncached_queries(gallery.get_absolute_url())

    # the gallery with cover and section, its photos with their images (one prefetch), related
    # galleries = 3.
    assert len(queries) == 3
    assert html.count("<picture>") == photos + 1


@pytest.mark.parametrize("related", [1, 6])
def test_video_page_costs_a_fixed_number_of_queries(uncached_queries, related):
    section = make_section()
    poster = make_photo()
    video = make_video(section=section, poster=poster)
    for _ in range(related):
        make_video(section=section, poster=poster)

    queries, html = uncached_queries(video.get_absolute_url())

    # the video with poster and section, related videos with theirs = 2.
    assert len(queries) == 2
    assert html.count("<picture>") == related + 1


VIDEO_STATES = {
    "draft": (Video.Status.DRAFT, None),
    "draft with a time": (Video.Status.DRAFT, timedelta(days=-1)),
    "published": (Video.Status.PUBLISHED, timedelta(days=-1)),
    "scheduled": (Video.Status.PUBLISHED, timedelta(days=1)),
}


@pytest.mark.parametrize(("status", "offset"), VIDEO_STATES.values(), ids=VIDEO_STATES.keys())
def test_is_published_mirrors_the_published_queryset(status, offset):
    published_at = None if offset is None else timezone.now() + offset
    video = make_video(status=status, published_at=published_at)

    expected = Video.objects.published().filter(pk=video.pk).exists()

    assert video.is_published() is expected
    assert expected is (status == Video.Status.PUBLISHED and offset < timedelta(0))


def test_newest_first_orders_by_publication_time_then_newest_row():
    now = timezone.now()
    newest = make_video(published_at=now - timedelta(hours=1))
    same_time_first = make_video(published_at=now - timedelta(days=1))
    same_time_second = make_video(published_at=now - timedelta(days=1))
    older_but_added_last = make_video(published_at=now - timedelta(days=2))

    assert [video.title for video in Video.objects.newest_first()] == [
        newest.title,
        same_time_second.title,
        same_time_first.title,
        older_but_added_last.title,
    ]
