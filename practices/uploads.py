"""Checks for uploaded photos and documents: each must be what it claims to be.

Images are opened with Pillow, limited in bytes and pixels, and re-encoded so that nothing
but pixels survives (no appended payload, no metadata). Documents must carry the signature of
their extension, and a PDF must parse.
"""

import io
import uuid
import warnings
import zipfile
from contextlib import contextmanager
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# What an Office Open XML or OpenDocument archive must contain for each extension.
ZIP_MARKERS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
    "odt": "content.xml",
    "ods": "content.xml",
}
DOCUMENT_EXTENSIONS = ["pdf", "doc", "xls", "ppt", *ZIP_MARKERS]


@deconstructible
class upload_path:
    """Stores each upload under a generated name: the uploader's name is never trusted."""

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, instance, filename):
        ext = PurePath(filename).suffix.lower().lstrip(".")
        ext = ext if ext.isascii() and ext.isalnum() and len(ext) <= 5 else "bin"
        return f"{self.folder}/{uuid.uuid4().hex}.{ext}"

    def __eq__(self, other):
        return isinstance(other, upload_path) and other.folder == self.folder


def _check_size(file, limit):
    if file.size > limit:
        raise ValidationError(
            _("This file is %(size)s; the limit is %(limit)s."),
            params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
            code="too_large",
        )


def _read_head(file, length):
    file.seek(0)
    head = file.read(length)
    file.seek(0)
    return head


def open_image(file):
    """Open and fully decode an uploaded image, refusing bombs and non-images."""
    _check_size(file, settings.MAX_IMAGE_BYTES)
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = _open_checked(file)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("This file is not an image that can be read."), code="invalid_image"
        ) from None
    finally:
        file.seek(0)
    return image


def _too_many_pixels():
    return ValidationError(
        _("This image has more than %(limit)s megapixels."),
        params={"limit": settings.MAX_IMAGE_PIXELS // 1_000_000},
        code="too_many_pixels",
    )


# Markup or script inside an image means a polyglot file made to be sniffed as a page.
POLYGLOT_MARKERS = (b"<script", b"<html", b"<?php", b"<svg", b"<iframe", b"<body")
PNG_END = b"IEND\xaeB`\x82"


def _refuse_polyglots(file):
    file.seek(0)
    data = file.read()
    file.seek(0)
    lowered = data.lower()
    if any(marker in lowered for marker in POLYGLOT_MARKERS):
        raise ValidationError(
            _("This image contains web-page code and was refused."), code="polyglot"
        )
    end = data.rfind(PNG_END)
    if data.startswith(b"\x89PNG") and end != -1 and data[end + len(PNG_END) :].strip(b"\0"):
        raise ValidationError(
            _("This PNG image carries extra data after its end and was refused."),
            code="trailing_data",
        )


def _open_checked(file):
    _refuse_polyglots(file)
    with Image.open(file) as probe:
        width, height = probe.size
        if width * height > settings.MAX_IMAGE_PIXELS:
            raise _too_many_pixels()
        if probe.format not in IMAGE_FORMATS:
            raise ValidationError(_("Upload a JPEG, PNG or WebP image."), code="format")
    file.seek(0)
    image = Image.open(file)
    image.load()
    return image


@contextmanager
def _readable(file):
    """An upload stays open for the form to save. A stored file that a form sets back unchanged
    is closed (reading a photo's dimensions closes it): open it for the check, close it after."""
    if not file.closed:
        yield
        return
    with file.open("rb"):
        yield


def validate_image(file):
    with _readable(file):
        open_image(file)


def reencode_image(file):
    """Return a fresh JPEG or PNG of the uploaded image's pixels, upright, without metadata."""
    original = open_image(file)
    image = ImageOps.exif_transpose(original)
    image.format = original.format
    out = io.BytesIO()
    if image.format == "PNG" or image.mode in ("RGBA", "LA"):
        image.convert("RGBA").save(out, "PNG", optimize=True)
        ext = "png"
    else:
        image.convert("RGB").save(out, "JPEG", quality=85, optimize=True, progressive=True)
        ext = "jpg"
    stem = PurePath(getattr(file, "name", "") or "photo").stem[:40] or "photo"
    return ContentFile(out.getvalue(), name=f"{stem}.{ext}")


def validate_document(file):
    _check_size(file, settings.MAX_DOCUMENT_BYTES)
    ext = PurePath(file.name).suffix.lower().lstrip(".")
    if ext not in DOCUMENT_EXTENSIONS:
        raise ValidationError(
            _("Upload a PDF or an Office document (%(types)s)."),
            params={"types": ", ".join(DOCUMENT_EXTENSIONS)},
            code="extension",
        )
    with _readable(file):
        matches = _content_matches(file, ext)
    if not matches:
        raise ValidationError(
            _("This file's content is not a %(ext)s document."),
            params={"ext": ext.upper()},
            code="content_mismatch",
        )


def _content_matches(file, ext):
    if ext == "pdf":
        return _is_pdf(file)
    if ext in ("doc", "xls", "ppt"):
        return _read_head(file, 8) == OLE_SIGNATURE
    return _zip_has(file, ZIP_MARKERS[ext])


def _is_pdf(file):
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if _read_head(file, 5) != b"%PDF-":
        return False
    try:
        return len(PdfReader(file).pages) > 0
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return False
    finally:
        file.seek(0)


def _zip_has(file, member):
    try:
        with zipfile.ZipFile(file) as archive:
            return member in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        file.seek(0)
