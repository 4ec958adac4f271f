import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from PIL import Image as PillowImage

from multimedia.models import Image
from multimedia.models.renditions import rendition_urls
from tests.factories import make_image

from .helpers import jpeg_with_gps, make_photo

pytestmark = pytest.mark.django_db


def open_rendition(image, shape, width, extension):
    stem = image.renditions["shapes"][shape]["stem"]
    with default_storage.open(f"{stem}-{width}.{extension}") as stored:
        picture = PillowImage.open(io.BytesIO(stored.read()))
        picture.load()
    return picture


def test_renditions_are_webp_and_jpeg_at_each_width_up_to_the_original():
    image = make_photo(size=(1600, 900))

    shapes = image.renditions["shapes"]

    assert shapes["original"]["sizes"] == [[320, 180], [640, 360], [960, 540], [1280, 720]]
    for width, height in shapes["original"]["sizes"]:
        assert open_rendition(image, "original", width, "webp").format == "WEBP"
        jpeg = open_rendition(image, "original", width, "jpg")
        assert (jpeg.format, jpeg.size) == ("JPEG", (width, height))


def test_crops_are_16_by_9_4_by_3_and_square():
    image = make_photo(size=(1200, 1200))

    assert image.renditions["shapes"]["16x9"]["sizes"][-1] == [960, 540]
    assert image.renditions["shapes"]["4x3"]["sizes"][-1] == [960, 720]
    assert image.renditions["shapes"]["1x1"]["sizes"] == [[320, 320], [640, 640], [960, 960]]
    assert open_rendition(image, "1x1", 960, "webp").size == (960, 960)
    assert open_rendition(image, "4x3", 960, "jpg").size == (960, 720)


def test_square_and_4_by_3_stop_at_1280_wide():
    image = make_photo(size=(3000, 3000))

    assert image.renditions["shapes"]["1x1"]["sizes"][-1] == [1280, 1280]
    assert image.renditions["shapes"]["4x3"]["sizes"][-1] == [1280, 960]
    assert image.renditions["shapes"]["16x9"]["sizes"][-1] == [1920, 1080]


def test_photo_narrower_than_the_smallest_width_keeps_its_own_width():
    image = make_photo(size=(200, 150))

    assert image.renditions["shapes"]["original"]["sizes"] == [[200, 150]]


def test_square_crop_keeps_the_focal_point_in_the_picture():
    # A wide photo: red on the left third, blue elsewhere. The subject (focal point) is on the left.
    picture = PillowImage.new("RGB", (1500, 500), (0, 0, 255))
    picture.paste((255, 0, 0), (0, 0, 500, 500))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    image = make_image()
    image.file.save("trai.png", ContentFile(buffer.getvalue()), save=False)
    image.focal_x, image.focal_y = 0.0, 0.5
    image.save()

    left_crop = open_rendition(image, "1x1", 320, "jpg")
    image.focal_x = 1.0
    image.save()
    right_crop = open_rendition(image, "1x1", 320, "jpg")

    red, _green, blue = left_crop.getpixel((160, 160))
    assert red > 200 and blue < 60
    red, _green, blue = right_crop.getpixel((160, 160))
    assert blue > 200 and red < 60


def test_renditions_are_made_once_and_reused():
    image = make_photo(size=(800, 600))
    stem = image.renditions["shapes"]["original"]["stem"]
    first_made = default_storage.get_modified_time(f"{stem}-640.webp")

    image.caption = "Chú thích mới"
    image.save()
    twin = make_photo(size=(800, 600))  # the same bytes uploaded again

    assert default_storage.get_modified_time(f"{stem}-640.webp") == first_made
    assert twin.renditions["shapes"] == image.renditions["shapes"]
    assert Image.objects.get(pk=image.pk).renditions == image.renditions


def test_raw_file_stored_by_other_code_is_replaced_by_its_clean_copy():
    image = Image(alt_text="Ảnh từ máy ảnh")
    image.file.save("may-anh-gps.jpg", ContentFile(jpeg_with_gps()), save=False)
    folder = image.file.name.rsplit("/", 1)[0]

    image.save()

    stored = [name for name in default_storage.listdir(folder)[1] if name.startswith("may-anh-gps")]
    assert stored == [image.file.name.rsplit("/", 1)[1]]
    with default_storage.open(image.file.name) as clean:
        assert b"GPSLatitude" not in clean.read()
        clean.seek(0)
        assert not PillowImage.open(clean).getexif()


SIZES = [[320, 180], [640, 360]]
STEM = "renditions/ab/anh-16x9-f50x50"


def storage_urls(storage):
    return {
        (width, extension): storage.url(f"{STEM}-{width}.{extension}")
        for width, _height in SIZES
        for extension in ("jpg", "webp")
    }


def test_rendition_addresses_are_those_the_storage_gives_each_file():
    from storages.backends.s3 import S3Storage

    keys = {"access_key": "test", "secret_key": "test", "bucket_name": "baodaklak-media"}
    local = FileSystemStorage(base_url="/media/")
    cdn = S3Storage(custom_domain="media.baodaklak.vn", querystring_auth=False, **keys)
    for storage in (local, cdn):
        assert rendition_urls(storage, STEM, SIZES) == storage_urls(storage)

    signed = S3Storage(
        endpoint_url="https://s3.example.vn", region_name="hn", querystring_auth=True, **keys
    )
    urls = rendition_urls(signed, STEM, SIZES)

    for (width, extension), url in urls.items():
        address, _, query = url.partition("?")
        assert address.endswith(f"/{STEM}-{width}.{extension}") and "Signature=" in query
    # Each file signed for itself, not a signature copied onto another name.
    assert len({url.partition("?")[2] for url in urls.values()}) == len(urls)
