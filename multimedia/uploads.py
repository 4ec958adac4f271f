"""Checks every uploaded file passes before it is stored, and the cleaning of photos we serve.

One place for the admin and any upload endpoint: the model fields below carry the validators, and
their form fields run the same checks so that an editor sees the precise reason in Vietnamese.
"""

import io
import re
import secrets
import struct
import warnings

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from PIL import ImageOps, ImageSequence, features
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

# Markers of code or markup that have no business inside a photo: a file carrying them is a
# polyglot, built to be run by some other program that trusts the image extension. Each is five
# bytes or more, so compressed pixel data practically never contains one by chance.
_FOREIGN_MARKERS = re.compile(rb"<\?php|<script|<html|<iframe|<object|<embed", re.IGNORECASE)
_SVG_START = re.compile(rb"^\s*(<\?xml|<!--|<!doctype svg|<svg)", re.IGNORECASE)


def allowed_image_formats():
    formats = {"JPEG", "PNG", "WEBP", "GIF"}
    if features.check("avif"):
        formats.add("AVIF")
    return formats


def check_size(upload, max_bytes, message):
    """Refuse before reading: the size is known from the upload itself."""
    if upload.size > max_bytes:
        raise ValidationError(
            message,
            code="too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
        )


def _read(file):
    file.seek(0)
    data = file.read()
    file.seek(0)
    return data


def _payload_ends_at_end(data, image_format):
    """Whether the image's own structure accounts for the file up to its last byte."""
    if image_format == "JPEG":
        return data.rstrip(b"\x00").endswith(b"\xff\xd9")
    if image_format == "PNG":
        return data.endswith(b"IEND\xaeB`\x82")
    if image_format == "GIF":
        return data.endswith(b";")
    if image_format == "WEBP":
        (riff_size,) = struct.unpack("<I", data[4:8])
        return riff_size + 8 + (riff_size % 2) == len(data)
    if image_format == "AVIF":
        return _boxes_fill(data)
    return False


def _boxes_fill(data):
    """ISO media files are a chain of boxes; the chain must end exactly at the end of the file."""
    position = 0
    while position < len(data):
        if position + 8 > len(data):
            return False
        size = struct.unpack(">I", data[position : position + 4])[0]
        if size == 1:
            size = struct.unpack(">Q", data[position + 8 : position + 16])[0]
        elif size == 0:
            return True
        if size < 8:
            return False
        position += size
    return position == len(data)


