"""Every photo upload goes through the admin form over HTTP, as an editor would send it."""

import io
import os
import struct

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from PIL import ExifTags, features
from PIL import Image as PillowImage

from multimedia.models import Image
from multimedia.uploads import ImageUploadFormField, inspect_image

from .helpers import gif_animation, jpeg_with_gps, make_member, picture_bytes, png_bomb, upload

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/multimedia/image/add/"


@pytest.fixture
def journalist_client(client):
    client.force_login(make_member("Journalist"))
    return client


def post_photo(client, name, data, content_type="image/jpeg", **fields):
    form = {"alt_text": "Cánh đồng cà phê", "caption": "", "credit": "Thế Anh", **fields}
    return client.post(ADD_URL, {**form, "file": upload(name, data, content_type)})


def refused(response):
    """The form came back (no redirect), nothing was stored, and here is its text."""
    assert response.status_code == 200
    assert Image.objects.count() == 0
    return response.content.decode()


def test_jpeg_is_accepted_and_stored_with_uploader(journalist_client):
    response = post_photo(journalist_client, "ca-phe.jpg", picture_bytes())

    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (1600, 900)
    assert image.uploaded_by.groups.filter(name="Journalist").exists()
    assert len(image.content_hash) == 64


@pytest.mark.parametrize(
    ("name", "image_format", "content_type"),
    [("a.png", "PNG", "image/png"), ("a.webp", "WEBP", "image/webp"), ("a.gif", "GIF", "image/gif")]
    + ([("a.avif", "AVIF", "image/avif")] if features.check("avif") else []),
)
def test_other_photo_formats_are_accepted(journalist_client, name, image_format, content_type):
    response = post_photo(
        journalist_client, name, picture_bytes(image_format, size=(800, 600)), content_type
    )

    assert response.status_code == 302
    assert Image.objects.get().renditions["shapes"]["original"]["sizes"][-1] == [640, 480]


@pytest.mark.parametrize("side", [30000, 8000])
def test_picture_over_the_pixel_limit_is_refused(journalist_client, side):
    # 30000² trips Pillow's own bomb guard; 8000² (64 MP) only our 50 MP setting.
    html = refused(post_photo(journalist_client, "bom.png", png_bomb(side, side), "image/png"))

    assert "Ảnh có quá nhiều điểm ảnh: chỉ nhận tối đa 50 megapixel" in html


