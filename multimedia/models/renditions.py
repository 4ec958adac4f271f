"""Resized copies of a photo (renditions): made once when the photo is stored, then only looked up.

Every Image row lists its renditions in a JSON field, so a page of fifty cards builds its `srcset`s
without a single extra query. Files go through the default storage (local disk or S3).
"""

import io
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from PIL import Image as PillowImage

# Shapes a template can ask for; None keeps the photo's own proportions.
SHAPES = {"original": None, "16x9": (16, 9), "4x3": (4, 3), "1x1": (1, 1)}
# Square and 4:3 crops serve small cards, and search engines, which ask for 1200 px and more.
SHAPE_MAX_WIDTH = {"1x1": 1280, "4x3": 1280}
FORMATS = {
    "webp": ("WEBP", {"quality": 78, "method": 4}),
    "jpg": ("JPEG", {"quality": 80, "optimize": True, "progressive": True}),
}
CONTENT_TYPES = {"webp": "image/webp", "jpg": "image/jpeg"}


def crop_box(width, height, ratio, focal):
    """The largest box of the given ratio inside width×height, placed so the focal point stays in it."""
    target_w, target_h = ratio
    crop_w, crop_h = width, round(width * target_h / target_w)
    if crop_h > height:
        crop_w, crop_h = round(height * target_w / target_h), height
    focal_x, focal_y = focal
    left = round((width - crop_w) * focal_x)
    top = round((height - crop_h) * focal_y)
    return left, top, left + crop_w, top + crop_h


def widths_for(width, shape):
    limit = min(width, SHAPE_MAX_WIDTH.get(shape, width))
    widths = [w for w in settings.MULTIMEDIA_RENDITION_WIDTHS if w <= limit]
    return widths or [limit]


def _encode(picture, extension):
    image_format, options = FORMATS[extension]
    has_alpha = picture.mode in ("RGBA", "LA") or "transparency" in picture.info
    if image_format == "JPEG" or not has_alpha:
        if has_alpha:
            background = PillowImage.new("RGB", picture.size, "white")
            background.paste(picture.convert("RGBA"), mask=picture.convert("RGBA"))
            picture = background
        else:
            picture = picture.convert("RGB")
    else:
        picture = picture.convert("RGBA")
    output = io.BytesIO()
    picture.save(output, image_format, **options)
    return output.getvalue()


def make_renditions(source_file, content_hash, focal, storage):
    """Write every rendition of a stored photo; return the description kept on the Image row.

    A PostgreSQL advisory lock on the photo's hash serialises two saves of the same photo, and a file
    already in storage is reused, so no rendition is ever made twice.
    """
    from django.core.files.base import ContentFile

    source_file.open("rb")
    try:
        picture = PillowImage.open(source_file)
        picture.load()
    finally:
        source_file.close()
    if picture.mode not in ("RGB", "RGBA", "L", "LA"):
        picture = picture.convert("RGBA" if "transparency" in picture.info else "RGB")
    prefix = f"renditions/{content_hash[:2]}/{content_hash[:20]}"
    focal_tag = f"f{round(focal[0] * 100)}x{round(focal[1] * 100)}"
    shapes = {}
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [int(content_hash[:15], 16)])
        for shape, ratio in SHAPES.items():
            box = crop_box(*picture.size, ratio, focal) if ratio else (0, 0, *picture.size)
            cropped = picture.crop(box)
            stem = f"{prefix}-{shape}" if ratio is None else f"{prefix}-{shape}-{focal_tag}"
            sizes = []
            for width in widths_for(cropped.width, shape):
                height = max(1, round(cropped.height * width / cropped.width))
                resized = None
                for extension in FORMATS:
                    name = f"{stem}-{width}.{extension}"
                    if not storage.exists(name):
                        if resized is None:
                            resized = cropped.resize(
                                (width, height), PillowImage.LANCZOS, reducing_gap=3.0
                            )
                        storage.save(name, ContentFile(_encode(resized, extension)))
                sizes.append([width, height])
            shapes[shape] = {"stem": stem, "sizes": sizes}
    return shapes


@dataclass
class Picture:
    """What `{% picture %}` draws: two srcsets, a fallback and the intrinsic size."""

    src: str
    width: int
    height: int
    webp_srcset: str = ""
    jpeg_srcset: str = ""


def picture_for(image, shape="original"):
    info = (image.renditions or {}).get("shapes", {}).get(shape)
    if not info:
        # Not processed (yet): the stored original, which is itself cleaned of metadata.
        return Picture(src=image.file.url, width=image.width, height=image.height)
    sizes = info["sizes"]
    urls = rendition_urls(image.file.storage, info["stem"], sizes)

    def srcset(extension):
        return ", ".join(f"{urls[w, extension]} {w}w" for w, _h in sizes)

    # The fallback <img src> for browsers without srcset: a middle size, good enough anywhere.
    fallback_w, fallback_h = next(((w, h) for w, h in sizes if w >= 640), sizes[-1])
    largest_w, largest_h = sizes[-1]
    return Picture(
        src=urls[fallback_w, "jpg"],
        width=largest_w,
        height=largest_h,
        webp_srcset=srcset("webp"),
        jpeg_srcset=srcset("jpg"),
    )


def rendition_urls(storage, stem, sizes):
    """{(width, extension): URL} of a shape's files ("<stem>-<width>.<extension>").

    Asking the storage for each URL costs a urljoin apiece, ten for every picture on a page. The
    names differ only after the stem, by characters URLs keep as they are, so when the first URL
    ends with its own tail (no signature or other query string) the others share its beginning;
    signed URLs are asked for one by one.
    """
    keys = [(width, extension) for width, _height in sizes for extension in ("jpg", "webp")]
    tails = {key: f"-{key[0]}.{key[1]}" for key in keys}
    first_url = storage.url(stem + tails[keys[0]])
    if not first_url.endswith(tails[keys[0]]):
        return {key: storage.url(stem + tail) for key, tail in tails.items()}
    prefix = first_url.removesuffix(tails[keys[0]])
    return {key: prefix + tail for key, tail in tails.items()}


@dataclass
class Rendition:
    """One stored file of a photo, as feeds, APIs and social cards describe it."""

    name: str
    url: str
    width: int
    height: int
    content_type: str
    path: str = ""  # the file's name in the storage, for its size


def renditions_for(image, shape="original"):
    """Every stored rendition of one shape, smallest first, JPEG before WebP at each width."""
    info = (image.renditions or {}).get("shapes", {}).get(shape)
    if not info:
        return []
    urls = rendition_urls(image.file.storage, info["stem"], info["sizes"])
    return [
        Rendition(
            name=f"{shape}-{width}-{extension}",
            url=urls[width, extension],
            width=width,
            height=height,
            content_type=CONTENT_TYPES[extension],
            path=f"{info['stem']}-{width}.{extension}",
        )
        for width, height in info["sizes"]
        for extension in ("jpg", "webp")
    ]