def inspect_image(file):
    """Refuse anything but a whole, plain photo within the limits; return its Pillow format.

    Order matters: cheap checks first, and Pillow decodes the pixels only after the header
    has shown the picture is within the pixel limit (a small PNG can expand to gigabytes).
    """
    check_size(
        file,
        settings.MULTIMEDIA_MAX_IMAGE_BYTES,
        _("The file is %(size)s; photos may be at most %(limit)s."),
    )
    data = _read(file)
    if _SVG_START.match(data[:512]):
        raise ValidationError(
            _("SVG drawings are not accepted: they can carry scripts. Upload a JPEG, PNG or WebP."),
            code="svg",
        )
    if _FOREIGN_MARKERS.search(data):
        raise ValidationError(
            _("The file carries code or markup besides the picture and was refused."),
            code="polyglot",
        )
    not_an_image = ValidationError(
        _("This file is not a photo (JPEG, PNG, WebP or GIF), whatever its name says."),
        code="not_image",
    )
    max_pixels = settings.MULTIMEDIA_MAX_IMAGE_PIXELS
    too_many_pixels = ValidationError(
        _("The picture has too many pixels: at most %(limit)s megapixels are accepted."),
        code="too_many_pixels",
        params={"limit": max_pixels // 1_000_000},
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", PillowImage.DecompressionBombWarning)
        try:
            picture = PillowImage.open(io.BytesIO(data))
        except (PillowImage.DecompressionBombError, PillowImage.DecompressionBombWarning):
            raise too_many_pixels from None
        except Exception:
            raise not_an_image from None
        if picture.format not in allowed_image_formats() or not picture.width * picture.height:
            raise not_an_image
        if picture.width * picture.height > max_pixels:
            raise too_many_pixels
        damaged = ValidationError(
            _(
                "The photo is damaged or incomplete (perhaps the upload was cut off). Export it again and retry."
            ),
            code="corrupt",
        )
        # Every frame of an animation is drawn on the whole canvas when it is decoded (and the
        # stored copy keeps them all): 200 frames of 2000×2000 are 800 megapixels from a file of
        # a few hundred KB. Counting frames reads their headers only.
        try:
            frames = getattr(picture, "n_frames", 1)
        except Exception:  # a frame header cut short or garbled
            raise damaged from None
        if picture.width * picture.height * frames > max_pixels:
            raise ValidationError(
                _(
                    "The animation has too many pixels in all its frames together (%(frames)s "
                    "frames): at most %(limit)s megapixels are accepted. Shorten it or make it smaller."
                ),
                code="too_many_pixels",
                params={"frames": frames, "limit": max_pixels // 1_000_000},
            )
        try:
            picture.verify()
            # verify() checks structure only; decoding every pixel of every frame (as the photo
            # cleaner will) finds truncated files and frames that cannot be drawn.
            decoded = PillowImage.open(io.BytesIO(data))
            for _frame in ImageSequence.Iterator(decoded):
                # A GIF frame reaching past the canvas enlarges it before it is decoded.
                if decoded.width * decoded.height * frames > max_pixels:
                    raise too_many_pixels
                decoded.load()
        except ValidationError:
            raise
        except (PillowImage.DecompressionBombError, PillowImage.DecompressionBombWarning):
            raise too_many_pixels from None
        except Exception:
            raise damaged from None
    if not _payload_ends_at_end(data, picture.format):
        raise ValidationError(
            _("The file has extra data hidden after the picture and was refused."),
            code="polyglot",
        )
    return picture.format


def validate_image_upload(value):
    """Model-level check; skips files already stored (they passed it) and files checked by the form."""
    checked = getattr(value, "newsroom_checked", False) or getattr(
        getattr(value, "file", None), "newsroom_checked", False
    )
    if getattr(value, "_committed", False) or checked:
        return
    inspect_image(value)


SAVE_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 90},
    "GIF": {},
    "AVIF": {"quality": 80},
}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "AVIF": "avif"}


def clean_photo(data):
    """The photo as we store it: turned upright, every metadata block (EXIF, GPS, XMP, comments) dropped.

    Returns (bytes, Pillow format, width, height). Only the colour profile survives, so colours stay true.
    """
    source = PillowImage.open(io.BytesIO(data))
    image_format = source.format
    icc_profile = source.info.get("icc_profile")
    options = dict(SAVE_OPTIONS[image_format])
    if image_format == "GIF" and getattr(source, "is_animated", False):
        frames = [
            _bare(frame.copy(), keep=("duration", "transparency"))
            for frame in ImageSequence.Iterator(source)
        ]
        clean = frames[0]
        options.update(save_all=True, append_images=frames[1:], loop=source.info.get("loop", 0))
    else:
        clean = _bare(ImageOps.exif_transpose(source).copy())
        if icc_profile and image_format != "GIF":
            options["icc_profile"] = icc_profile
    output = io.BytesIO()
    clean.save(output, image_format, **options)
    return output.getvalue(), image_format, clean.width, clean.height


def _bare(image, keep=()):
    """The image without the metadata Pillow carries along and would write back when saving."""
    image.info = {key: image.info[key] for key in keep if key in image.info}
    return image


class ImageUploadFormField(forms.ImageField):
    """forms.ImageField with our checks, so each refusal names its reason."""

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        image_format = inspect_image(upload)
        upload.content_type = PillowImage.MIME.get(image_format)
        upload.newsroom_checked = True
        return upload


class ImageUploadField(models.ImageField):
    default_validators = [validate_image_upload]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": ImageUploadFormField, **kwargs})


# What makes a PDF do more than show pages: scripts, actions run on opening or on events,
# programs launched, files attached, forms sent elsewhere, embedded Flash or XFA forms.
ACTIVE_PDF_KEYS = {
    "/JS",
    "/JavaScript",
    "/AA",
    "/Launch",
    "/EmbeddedFile",
    "/EmbeddedFiles",
    "/RichMedia",
    "/XFA",
}
ACTIVE_PDF_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/SubmitForm",
    "/ImportData",
    "/RichMediaExecute",
    "/GoToE",
    "/Rendition",
}
# Page resources and content streams hold drawing only, never actions: not walked, so that
# a 200 MB issue's images are not read into memory to be checked.
PASSIVE_PDF_KEYS = {"/Resources", "/Contents", "/Thumb", "/Metadata", "/Parent", "/P"}


