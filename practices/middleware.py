"""Middleware of the portal: addresses no person could type, and compressed answers.

Refuses, before any view or database sees it, an address no person could have typed.

PostgreSQL cannot store or compare a NUL character in text: a NUL in a path segment or in an
admin filter reached the database and failed there with a 500. Control characters have no
place in an address; in the query string a form's tab or line break is still allowed (a
textarea sent by GET), the others are not.
"""

import re
from urllib.parse import unquote_plus

import brotli
from django.http import JsonResponse
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

from practices.pages.cache import keep, kept
from practices.views.errors import bad_request

NOT_IN_A_PATH = re.compile(r"[\x00-\x1f\x7f]")
NOT_IN_A_QUERY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RefuseControlCharacters:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = unquote_plus(request.META.get("QUERY_STRING", ""), errors="replace")
        if NOT_IN_A_PATH.search(request.path) or NOT_IN_A_QUERY.search(query):
            if request.path.startswith("/api/"):  # the API answers in JSON, as its schema says
                return JsonResponse({"detail": "Control characters in the address."}, status=400)
            return bad_request(request)
        return self.get_response(request)


class Compress(GZipMiddleware):
    """Compresses text answers: brotli when the client accepts it and the answer can hold no
    secret, gzip otherwise, with the random padding Django adds against BREACH.

    Brotli has no such padding, so it is kept for requests that carry no cookie at all (an
    anonymous reader: no session, nothing personal on the page) and answers that hold no CSRF
    token. Photos, PDFs and other compressed formats are sent as they are.
    """

    BROTLI_QUALITY = 5  # about gzip's speed, a tenth smaller on Khmer pages
    # A page with a validator is the same for every anonymous reader until the site changes:
    # compressed once, at the best ratio, and kept under its validator.
    KEPT_QUALITY = 11

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "").split(";")[0].strip()
        if not _is_text(content_type):
            return response
        if self._brotli_fits(request, response):
            return self._brotli(response)
        return super().process_response(request, response)

    def _brotli_fits(self, request, response):
        return (
            not response.streaming
            and len(response.content) >= 200
            and not response.has_header("Content-Encoding")
            and ACCEPTS_BROTLI.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
            and not request.COOKIES
            and not response.cookies
            # Set once a CSRF token was put in the page (django/middleware/csrf.py).
            and "CSRF_COOKIE" not in request.META
        )

    def _brotli(self, response):
        patch_vary_headers(response, ("Accept-Encoding",))
        compressed = self._compressed(response.content, response.get("ETag"))
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response.headers["Content-Length"] = str(len(compressed))
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag
        response.headers["Content-Encoding"] = "br"
        return response

    def _compressed(self, content, etag):
        if not etag:
            return brotli.compress(content, quality=self.BROTLI_QUALITY)
        key = f"br:{etag}"
        compressed = kept(key)
        if compressed is None:
            compressed = brotli.compress(content, quality=self.KEPT_QUALITY)
            keep(key, compressed)
        return compressed


ACCEPTS_BROTLI = re.compile(r"\bbr\b")
TEXT_TYPES = {
    "application/javascript",
    "application/json",
    "application/manifest+json",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "image/svg+xml",
}


def _is_text(content_type):
    return content_type.startswith("text/") or content_type in TEXT_TYPES
