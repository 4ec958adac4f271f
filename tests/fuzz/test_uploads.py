"""Upload checks fed random bytes and damaged real files: refused with a reason, never a crash."""

import contextlib
import io

from django.core.exceptions import ValidationError
from hypothesis import example, given
from hypothesis import strategies as st
from PIL import Image as PillowImage

from multimedia.uploads import clean_photo, inspect_image, validate_pdf_upload
from tests.multimedia.helpers import gif_animation, pdf_bytes, picture_bytes, upload


def small_pictures():
    animated = gif_animation(canvas=(24, 24), frames=3)
    return [picture_bytes(kind, size=(24, 16)) for kind in ("JPEG", "PNG", "WEBP", "GIF")] + [
        animated
    ]


PICTURES = small_pictures()


@st.composite
def damaged(draw, originals):
    """A real file with a few bytes changed, cut short, or with bytes inserted."""
    data = bytearray(draw(st.sampled_from(originals)))
    for _change in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["flip", "cut", "insert", "zero-run"]))
        if kind == "flip":
            data[position] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[position:]
            if not data:
                break
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        else:
            data[position : position + 8] = bytes(8)
    return bytes(data)


def checked_image(data):
    """The format inspect_image() accepted, or None when it refused with a ValidationError."""
    try:
        return inspect_image(upload("photo.jpg", data))
    except ValidationError:
        return None


@given(st.one_of(st.binary(max_size=2048), damaged(PICTURES)))
# A GIF whose frame header is cut short; one with a 0×0 canvas and frames past it.
@example(b"GIF87a" + bytes(7) + b",\x00\x00\x00\x00\x00\x01\x01\x00\x00\x00\x00,")
@example(
    b"GIF87a"
    + bytes(7)
    + b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x00\x00\x01,"
    + b"\x00\x01\x00\x00\x00\n\x00\xf9\x00;"
)
def test_image_check_refuses_or_accepts_what_it_is_given_without_crashing(data):
    image_format = checked_image(data)

    if image_format is not None:
        # What the check lets through, the photo cleaner can store.
        cleaned, cleaned_format, width, height = clean_photo(data)
        assert cleaned_format == image_format
        assert PillowImage.open(io.BytesIO(cleaned)).size == (width, height)


PDFS = [pdf_bytes(), pdf_bytes(pages=2, catalog=b"/OpenAction << /S /JavaScript /JS (x) >>")]


@given(st.one_of(st.binary(max_size=2048), damaged(PDFS)))
def test_pdf_check_refuses_or_accepts_what_it_is_given_without_crashing(data):
    with contextlib.suppress(ValidationError):
        validate_pdf_upload(upload("issue.pdf", data))
