from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_author, make_image, make_section
from tests.multimedia.helpers import make_gallery

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    return feed


def titles(feed):
    return [entry.title for entry in feed.entries]


def test_site_feed_lists_published_articles_newest_first(client):
    now = timezone.now()
    make_article(title="Tin cũ", published_at=now - timedelta(days=1))
    make_article(title="Tin mới", published_at=now - timedelta(minutes=5))
    make_article(title="Bản nháp", status=Article.Status.DRAFT, published_at=None)
    make_article(title="Hẹn giờ", published_at=now + timedelta(hours=1))

    feed = parse(client, "/rss/")

    assert titles(feed) == ["Tin mới", "Tin cũ"]
    assert feed.feed.language == "vi"


def test_item_carries_lead_author_categories_and_link(client):
    author = make_author(name="Duy Tiến")
    article = make_article(
        title="Cà phê Buôn Ma Thuột",
        lead="Giá cà phê tăng <mạnh>.",
        authors=[author],
        byline_text="Theo TTXVN",
        tags=["Cà phê"],
    )

    entry = parse(client, "/rss/").entries[0]

    assert entry.link == "http://testserver" + article.get_absolute_url()
    # The description is HTML to readers: the plain-text lead arrives escaped, shown as typed.
    assert entry.summary == "Giá cà phê tăng &lt;mạnh&gt;."
    assert entry.author == "Duy Tiến, Theo TTXVN"
    assert {tag.term for tag in entry.tags} == {article.section.name, "Cà phê"}


def test_enclosure_is_a_rendition_of_the_lead_image_with_its_length_and_type(client):
    image = make_image()
    make_article(featured_image=image)

    entry = parse(client, "/rss/").entries[0]

    (enclosure,) = entry.enclosures
    assert enclosure.href.startswith("http://testserver/media/renditions/")
    assert enclosure.href != "http://testserver" + image.file.url
    assert enclosure.type == "image/jpeg"
    sent = client.get(enclosure.href.removeprefix("http://testserver"))
    assert sent["Content-Type"] == "image/jpeg"
    assert int(enclosure.length) == len(b"".join(sent.streaming_content)) > 0


def test_item_carries_the_whole_body_with_library_photos_and_galleries_drawn(client):
    photo = make_image(alt_text="Đồi cà phê", caption="Chú thích thư viện", credit="Thế Anh")
    gallery = make_gallery(photos=2, title="Mùa hoa cà phê")
    make_article(
        body=f'<p>Mở đầu.</p><figure data-image-id="{photo.pk}"><figcaption>Riêng bài này'
        f'</figcaption></figure><figure data-gallery-id="{gallery.pk}"></figure>'
    )

    entry = parse(client, "/rss/").entries[0]

    (content,) = entry.content
    body = content.value
    assert "data-image-id" not in body and "data-gallery-id" not in body
    assert 'alt="Đồi cà phê"' in body
    assert "Riêng bài này" in body and "Ảnh: Thế Anh" in body
    assert "Chú thích 1" in body and "Chú thích 2" in body
    assert 'src="http://testserver/media/renditions/' in body
    # feedparser drops srcset and <picture> from what it hands over; the feed itself has them.
    raw = client.get("/rss/").content.decode()
    assert 'srcset="http://testserver/media/renditions/' in raw
    assert 'src="/' not in raw and " /media/" not in raw


def test_pubdate_is_publication_time_in_vietnam_offset(client):
    make_article()

    response = client.get("/rss/")

    assert "+0700</pubDate>" in response.content.decode()


def test_section_author_and_tag_feeds_hold_only_their_articles(client):
    section = make_section(name="Kinh tế")
    author = make_author(name="Hoàng Gia")
    make_article(title="Trong chuyên mục", section=section)
    make_article(title="Của tác giả", authors=[author])
    make_article(title="Có chủ đề", tags=["Sầu riêng"])
    make_article(title="Bài khác")

    assert titles(parse(client, f"/rss/{section.slug}/")) == ["Trong chuyên mục"]
    assert titles(parse(client, f"/tac-gia/{author.slug}/rss/")) == ["Của tác giả"]
    assert titles(parse(client, "/chu-de/sau-rieng/rss/")) == ["Có chủ đề"]
    assert parse(client, f"/rss/{section.slug}/").feed.title.startswith("Kinh tế - ")


def test_unknown_section_feed_is_404(client):
    assert client.get("/rss/khong-co/").status_code == 404


def test_feeds_refuse_post(client):
    section = make_section()
    author = make_author()
    make_article(section=section, authors=[author], tags=["Sầu riêng"])

    for url in [
        "/rss/",
        f"/rss/{section.slug}/",
        "/chu-de/sau-rieng/rss/",
        f"/tac-gia/{author.slug}/rss/",
    ]:
        assert client.get(url).status_code == 200, url
        assert client.post(url).status_code == 405, url


def test_pages_link_their_feeds(client):
    section = make_section(name="Xã hội")
    author = make_author()
    article = make_article(section=section, authors=[author], tags=["Giáo dục"])

    home = client.get("/").content.decode()
    section_page = client.get(section.get_absolute_url()).content.decode()
    article_page = client.get(article.get_absolute_url()).content.decode()
    author_page = client.get(author.get_absolute_url()).content.decode()
    tag_page = client.get("/chu-de/giao-duc/").content.decode()

    alternate = '<link rel="alternate" type="application/rss+xml"'
    assert f'{alternate} title="Báo Đắk Lắk" href="/rss/">' in home
    assert f'href="/rss/{section.slug}/"' in section_page
    assert f'href="/rss/{section.slug}/"' in article_page
    assert f'href="/tac-gia/{author.slug}/rss/"' in author_page
    assert 'href="/chu-de/giao-duc/rss/"' in tag_page


# The articles (section and photo joined), their bylines, their tags = 3; the site settings are
# a shared fragment.
SITE_FEED_QUERIES = 3
# The same plus the section, tag or author itself = 4.
SUBJECT_FEED_QUERIES = 4


@pytest.mark.parametrize("articles", [1, 10])
def test_feeds_cost_a_fixed_number_of_queries(uncached_queries, articles):
    section, author, image = make_section(), make_author(), make_image()
    for _ in range(articles):
        make_article(section=section, featured_image=image, authors=[author], tags=["A", "B"])

    for url, budget in [
        ("/rss/", SITE_FEED_QUERIES),
        (f"/rss/{section.slug}/", SUBJECT_FEED_QUERIES),
        ("/chu-de/a/rss/", SUBJECT_FEED_QUERIES),
        (f"{author.get_absolute_url()}rss/", SUBJECT_FEED_QUERIES),
    ]:
        queries, _ = uncached_queries(url)
        assert len(queries) == budget, url
