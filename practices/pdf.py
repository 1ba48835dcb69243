"""The case study as a PDF, printed by Chromium.

Chromium shapes Khmer with HarfBuzz and writes the text of every glyph run into the PDF, so
the Khmer can be copied, searched and read aloud from it. The page is printed with no script
and no network: every request it makes is answered from the project's static files and
uploads, or refused. Without Chromium (or the playwright package that drives it) `available()`
is False, the PDF link is hidden and the print stylesheet remains.
"""

import functools
import logging
import mimetypes
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from django.template.loader import render_to_string
from django.utils._os import safe_join

from practices.pages.cache import cache_context

logger = logging.getLogger(__name__)

# The page is printed from this made-up address, so that its requests can be told apart.
ORIGIN = "http://case-study.invalid"
PHOTOS = 4
PHOTO_WIDTH = 640
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium():
    return Path(settings.PDF_CHROMIUM)


def missing():
    """What the server lacks to print PDFs, with how to install it; "" if nothing."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed: pip install -c constraints.txt playwright"
    if not chromium().exists():
        return f"Chromium is not at {chromium()} (PDF_CHROMIUM): apt-get install chromium"
    return ""


@functools.cache
def available():
    if missing():
        logger.warning("PDF case studies are off: %s", missing())
        return False
    return True


def case_study(request, page):
    """PDF bytes of one practice page, cached until the practice or the site changes (the key
    carries the practice, the language, the reader's audience and the public revision)."""
    key = "pdf:" + cache_context(request, "pdf", page.practice.pk)["cache_key"]
    document = cache.get(key)
    if document is None:
        document = render(_html(request, page))
        cache.set(key, document, 24 * 3600)
    return document


def _html(request, page):
    context = {
        "page": page,
        "photos": page.photos[:PHOTOS],
        "photo_width": PHOTO_WIDTH,
        "page_url": request.build_absolute_uri(page.practice.get_absolute_url()),
    }
    return render_to_string("practices/case_study_pdf.html", context, request=request)


def render(html):
    """PDF bytes of `html` printed by Chromium, with no script and no network."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium()), args=ARGS)
        try:
            context = browser.new_context(java_script_enabled=False, service_workers="block")
            context.route("**/*", functools.partial(_answer, html))
            tab = context.new_page()
            tab.goto(f"{ORIGIN}/", wait_until="load")
            return tab.pdf(prefer_css_page_size=True, print_background=True)
        finally:
            browser.close()


def _answer(html, route):
    """The page itself, a static file or an upload; anything else is refused."""
    url = route.request.url.split("?")[0].split("#")[0]
    if url == f"{ORIGIN}/":
        return route.fulfill(body=html, content_type="text/html; charset=utf-8")
    path = _local_file(url)
    if path is None:
        logger.warning("PDF: refused to fetch %s", url)
        return route.abort("blockedbyclient")
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return route.fulfill(body=path.read_bytes(), content_type=kind)


def _local_file(url):
    """The file of the project's static files or uploads at `url`, if there is one."""
    for prefix, folder in (
        (settings.STATIC_URL, None),
        (settings.MEDIA_URL, settings.MEDIA_ROOT),
    ):
        if not url.startswith(ORIGIN + prefix):
            continue
        name = url.removeprefix(ORIGIN + prefix)
        try:
            found = safe_join(folder, name) if folder else _static(name)
        except SuspiciousFileOperation:  # outside the folder
            return None
        return Path(found) if found and Path(found).is_file() else None
    return None


def _static(name):
    return finders.find(name) or safe_join(settings.STATIC_ROOT, name)
