"""Builders for multimedia tests: real files made in memory, real rows in PostgreSQL."""

import io
import struct
import zlib
from datetime import date, timedelta
from itertools import count

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import ExifTags
from PIL import Image as PillowImage

from multimedia.models import Gallery, GalleryPhoto, PrintIssue, Video
from tests.factories import make_image, make_user

_sequence = count(1)


def picture_bytes(image_format="JPEG", size=(1600, 900), color=(30, 120, 60), **save_options):
    buffer = io.BytesIO()
    mode = "RGBA" if image_format == "PNG" else "RGB"
    PillowImage.new(mode, size, color).save(buffer, image_format, **save_options)
    return buffer.getvalue()


def jpeg_with_gps(size=(1200, 800), orientation=None):
    """A camera-like JPEG: GPS position, camera maker, XMP packet, and optionally an orientation."""
    picture = PillowImage.new("RGB", size, (200, 60, 40))
    exif = picture.getexif()
    exif[ExifTags.Base.Make] = "NewsCam"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (12.0, 40.0, 5.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (108.0, 3.0, 7.0)
    buffer = io.BytesIO()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude>12,40.1N</exif:GPSLatitude></x:xmpmeta>'
    picture.save(buffer, "JPEG", exif=exif.tobytes(), xmp=xmp)
    return buffer.getvalue()


def png_bomb(width=30000, height=30000):
    """A real 30000×30000 black-and-white PNG: a few hundred KB that decode to 900 megapixels."""

    def chunk(kind, data):
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def gif_animation(canvas=(2000, 2000), frames=200):
    """An animated GIF as a bomb is built: a large canvas and many frames of one pixel each.

    A few bytes a frame on disk; Pillow draws each frame on the whole canvas once decoded.
    """
    width, height = canvas
    screen = struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"

    def frame(number):
        return (
            b"\x21\xf9\x04\x00\x0a\x00\x00\x00"  # 1/10 s
            + b"\x2c"
            + struct.pack("<HHHHB", number % width, 0, 1, 1, 0)
            # One pixel, black or white in turn, LZW-coded.
            + (b"\x02\x02\x4c\x01\x00" if number % 2 else b"\x02\x02\x44\x01\x00")
        )

    return b"GIF89a" + screen + loop + b"".join(map(frame, range(frames))) + b";"


def pdf_bytes(pages=1, catalog=b"", page=b"", extra_objects=()):
    """A small valid PDF with `pages` blank A4 pages.

    `catalog` and `page` add entries to the catalogue and to each page dictionary;
    `extra_objects` are numbered from 3 + pages on, for them to refer to.
    """
    objects = [b"<< /Type /Catalog /Pages 2 0 R " + catalog + b" >>"]
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages)).encode()
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>")
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + page + b" >>"] * pages
    objects += list(extra_objects)
    body, offsets = b"%PDF-1.4\n", []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n".encode() + content + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{offset:010} 00000 n \n".encode() for offset in offsets)
    body += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return body


def pdf_bytes_with_object_stream(catalog, hidden_object):
    """A one-page PDF (1.5) whose object 4, `hidden_object`, sits compressed in an object stream,
    listed by a cross-reference stream: its bytes appear nowhere in the file as written."""
    packed = b"4 0 " + hidden_object
    compressed = zlib.compress(packed)
    plain = [
        b"<< /Type /Catalog /Pages 2 0 R " + catalog + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    body, offsets = b"%PDF-1.5\n", {}
    for number, content in enumerate(plain, start=1):
        offsets[number] = len(body)
        body += f"{number} 0 obj\n".encode() + content + b"\nendobj\n"
    offsets[5] = len(body)
    body += (
        f"5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {len(compressed)} >>"
        "\nstream\n"
    ).encode()
    body += compressed + b"\nendstream\nendobj\n"
    offsets[6] = len(body)
    rows = [(0, 0, 65535), *((1, offsets[n], 0) for n in (1, 2, 3)), (2, 5, 0)]
    rows += [(1, offsets[5], 0), (1, offsets[6], 0)]
    table = b"".join(struct.pack(">BIH", *row) for row in rows)
    body += (
        f"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length {len(table)} >>\nstream\n"
    ).encode()
    body += table + f"\nendstream\nendobj\nstartxref\n{offsets[6]}\n%%EOF\n".encode()
    return body


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def make_member(group_name, **overrides):
    user = make_user(**overrides)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def make_photo(size=(1600, 900), **overrides):
    """An Image stored through the model, from a fresh JPEG of the given size."""
    image = make_image(**overrides)
    image.file.save(f"anh-{next(_sequence)}.jpg", ContentFile(picture_bytes(size=size)), save=False)
    image.save()
    return image


def published(**fields):
    return {"status": "published", "published_at": timezone.now() - timedelta(hours=1), **fields}


def make_video(**overrides):
    fields = published(
        title=f"Video số {next(_sequence)}", embed_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    )
    fields.update(overrides)
    return Video.objects.create(**fields)


def make_gallery(photos=3, **overrides):
    fields = published(title=f"Phóng sự ảnh số {next(_sequence)}")
    fields.update(overrides)
    gallery = Gallery.objects.create(**fields)
    for position in range(photos):
        image = make_image(caption=f"Ảnh gốc {position + 1}")
        GalleryPhoto.objects.create(
            gallery=gallery, image=image, position=position, caption=f"Chú thích {position + 1}"
        )
    if photos and "cover" not in overrides:
        gallery.cover = gallery.photos.first().image
        gallery.save()
    return gallery


def make_print_issue(**overrides):
    number = next(_sequence) + 1000
    fields = published(number=number, issue_date=date(2026, 11, 27))
    fields.update(overrides)
    issue = PrintIssue(**fields)
    issue.pdf.save(f"bao-in-{number}.pdf", ContentFile(pdf_bytes()), save=False)
    issue.save()
    return issue
