"""Whole public pages kept for anonymous readers, with a validator that answers a returning
reader's browser "304 Not Modified" when nothing it shows has changed.

The key (practices/pages/cache.py) holds the language, the audience, the public revision, the
release and the address: publishing anything raises the revision, so every kept page and every
validator changes at once. A signed-in reader's pages are never kept nor validated.
"""

import functools
import hashlib

from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers

from practices.pages.cache import PAGE_SECONDS, page_key


def whole_page(view=None, *, by_day=False):
    """Keep the page `view` makes for readers without a session; `by_day` for a page whose
    content follows the calendar (upcoming events), kept a day at most."""
    if view is None:
        return functools.partial(whole_page, by_day=by_day)

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        key = page_key(request, timezone.localdate().isoformat() if by_day else "")
        if key is None:
            return view(request, *args, **kwargs)
        etag = '"' + hashlib.sha1(key.encode()).hexdigest()[:20] + '"'
        if _matches(request.META.get("HTTP_IF_NONE_MATCH", ""), etag):
            return _validated(HttpResponseNotModified(), etag)
        stored = cache.get(key)
        if stored is not None:
            return _validated(HttpResponse(stored[0], content_type=stored[1]), etag)
        response = view(request, *args, **kwargs)
        if _keepable(response):
            cache.set(key, (response.content, response["Content-Type"]), PAGE_SECONDS)
            _validated(response, etag)
        return response

    return wrapper


def _keepable(response):
    return response.status_code == 200 and not response.streaming and not response.cookies


def _matches(header, etag):
    """Weak comparison: a compressed answer's validator comes back as W/"…"."""
    tags = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return etag in tags or "*" in tags


def _validated(response, etag):
    response["ETag"] = etag
    # The browser keeps the page but asks each time; the answer is usually a 304.
    patch_cache_control(response, no_cache=True)
    patch_vary_headers(response, ("Cookie",))
    return response
