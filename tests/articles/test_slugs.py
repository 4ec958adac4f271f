import pytest

from newsroom.text import fold_diacritics, slugify_vi
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db


def test_title_with_d_stroke_and_tone_marks_becomes_ascii_slug():
    assert (
        slugify_vi("Đắk Lắk: Giao ban công tác khoa giáo năm 2020")
        == "dak-lak-giao-ban-cong-tac-khoa-giao-nam-2020"
    )


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("đường", "duong"),
        ("ĐƯỜNG", "duong"),
        ("a à á ả ã ạ", "a-a-a-a-a-a"),
        ("ă ằ ắ ẳ ẵ ặ", "a-a-a-a-a-a"),
        ("â ầ ấ ẩ ẫ ậ", "a-a-a-a-a-a"),
        ("e è é ẻ ẽ ẹ ê ề ế ể ễ ệ", "e-e-e-e-e-e-e-e-e-e-e-e"),
        ("i ì í ỉ ĩ ị", "i-i-i-i-i-i"),
        ("o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ", "o-o-o-o-o-o-o-o-o-o-o-o-o-o-o-o-o-o"),
        ("u ù ú ủ ũ ụ ư ừ ứ ử ữ ự", "u-u-u-u-u-u-u-u-u-u-u-u"),
        ("y ỳ ý ỷ ỹ ỵ", "y-y-y-y-y-y"),
        ("Buôn Ma Thuột", "buon-ma-thuot"),
    ],
)
def test_every_vietnamese_letter_folds_to_ascii(text, slug):
    assert slugify_vi(text) == slug


def test_decomposed_input_folds_like_composed_input():
    assert fold_diacritics("Đắk Lắk") == fold_diacritics("Đắk Lắk") == "Dak Lak"


def test_article_slug_is_made_from_title_when_empty():
    article = make_article(title="Cà phê Đắk Lắk được mùa")

    assert article.slug == "ca-phe-dak-lak-duoc-mua"


def test_clashing_slugs_get_numeric_suffixes():
    first = make_article(title="Họp báo")
    second = make_article(title="Họp báo")
    third = make_article(title="Hop bao")

    assert [first.slug, second.slug, third.slug] == ["hop-bao", "hop-bao-2", "hop-bao-3"]


def test_slug_stays_stable_when_title_changes():
    article = make_article(title="Tiêu đề ban đầu")

    article.title = "Tiêu đề đã sửa"
    article.save()

    assert article.slug == "tieu-de-ban-dau"


def test_section_and_author_slugs_are_vietnamese_aware():
    assert make_section(name="Thời sự").slug == "thoi-su"
    assert make_author(name="Đỗ Đức").slug == "do-duc"
