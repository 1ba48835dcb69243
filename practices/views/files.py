"""Uploaded files, each served only to those who may see what it belongs to.

Photos and documents of a practice are served to exactly those who may see the practice
(`audience.may_see`: its public readers, and in the admin the coordinators and the people
assigned to it); partner logos are public. A document is always a download. Only files
anyone may read are cached by shared caches.
"""

import mimetypes
import re
from pathlib import PurePosixPath

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.db.models import Q
from django.http import FileResponse, Http404
from django.utils.text import slugify

from practices import audience
from practices.models import (
    Document,
    Event,
    EventDocument,
    EventPhoto,
    LogbookEntry,
    Partner,
    Photo,
)

THUMBNAIL = re.compile(r"thumbs/(?P<pk>\d+)-[0-9a-f]+-\d+\.(webp|jpg)")
# Neither a shared cache nor the browser's disk keeps a file not everyone may read.
PRIVATE = "private, no-store"
PUBLIC = "public, max-age=3600"
# A thumbnail's name changes with its photo (practices/thumbnails.py), so a browser may keep
# it for a year; shared caches ask again within the hour, so that the photos of a practice
# taken off the site leave them soon.
PUBLIC_THUMBNAIL = "public, max-age=31536000, s-maxage=3600, immutable"
# Nothing served from uploads may run as a page, whatever a browser thinks it is.
SANDBOX_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


def media(request, path):
    owner, download_name = _owner(path)
    if owner is None or not _may_see(request.user, owner):
        raise Http404
    try:
        # From the configured storage (the local folder, or a shared store), never by a
        # link to it: this view is the only way to a file.
        handle = default_storage.open(path, "rb")
    except (OSError, ValueError, SuspiciousFileOperation):
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=download_name is not None,
        filename=download_name or PurePosixPath(path).name,
        content_type=mimetypes.guess_type(path)[0] or "application/octet-stream",
    )
    response["Content-Security-Policy"] = SANDBOX_CSP
    response["Cache-Control"] = _cache_control(path, owner)
    return response


def _cache_control(path, owner):
    if not _is_public(owner):
        return PRIVATE
    return PUBLIC_THUMBNAIL if THUMBNAIL.fullmatch(path) else PUBLIC


def _owner(path):
    """(the practice the file belongs to, or "public"; a download name for documents)."""
    if match := THUMBNAIL.fullmatch(path):
        photo = Photo.objects.select_related("practice").filter(pk=match["pk"]).first()
        return (photo.practice if photo else None), None
    if path.startswith("photos/"):
        photo = Photo.objects.select_related("practice").filter(image=path).first()
        return (photo.practice if photo else None), None
    if path.startswith("documents/"):
        doc = Document.objects.select_related("practice").filter(file=path).first()
        if doc is None:
            return None, None
        name = f"{slugify(doc.title) or 'document'}.{doc.extension.lower()}"
        return doc.practice, name
    if path.startswith("event-photos/"):
        photo = EventPhoto.objects.select_related("event").filter(image=path).first()
        return (photo.event if photo else None), None
    if path.startswith("event-documents/"):
        doc = EventDocument.objects.select_related("event").filter(file=path).first()
        name = PurePosixPath(path).suffix.lstrip(".").lower()
        return (doc.event, f"{slugify(doc.title) or 'document'}.{name}") if doc else (None, None)
    if path.startswith("logbook/"):
        entry = LogbookEntry.objects.filter(Q(photo=path) | Q(document=path)).first()
        attachment = entry is not None and entry.document.name == path
        return entry, (PurePosixPath(path).name if attachment else None)
    if path.startswith("logos/") and Partner.objects.filter(logo=path).exists():
        return "public", None
    return None, None


def _may_see(user, owner):
    if owner == "public":
        return True
    if isinstance(owner, Event):
        return audience.may_see_event(user, owner)
    if isinstance(owner, LogbookEntry):
        return audience.may_see_entry(user, owner)
    return audience.may_see(user, owner)


def _is_public(owner):
    if isinstance(owner, Event):
        return audience.events_for(audience.PUBLIC).filter(pk=owner.pk).exists()
    if isinstance(owner, LogbookEntry):
        return audience.logbook_for(audience.PUBLIC).filter(pk=owner.pk).exists()
    return owner == "public" or audience.is_public(owner)
