"""Cache keys and cached counts of the public pages.

Page fragments are cached with keys that carry the language, the reader's audience (public or
DELGOSEA network) and the public revision, which rises on every change, so a page is never
served to an audience it was not made for, nor after the site changed. Counts of filtered
pages and searches are cached apart from the fragments, under keys without the language, for
every page and language to share; the overview of everything an audience may see is read from
the database (practices/search/overview.py).
"""

import hashlib

from django.core.cache import cache
from django.utils.translation import get_language

from practices import audience
from practices.models import PublicRevision
from practices.search import overview as overviews

# Counts are keyed by the revision, so they never go stale; the time only bounds their memory.
COUNTS_SECONDS = 24 * 3600
FRAGMENT_SECONDS = 3600


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
