"""Whole public pages kept for anonymous readers, with validators (ETag, Last-Modified) that
answer a returning reader's browser "304 Not Modified" when nothing it shows has changed.

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
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

from practices import audience
from practices.pages.cache import keep, kept, last_modified, page_key

AUDIENCE_HEADER = "X-Audience"


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
        modified = last_modified(request)
        if _not_modified(request, etag, modified):
            return _validated(HttpResponseNotModified(), etag, modified)
        stored = kept(key)
        if stored is not None:
            return _validated(HttpResponse(stored[0], content_type=stored[1]), etag, modified)
        response = view(request, *args, **kwargs)
        if _keepable(response):
            keep(key, (response.content, response["Content-Type"]))
            _validated(response, etag, modified)
        return response

    return wrapper


def _keepable(response):
    return response.status_code == 200 and not response.streaming and not response.cookies


def _not_modified(request, etag, modified):
    """The reader's copy is current: its validator matches, or, from a client that sends no
    validator, it is as recent as the last change (RFC 9110: If-None-Match takes precedence)."""
    if "HTTP_IF_NONE_MATCH" in request.META:
        return _matches(request.META["HTTP_IF_NONE_MATCH"], etag)
    since = parse_http_date_safe(request.META.get("HTTP_IF_MODIFIED_SINCE", ""))
    return since is not None and modified <= since


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


def _validated(response, etag, modified):
    # Only pages kept for readers without a session are validated: they are for everyone.
    response[AUDIENCE_HEADER] = audience.PUBLIC
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    # The browser keeps the page but asks each time; the answer is usually a 304.
    patch_cache_control(response, no_cache=True)
    patch_vary_headers(response, ("Cookie",))
    return response
