"""Whole public pages kept for anonymous readers, with a validator that answers a returning
reader's browser "304 Not Modified" when nothing it shows has changed.

The key (practices/pages/cache.py) holds the language, the audience, the public revision, the
release and the address: publishing anything raises the revision, so every kept page and every
validator changes at once. A signed-in reader's pages are never kept nor validated.

These pages, and the PDFs asked for without a session (`mark_public`), carry
`X-Audience: public`: the service worker (templates/offline/sw.js) keeps an answer for offline
reading only when it says so, so a page made for a signed-in reader never stays on a phone.
"""

import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_vary_headers

from practices import audience
from practices.pages.cache import PAGE_SECONDS, page_key

AUDIENCE_HEADER = "X-Audience"


def whole_page(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        key = page_key(request)
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


def for_everyone(request):
    """Is the answer to `request` the one every anonymous reader gets: no session, public."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and audience.of_request(request) == audience.PUBLIC
    )


def mark_public(request, response):
    """Say that `response` may be kept for offline reading, if it was made for everyone."""
    if for_everyone(request) and not response.cookies:
        response[AUDIENCE_HEADER] = audience.PUBLIC
    return response


def _validated(response, etag):
    # Only pages kept for readers without a session are validated: they are for everyone.
    response[AUDIENCE_HEADER] = audience.PUBLIC
    response["ETag"] = etag
    # The browser keeps the page but asks each time; the answer is usually a 304.
    patch_cache_control(response, no_cache=True)
    patch_vary_headers(response, ("Cookie",))
    return response
