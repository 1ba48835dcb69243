"""Reading practices with no connection: the service worker and the "Available offline" page.

The service worker (templates/offline/sw.js) is served from the site's root so that its scope is
the whole site. Its text names the release (the digest that versions kept pages), so a new
release is a new worker: the browser installs it, and it replaces the static files it keeps.
It keeps only answers marked `X-Audience: public` (practices/views/conditional.py).
"""

import hashlib
import json

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation

from practices.pages.cache import CODE_VERSION
from practices.views.conditional import whole_page

# Kept by the worker from its installation: what every page needs, and the bundled Khmer font.
PRECACHE = [
    "css/site.css",
    "css/khmer-font.css",
    "fonts/noto-sans-khmer-khmer-400-normal.woff2",
    "fonts/noto-sans-khmer-khmer-700-normal.woff2",
    "js/offline.js",
    "js/share.js",
    "js/print.js",
    "js/filters.js",
    "icons/icon-192.png",
]
# Practices opened but not saved that are kept, the most recent first; saved ones are all kept.
OPENED_KEPT = 30
# Other public pages (home, browse, places, …) kept as a last copy.
PAGES_KEPT = 20


def _in_each_language(name, *args):
    urls = {}
    for code, _ in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse(name, args=args)
    return urls


def worker_config():
    return {
        "version": CODE_VERSION,
        "static": [static(path) for path in PRECACHE],
        "staticPrefix": settings.STATIC_URL,
        "offline": _in_each_language("practices:offline"),
        "practices": list(_in_each_language("practices:list").values()),
        "signOut": [*_in_each_language("accounts:logout").values(), reverse("admin:logout")],
        "defaultLanguage": settings.LANGUAGE_CODE,
        "openedKept": OPENED_KEPT,
        "pagesKept": PAGES_KEPT,
    }


def service_worker(request):
    body = render_to_string("offline/sw.js", {"config": json.dumps(worker_config())})
    etag = '"' + hashlib.sha1(body.encode()).hexdigest()[:20] + '"'
    if etag in request.META.get("HTTP_IF_NONE_MATCH", ""):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type="application/javascript; charset=utf-8")
    response["ETag"] = etag
    # Asked again on every visit, so that a new release reaches readers at once.
    response["Cache-Control"] = "no-cache"
    return response


@whole_page
def available_offline(request):
    return render(request, "practices/offline.html", {"opened_kept": OPENED_KEPT})
