"""Files sent by the application itself: uploaded media under MEDIA_ROOT and the print edition's PDF.

Django's FileResponse and `django.views.static.serve` know neither Range nor ETag, and whitenoise
serves only the files it found at start-up; uploads arrive while the site runs. So byte ranges
(video seeking, PDF page loading) and conditional requests are answered here, streaming the file
without reading it whole. In production nginx serves /media/ from disk with the same headers
(deploy/nginx.conf); this view is what answers when nothing is in front.
"""

import re
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import (
    content_disposition_header,
    http_date,
    parse_http_date_safe,
    quote_etag,
)
from django.views.decorators.http import require_safe

# What a browser may show inline. Anything else (HTML, SVG, scripts, office files…) is downloaded:
# a file opened directly must never become a page on our domain.
INLINE_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".pdf": "application/pdf",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".webm": "video/webm",
}
# Renditions have names made from the photo's hash and size (multimedia/models/renditions.py): a
# name never points at other bytes, so browsers and proxies may keep them for a year.
IMMUTABLE = "public, max-age=31536000, immutable"
# An original keeps its name while it exists, but a deleted one may leave its name to a new upload.
ORIGINAL = "public, max-age=86400"
RENDITIONS_PREFIX = "renditions/"
BYTE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class FileSlice:
    """`length` bytes of an open file from its current position, read in blocks by FileResponse."""

    def __init__(self, file, length):
        self.file, self.remaining = file, length

    def read(self, size=-1):
        size = self.remaining if size < 0 else min(size, self.remaining)
        data = self.file.read(size)
        self.remaining -= len(data)
        return data

    def close(self):
        self.file.close()


def parse_range(header, size):
    """(first, last) byte positions asked for, "unsatisfiable", or None to send the whole file.

    Only a single range is honoured; a server may ignore Range, and several ranges would need a
    multipart body that no reader here asks for.
    """
    match = BYTE_RANGE.match(header.replace(" ", ""))
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if first == "":  # "-N": the last N bytes
        if int(last) == 0:
            return "unsatisfiable"
        first, last = max(size - int(last), 0), size - 1
    elif last and int(last) < int(first):  # not a valid range at all: ignored
        return None
    else:
        first, last = int(first), min(int(last) if last else size - 1, size - 1)
    if first >= size:
        return "unsatisfiable"
    return first, last


def _range_wanted(request, etag, last_modified):
    """The Range header when it applies: If-Range must still describe the file we have."""
    if_range = request.headers.get("If-Range", "")
    if if_range.startswith(('"', "W/")):
        if if_range != etag:
            return ""
    elif if_range and parse_http_date_safe(if_range) != last_modified:
        return ""
    return request.headers.get("Range", "")


def ranged_file_response(request, opener, *, size, content_type, etag=None, mtime=None, headers=()):
    """Answer GET/HEAD for one file: 304/412 on preconditions, 206/416 on Range, else 200.

    `opener()` opens the file for reading in binary mode; it is called only when a body is sent.
    """
    last_modified = int(mtime) if mtime is not None else None
    base = HttpResponse(content_type=content_type, headers=dict(headers))
    base.headers["Accept-Ranges"] = "bytes"
    if etag:
        base.headers["ETag"] = etag = quote_etag(etag)
    if last_modified is not None:
        base.headers["Last-Modified"] = http_date(last_modified)
    conditional = get_conditional_response(request, etag, last_modified, base)
    if conditional is not base:
        return conditional

    wanted = parse_range(_range_wanted(request, etag, last_modified), size)
    if wanted == "unsatisfiable":
        refused = HttpResponse(status=416, headers={"Content-Range": f"bytes */{size}"})
        refused.headers["Accept-Ranges"] = "bytes"
        return refused
    first, last = wanted or (0, size - 1)
    length = last - first + 1

    if request.method == "HEAD":
        response = base
    else:
        file = opener()
        file.seek(first)
        # The whole file goes as it is, so gunicorn may hand it to sendfile().
        body = FileSlice(file, length) if wanted else file
        response = FileResponse(body, content_type=content_type)
        for name, value in base.items():
            response[name] = value
    response.headers["Content-Length"] = str(length)
    if wanted:
        response.status_code = 206
        response.headers["Content-Range"] = f"bytes {first}-{last}/{size}"
    return response


def media_path(path):
    """The file under MEDIA_ROOT that `path` names, or Http404: no escape, no directory, no dotfile."""
    root = Path(settings.MEDIA_ROOT).resolve()
    if any(part.startswith(".") for part in path.split("/")) or "\x00" in path or "\\" in path:
        raise Http404
    try:
        # resolve() follows symlinks too, so a link cannot lead outside the media root either.
        full = (root / path).resolve()
    except (OSError, ValueError) as error:
        raise Http404 from error
    if not full.is_relative_to(root) or not full.is_file():
        raise Http404
    return full


@require_safe
def media_file(request, path):
    """An uploaded file from local storage, for sites with nothing serving /media/ in front."""
    full = media_path(path)
    stat = full.stat()
    content_type = INLINE_TYPES.get(full.suffix.lower())
    headers = {
        "Cache-Control": IMMUTABLE if path.startswith(RENDITIONS_PREFIX) else ORIGINAL,
        "X-Content-Type-Options": "nosniff",
        # A file opened directly runs in an opaque origin: no script, no cookies of ours.
        "Content-Security-Policy": "sandbox",
    }
    if content_type is None:
        content_type = "application/octet-stream"
        headers["Content-Disposition"] = content_disposition_header(True, full.name)
    return ranged_file_response(
        request,
        lambda: full.open("rb"),
        size=stat.st_size,
        content_type=content_type,
        etag=f"{stat.st_size:x}-{stat.st_mtime_ns:x}",
        mtime=stat.st_mtime,
        headers=headers,
    )
