"""One page of every kind a reader can open, with real content: the HTML validity test and the
browser tests walk the same set."""

from tests.comments.helpers import make_comment
from tests.factories import make_article, make_author, make_section
from tests.multimedia.helpers import make_gallery, make_photo, make_print_issue, make_video


def make_reader_pages():
    """name -> address: home, a section, an article with a photo and a photo story in its body,
    its tag and author, search with results, multimedia, a gallery, a video, the print archive
    and an issue, the comment form, comments page and a missing page."""
    section = make_section(name="Kinh tế", slug="kinh-te")
    photo = make_photo(alt_text="Xe chở cà phê qua cầu", caption="Cà phê về kho", credit="Minh Thu")
    gallery = make_gallery(photos=3, title="Mùa cà phê chín", kind="photo_story")
    author = make_author(name="Hoàng Lan")
    article = make_article(
        section=section,
        title="Giá cà phê lên mức cao nhất mười năm",
        kicker="Thị trường",
        lead="Nông dân Đắk Lắk bán cà phê với giá kỷ lục.",
        body=(
            "<p>Giá cà phê nhân xô hôm nay tăng, ông nói.</p><p>Theo Sở Công Thương, giá còn lên.</p>"
            f'<figure data-image-id="{photo.pk}"></figure>'
            f'<figure data-gallery-id="{gallery.pk}"></figure>'
        ),
        featured_image=photo,
        authors=[author],
        tags=["cà phê"],
    )
    make_article(section=section, title="Hồ tiêu giữ giá", featured_image=make_photo())
    make_comment(article, name="Y Đức", body="Mong giá giữ được lâu.")
    video = make_video(title="Lễ hội cà phê Buôn Ma Thuột", poster=photo)
    issue = make_print_issue(cover=make_photo(size=(900, 1200)))
    return {
        "home": "/",
        "section": section.get_absolute_url(),
        "article": article.get_absolute_url(),
        "tag": article.tags.get().get_absolute_url(),
        "author": author.get_absolute_url(),
        "search": "/tim-kiem/?q=c%C3%A0+ph%C3%AA",
        "multimedia": "/multimedia/",
        "gallery": gallery.get_absolute_url(),
        "video": video.get_absolute_url(),
        "print archive": "/bao-in/",
        "print reader": issue.get_absolute_url(),
        "comment form": f"/binh-luan/{article.pk}/",
        "comments": f"/binh-luan/{article.pk}/y-kien/",
        "missing": "/khong-co-trang-nay/",
    }
