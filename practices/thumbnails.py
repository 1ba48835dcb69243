"""Small WebP copies of photos for pages; the original is only fetched when asked for.

A thumbnail is made on first use and kept beside the uploads; its name carries the photo's
file name, so a replaced photo gets new thumbnails.
"""

import hashlib
import io
import logging

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, UnidentifiedImageError

logger = logging.getLogger(__name__)
WIDTHS = (320, 640)
# WebP for every browser of the last years; JPEG for the few older phones that lack it.
FORMATS = {"webp": ("WEBP", {"quality": 72, "method": 4}), "jpg": ("JPEG", {"quality": 75})}


def thumbnail_name(photo, width, fmt="webp"):
    digest = hashlib.sha1(photo.image.name.encode()).hexdigest()[:12]
    return f"thumbs/{photo.pk}-{digest}-{width}.{fmt}"


def thumbnail_url(photo, width, fmt="webp"):
    """URL of a copy at most `width` pixels wide; the original's when it cannot be made."""
    name = thumbnail_name(photo, width, fmt)
    if not default_storage.exists(name):
        try:
            default_storage.save(name, ContentFile(_resize(photo, width, fmt)))
        except (OSError, UnidentifiedImageError, ValueError):
            logger.warning("No thumbnail for photo %s", photo.pk, exc_info=True)
            return photo.image.url
    return default_storage.url(name)


def _resize(photo, width, fmt="webp"):
    kind, options = FORMATS[fmt]
    with photo.image.open("rb") as original, Image.open(original) as image:
        image = image.convert("RGB")
        image.thumbnail((width, width * 4))
        buffer = io.BytesIO()
        image.save(buffer, kind, **options)
    return buffer.getvalue()