def pdf_active_content(reader):
    """The first name that makes the document active, or None; walks every object the
    document reaches from its trailer, compressed object streams included."""
    seen, pending = set(), [reader.trailer]
    while pending:
        item = pending.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            for key, value in item.items():
                if key in ACTIVE_PDF_KEYS:
                    return key
                if key == "/S" and value in ACTIVE_PDF_ACTIONS:
                    return value
                if key not in PASSIVE_PDF_KEYS:
                    pending.append(value)
        elif isinstance(item, ArrayObject):
            pending.extend(item)
    return None


def validate_pdf_upload(value):
    """A print edition: within the size limit, a PDF that parses with at least one page, and
    nothing active in it (scripts, actions, attachments): it is shown on our own domain."""
    upload = value
    if getattr(value, "_committed", False):
        return
    check_size(
        upload,
        settings.MULTIMEDIA_MAX_PDF_BYTES,
        _("The file is %(size)s; print edition PDFs may be at most %(limit)s."),
    )
    upload.seek(0)
    head = upload.read(1024)
    upload.seek(max(upload.size - 2048, 0))
    tail = upload.read()
    upload.seek(0)
    not_pdf = ValidationError(
        _("Only PDF files are accepted for the print edition, whatever the file is called."),
        code="not_pdf",
    )
    if not re.match(rb"%PDF-[12]\.\d", head):
        raise not_pdf
    if b"%%EOF" not in tail or b"startxref" not in tail:
        raise ValidationError(
            _("The PDF is incomplete (perhaps the upload was cut off). Export it again and retry."),
            code="corrupt",
        )
    try:
        reader = PdfReader(upload)
        if reader.is_encrypted:
            # Encrypted objects cannot be checked (and the site's viewer may not open them).
            raise ValidationError(
                _(
                    "The PDF is encrypted or password-protected. Export it again without protection."
                ),
                code="encrypted_pdf",
            )
        if len(reader.pages) == 0:
            raise not_pdf
        active = pdf_active_content(reader)
    except ValidationError:
        raise
    except Exception:  # pypdf raises many kinds of errors on files that only look like PDFs
        raise not_pdf from None
    finally:
        upload.seek(0)
    if active:
        raise ValidationError(
            _(
                "The PDF carries active content (%(name)s: scripts, actions, attached files or "
                "forms) and was refused. Export it again as a plain PDF for printing "
                "(e.g. PDF/X) and retry."
            ),
            code="active_pdf",
            params={"name": active.lstrip("/")},
        )


def print_pdf_path(issue, filename):
    """Where an issue's PDF is stored: always a .pdf name, whatever the upload was called, so
    that whatever serves /media/ by extension serves it as a PDF; with a part nobody can guess,
    since /media/ is served without asking whether the issue is out yet."""
    return timezone.now().strftime(f"print/%Y/%m/{unguessable_name(issue)}.pdf")


def unguessable_name(issue):
    return f"bao-in-so-{issue.number}-{secrets.token_urlsafe(12)}"


VIDEO_SIGNATURES = {
    "mp4": lambda head: head[4:8] == b"ftyp",
    "webm": lambda head: head[:4] == b"\x1a\x45\xdf\xa3",
}


def validate_video_upload(value):
    """An MP4 or WebM file within the size limit, recognised by its first bytes, not its name."""
    upload = value
    if getattr(value, "_committed", False):
        return
    check_size(
        upload,
        settings.MULTIMEDIA_MAX_VIDEO_BYTES,
        _("The file is %(size)s; videos may be at most %(limit)s."),
    )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    extension = upload.name.rsplit(".", 1)[-1].lower()
    if extension not in VIDEO_SIGNATURES or not VIDEO_SIGNATURES[extension](head):
        raise ValidationError(_("Only MP4 or WebM video files are accepted."), code="not_video")
