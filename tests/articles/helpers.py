"""Builders for the workflow tests: users in the newsroom roles and admin change-form posts."""

from django.contrib.auth.models import Group
from django.utils import timezone
from taggit.utils import edit_string_for_tags

from articles.models import Article, ArticleAuthor, Correction
from tests.factories import make_article, make_user


def make_role_user(role, **overrides):
    user = make_user(**overrides)
    user.groups.add(Group.objects.get(name=role))
    return user


def make_journalist(**overrides):
    return make_role_user("Journalist", **overrides)


def make_editor(**overrides):
    return make_role_user("Editor", **overrides)


def make_moderator(**overrides):
    return make_role_user("Moderator", **overrides)


def make_draft(created_by=None, **overrides):
    fields = {"status": Article.Status.DRAFT, "published_at": None, "created_by": created_by}
    return make_article(**{**fields, **overrides})


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def workflow_url(article, action):
    return f"/admin/articles/article/{article.pk}/workflow/{action}/"


# What a confirmation page (unpublish, restore) posts back.
CONFIRMED = {"confirmed": "yes"}


def schedule_data(at):
    """The Schedule button's post: the admin's date and time fields, in Vietnam time."""
    local = timezone.localtime(at)
    return {"publish_at_0": local.strftime("%d/%m/%Y"), "publish_at_1": local.strftime("%H:%M")}


def form_data(article=None, **overrides):
    """What the admin's article form posts: the saved values of article, with overrides."""
    data = {
        "kicker": "",
        "title": "Bài mới",
        "slug": "",
        "lead": "",
        "body": "<p>Nội dung.</p>",
        "tags": "",
        "featured_image": "",
        "featured_image_caption": "",
        "byline_text": "",
        "presentation": "standard",
        "credits": "",
        "loaded_at": "",
        "bylines-TOTAL_FORMS": "0",
        "bylines-INITIAL_FORMS": "0",
        "bylines-MIN_NUM_FORMS": "0",
        "bylines-MAX_NUM_FORMS": "1000",
        "event_links-TOTAL_FORMS": "0",
        "event_links-INITIAL_FORMS": "0",
        "event_links-MIN_NUM_FORMS": "0",
        "event_links-MAX_NUM_FORMS": "1000",
        "corrections-TOTAL_FORMS": "0",
        "corrections-INITIAL_FORMS": "0",
        "corrections-MIN_NUM_FORMS": "0",
        "corrections-MAX_NUM_FORMS": "1000",
        "_save": "Lưu",
    }
    if article is not None:
        article.refresh_from_db()
        data.update(
            {
                "kicker": article.kicker,
                "title": article.title,
                "slug": article.slug,
                "lead": article.lead,
                "body": article.body,
                "section": str(article.section_id),
                "tags": edit_string_for_tags(list(article.tags.all())),
                "featured_image": str(article.featured_image_id or ""),
                "featured_image_caption": article.featured_image_caption,
                "byline_text": article.byline_text,
                "presentation": article.presentation,
                "credits": article.credits,
                "loaded_at": article.updated_at.isoformat(),
            }
        )
        bylines = list(ArticleAuthor.objects.filter(article=article).order_by("position", "pk"))
        data["bylines-TOTAL_FORMS"] = data["bylines-INITIAL_FORMS"] = str(len(bylines))
        for index, byline in enumerate(bylines):
            data[f"bylines-{index}-id"] = str(byline.pk)
            data[f"bylines-{index}-article"] = str(article.pk)
            data[f"bylines-{index}-author"] = str(byline.author_id)
            data[f"bylines-{index}-position"] = str(byline.position)
        corrections = list(Correction.objects.filter(article=article))
        data["corrections-TOTAL_FORMS"] = data["corrections-INITIAL_FORMS"] = str(len(corrections))
        for index, correction in enumerate(corrections):
            data[f"corrections-{index}-id"] = str(correction.pk)
            data[f"corrections-{index}-article"] = str(article.pk)
            data[f"corrections-{index}-text"] = correction.text
            data[f"corrections-{index}-created_at_0"] = correction.created_at.strftime("%Y-%m-%d")
            data[f"corrections-{index}-created_at_1"] = correction.created_at.strftime("%H:%M:%S")
    data.update(overrides)
    return data


