"""Cache keys and cached counts of the public pages.

Page fragments are cached with keys that carry the language, the reader's audience (public or
DELGOSEA network) and the public revision, which rises on every change, so a page is never
served to an audience it was not made for, nor after the site changed. Counts of filtered
pages and searches are cached apart from the fragments, under keys without the language, for
every page and language to share; the overview of everything an audience may see is read from
the database (practices/search/overview.py). Whole pages of readers without a session are kept
under `page_key` (practices/views/conditional.py serves them and their validators).
"""

import hashlib
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from practices import audience
from practices.models import PublicRevision
from practices.search import overview as overviews

# Counts are keyed by the revision, so they never go stale; the time only bounds their memory.
COUNTS_SECONDS = 24 * 3600
FRAGMENT_SECONDS = 3600
PAGE_SECONDS = 3600


def _code_version():
    """A digest of the templates, translations and code: a new release changes every whole-page
    key and validator, so no reader keeps a page of the release before."""
    digest = hashlib.sha1()
    for folder in ("templates", "locale", "practices", "static"):
        for path in sorted(Path(settings.BASE_DIR, folder).rglob("*")):
            if path.is_file() and path.suffix not in {".pyc", ".po"}:
                stat = path.stat()
                digest.update(f"{path}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    return digest.hexdigest()[:8]


CODE_VERSION = _code_version()


def revision(request):
    """The public revision, read once per request."""
    if not hasattr(request, "_glgp_revision"):
        request._glgp_revision = PublicRevision.current()
    return request._glgp_revision


def cache_context(request, *parts):
    """Template variables that make up a fragment's cache key."""
    digest = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]
    reader = audience.of_request(request)
    return {
        "cache_key": f"{get_language()}:{reader}:{revision(request)}:{digest}",
        "cache_seconds": FRAGMENT_SECONDS,
    }


def page_key(request, extra=""):
    """Key of a whole page for a reader who carries no session cookie (so reads the public site
    and sees nothing personal): language, audience, public revision, release, address and
    `extra` (the day, for a page that follows the calendar). None for everyone else, whose
    pages are made afresh."""
    if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None
    digest = hashlib.sha1(f"{request.get_full_path()}|{extra}".encode()).hexdigest()[:20]
    reader = audience.of_request(request)
    return f"page:{get_language()}:{reader}:{revision(request)}:{CODE_VERSION}:{digest}"


def counted(request, name, compute):
    """compute(), kept for this audience until the next publication, in every language."""
    key = f"counts:{name}:{audience.of_request(request)}:{revision(request)}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, COUNTS_SECONDS)
    return value


def overview(request):
    """{"facets", "figures"} over everything this reader may see."""

    def build():
        return overviews.read(audience.of_request(request), revision(request))

    return counted(request, "shared", build)
