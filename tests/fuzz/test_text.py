import re

from hypothesis import example, given
from hypothesis import strategies as st

from newsroom.text import fold_diacritics, slugify_vi

SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
VIETNAMESE = "ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
vietnamese_text = st.text(
    alphabet=st.one_of(st.sampled_from(VIETNAMESE), st.characters()), max_size=80
)


@given(vietnamese_text)
@example("Đắk Lắk")
@example("a_b")
@example("-_- ___ __init__")
def test_slug_is_lowercase_ascii_words_joined_by_hyphens_or_empty(text):
    slug = slugify_vi(text)

    assert slug == "" or SLUG.fullmatch(slug), slug


@given(vietnamese_text)
def test_slugifying_a_slug_changes_nothing(text):
    slug = slugify_vi(text)

    assert slugify_vi(slug) == slug


@given(st.text(alphabet=VIETNAMESE + "abcdeghiklmnopqrstuvxy ", max_size=40))
def test_vietnamese_letters_keep_their_base_letter(text):
    assert slugify_vi(text) == slugify_vi(fold_diacritics(text))
    assert fold_diacritics(text).isascii()


def test_dak_lak_is_dak_lak():
    assert slugify_vi("Đắk Lắk") == "dak-lak"