def add_byline_rows(data, authors):
    """Replace the byline rows of a form post with new ones for authors, in this order."""
    for key in [key for key in data if key.startswith("bylines-") and key[8].isdigit()]:
        del data[key]
    data["bylines-TOTAL_FORMS"] = str(len(authors))
    data["bylines-INITIAL_FORMS"] = "0"
    for index, author in enumerate(authors):
        data[f"bylines-{index}-author"] = str(author.pk)
        data[f"bylines-{index}-position"] = str(index)
    return data


def database_state():
    """Everything a refused request must leave alone."""
    from articles.models import Transition

    return (
        list(Article.objects.order_by("pk").values()),
        list(ArticleAuthor.objects.order_by("pk").values()),
        list(Correction.objects.order_by("pk").values()),
        Transition.objects.count(),
    )


LONG_ALT_TEXT = (
    "Biểu đồ: sản lượng cà phê Đắk Lắk năm 2026 đạt 560 nghìn tấn, xuất khẩu 410 nghìn tấn, "
    "giá trị 1.850 triệu USD"
)


def make_emagazine(**overrides):
    """A published E-magazine: cover photo, three chapters, pull quotes, body photos, a gallery
    and credits, as the desk would make one."""
    from tests.multimedia.helpers import make_gallery, make_photo

    cover = make_photo(size=(1920, 1080), alt_text="Rẫy cà phê chín đỏ lúc bình minh")
    photos = [make_photo(size=(1600, 900), alt_text=f"Ảnh trong bài {n}") for n in (1, 2)]
    gallery = make_gallery(photos=3, title="Mùa hái cà phê")
    body = (
        "<p>Bốn giờ sáng, căn bếp đã đỏ lửa.</p>"
        "<h2>Rẫy nhà ba thế hệ</h2><p>Rẫy cà phê hơn hai héc-ta.</p>"
        f'<figure data-image-id="{photos[0].pk}"><figcaption>Rẫy nhà</figcaption></figure>'
        + "<p>Những trang sổ ghi chép canh tác.</p>"
        * 6
        + "<blockquote><p>Hái chọn tốn công hơn nhưng bán được giá.</p></blockquote>"
        "<h2>Hợp tác xã của người trẻ</h2><p>Mười hai thành viên góp tiền mua máy.</p>"
        f'<figure data-gallery-id="{gallery.pk}"></figure>'
        + "<p>Hạt cà phê đi châu Âu.</p>"
        * 6
        + "<h2>Xưởng rang giữa phố</h2><p>Mỗi mẻ rang được ghi lại.</p>"
        f'<figure data-image-id="{photos[1].pk}"></figure>'
        "<blockquote><p>Cà phê ngon bắt đầu từ rẫy.</p></blockquote>"
        + "<p>Những người trẻ chọn ở lại với rẫy.</p>"
        * 8
    )
    fields = {
        "title": "Mùa cà phê trên cao nguyên",
        "lead": "Câu chuyện hạt cà phê qua một mùa thu hoạch.",
        "body": body,
        "presentation": Article.Presentation.EMAGAZINE,
        "featured_image": cover,
        "credits": "Nội dung: Minh Khôi\nẢnh: Duy Tiến\nThiết kế: Ngọc Anh",
        **overrides,
    }
    return make_article(**fields)


def make_infographic(alt_text=LONG_ALT_TEXT, **overrides):
    """A published infographic: one tall picture whose alt text tells its content."""
    from tests.multimedia.helpers import make_photo

    picture = make_photo(size=(1080, 2400), alt_text=alt_text, caption="Nguồn: Sở Công Thương")
    fields = {
        "title": "Cà phê Đắk Lắk 2026 qua những con số",
        "body": f'<figure data-image-id="{picture.pk}"></figure>',
        "presentation": Article.Presentation.INFOGRAPHIC,
        "featured_image": picture,
        **overrides,
    }
    return make_article(**fields)