def test_file_over_the_size_limit_is_refused(journalist_client, settings):
    settings.MULTIMEDIA_MAX_IMAGE_BYTES = 50_000
    noise = PillowImage.frombytes("RGB", (200, 200), os.urandom(200 * 200 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")

    html = refused(post_photo(journalist_client, "lon.png", buffer.getvalue(), "image/png"))

    assert "Tệp nặng 117," in html  # random pixels do not compress: 120 KB and a little PNG
    assert "ảnh chỉ được tối đa 48,8\xa0KB." in html


def test_truncated_jpeg_is_refused(journalist_client):
    data = picture_bytes(size=(1200, 800), quality=95)

    html = refused(post_photo(journalist_client, "cut.jpg", data[: len(data) // 2]))

    assert "Ảnh bị hỏng hoặc không trọn vẹn" in html


def test_php_file_named_jpg_is_refused(journalist_client):
    html = refused(post_photo(journalist_client, "anh.jpg", b"<?php system($_GET['c']); ?>"))

    assert "Tệp có chứa mã lệnh" in html


def test_text_file_named_jpg_is_refused_as_not_a_photo(journalist_client):
    html = refused(post_photo(journalist_client, "anh.jpg", b"just some notes\n" * 20))

    assert "Tệp này không phải là ảnh" in html


def test_svg_with_script_is_refused(journalist_client):
    svg = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    html = refused(post_photo(journalist_client, "logo.svg", svg, "image/svg+xml"))

    assert "Không nhận hình vẽ SVG" in html


def test_jpeg_with_php_inside_is_refused(journalist_client):
    picture = PillowImage.new("RGB", (400, 300), "white")
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", comment=b"<?php eval($_POST['x']); ?>")

    html = refused(post_photo(journalist_client, "anh.jpg", buffer.getvalue()))

    assert "Tệp có chứa mã lệnh" in html


def test_jpeg_with_data_appended_after_the_picture_is_refused(journalist_client):
    data = picture_bytes() + b"PK\x03\x04" + b"\x00" * 64  # a zip archive glued behind the photo

    html = refused(post_photo(journalist_client, "anh.jpg", data))

    assert "dữ liệu lạ giấu sau phần ảnh" in html


def test_jpeg_padded_with_zero_bytes_by_the_camera_is_accepted(journalist_client):
    response = post_photo(journalist_client, "anh.jpg", picture_bytes() + b"\x00" * 32)

    assert response.status_code == 302


def test_png_with_data_before_the_picture_is_refused(journalist_client):
    data = b"MZ\x90\x00 payload " + picture_bytes("PNG", size=(300, 200))  # an .exe stub first

    html = refused(post_photo(journalist_client, "anh.png", data, "image/png"))

    assert "Tệp này không phải là ảnh" in html


def stored_files(image):
    """The original and every rendition, as the site serves them."""
    names = [image.file.name]
    for info in image.renditions["shapes"].values():
        for width, _height in info["sizes"]:
            names += [f"{info['stem']}-{width}.webp", f"{info['stem']}-{width}.jpg"]
    return names


def test_no_served_file_carries_gps_or_other_metadata(journalist_client):
    assert post_photo(journalist_client, "gps.jpg", jpeg_with_gps()).status_code == 302
    image = Image.objects.get()

    names = stored_files(image)

    assert len(names) > 10
    for name in names:
        with default_storage.open(name) as stored:
            data = stored.read()
        picture = PillowImage.open(io.BytesIO(data))
        assert not picture.getexif().get_ifd(ExifTags.IFD.GPSInfo), name
        assert ExifTags.Base.Make not in picture.getexif(), name
        assert "xmp" not in picture.info and b"GPSLatitude" not in data, name


def test_exif_orientation_is_applied_before_stripping(journalist_client):
    # Orientation 6: the camera was held upright; the sensor's 1200×800 is shown as 800×1200.
    data = jpeg_with_gps(size=(1200, 800), orientation=6)

    assert post_photo(journalist_client, "dung.jpg", data).status_code == 302

    image = Image.objects.get()
    assert (image.width, image.height) == (800, 1200)
    with default_storage.open(image.file.name) as stored:
        assert PillowImage.open(stored).size == (800, 1200)


def test_focal_point_needs_both_coordinates(journalist_client):
    html = refused(post_photo(journalist_client, "a.jpg", picture_bytes(), focal_x="0.3"))

    assert "Hãy nhập cả hai toạ độ của điểm nhấn" in html


def test_animated_gif_whose_frames_add_up_past_the_pixel_limit_is_refused(journalist_client):
    # 60 frames of 1000×1000 in about 1 KB: each frame within the 50 MP limit, 60 MP together.
    bomb = gif_animation(canvas=(1000, 1000), frames=60)

    html = refused(post_photo(journalist_client, "dong.gif", bomb, "image/gif"))

    assert "Ảnh động có quá nhiều điểm ảnh" in html
    assert "(60 khung hình): chỉ nhận tối đa 50 megapixel" in html


def test_animated_gif_within_the_limit_is_stored_animated(journalist_client):
    response = post_photo(
        journalist_client, "dong.gif", gif_animation(canvas=(320, 240), frames=12), "image/gif"
    )

    assert response.status_code == 302
    with Image.objects.get().file.open("rb") as stored:
        assert PillowImage.open(stored).n_frames > 1


@pytest.mark.parametrize(
    ("name", "image_format", "content_type"),
    [
        ("a.png", "PNG", "image/png"),
        ("a.gif", "GIF", "image/gif"),
        ("a.webp", "WEBP", "image/webp"),
    ]
    + ([("a.avif", "AVIF", "image/avif")] if features.check("avif") else []),
)
def test_data_appended_after_a_png_gif_or_webp_is_refused(
    journalist_client, name, image_format, content_type
):
    data = picture_bytes(image_format, size=(300, 200)) + b"PK\x03\x04" + b"\x00" * 64

    html = refused(post_photo(journalist_client, name, data, content_type))

    assert "dữ liệu lạ giấu sau phần ảnh" in html


IMAGE_REFUSALS = {
    "svg": (lambda: b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "svg"),
    "markup inside": (
        lambda: picture_bytes()[:200] + b"<script>" + picture_bytes()[200:],
        "polyglot",
    ),
    "not an image": (lambda: b"Xin ch\xc3\xa0o " * 20, "not_image"),
    "too many pixels": (png_bomb, "too_many_pixels"),
    "too many frames": (gif_animation, "too_many_pixels"),
    "cut off": (lambda: picture_bytes()[:-400], "corrupt"),
    "data appended": (lambda: picture_bytes() + b"PK\x03\x04" + b"\x00" * 64, "polyglot"),
}


@pytest.mark.parametrize(("data", "code"), IMAGE_REFUSALS.values(), ids=IMAGE_REFUSALS.keys())
def test_each_photo_refusal_carries_its_code(data, code):
    with pytest.raises(ValidationError) as refusal:
        inspect_image(upload("anh.jpg", data()))

    assert refusal.value.code == code


def test_photo_exactly_at_the_size_and_pixel_limits_is_accepted(journalist_client, settings):
    data = picture_bytes(size=(1600, 900))
    settings.MULTIMEDIA_MAX_IMAGE_BYTES = len(data)
    settings.MULTIMEDIA_MAX_IMAGE_PIXELS = 1600 * 900

    assert post_photo(journalist_client, "anh.jpg", data).status_code == 302


def test_photo_one_byte_over_the_size_limit_is_refused_with_its_code(settings):
    data = picture_bytes()
    settings.MULTIMEDIA_MAX_IMAGE_BYTES = len(data) - 1

    with pytest.raises(ValidationError) as refusal:
        inspect_image(upload("anh.jpg", data))

    assert refusal.value.code == "too_large"


def test_upload_keeps_the_content_type_of_what_it_is_not_what_the_browser_said():
    checked = ImageUploadFormField().clean(
        upload("anh.png", picture_bytes("PNG", size=(40, 30)), "application/octet-stream")
    )

    assert checked.content_type == "image/png"


AVIF_ENDINGS = {
    "box with a 64-bit size": (
        struct.pack(">I4sQ", 1, b"free", 16) + struct.pack(">I4s", 8, b"free"),
        True,
    ),
    "empty box": (struct.pack(">I4s", 8, b"free"), True),
    "last box running to the end": (struct.pack(">I4s", 0, b"free") + b"\x00" * 10, True),
    "64-bit size past the end": (struct.pack(">I4sQ", 1, b"free", 24), False),
    "box smaller than its header": (struct.pack(">I4s", 4, b"free"), False),
    "a few stray bytes": (b"\x00\x00\x00", False),
}


@pytest.mark.skipif(not features.check("avif"), reason="Pillow without AVIF")
@pytest.mark.parametrize(("ending", "accepted"), AVIF_ENDINGS.values(), ids=AVIF_ENDINGS.keys())
def test_avif_is_accepted_only_when_its_boxes_end_with_the_file(ending, accepted):
    data = picture_bytes("AVIF", size=(300, 200)) + ending

    if accepted:
        assert inspect_image(upload("anh.avif", data)) == "AVIF"
    else:
        with pytest.raises(ValidationError) as refusal:
            inspect_image(upload("anh.avif", data))
        assert refusal.value.code == "polyglot"


def test_stored_photo_keeps_its_colour_profile(journalist_client):
    from PIL import ImageCms

    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = picture_bytes(icc_profile=srgb)

    assert post_photo(journalist_client, "mau.jpg", data).status_code == 302
    with Image.objects.get().file.open("rb") as stored:
        assert PillowImage.open(stored).info.get("icc_profile") == srgb
