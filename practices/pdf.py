"""The case study as a PDF, printed by Chromium.

Chromium shapes Khmer with HarfBuzz and writes the text of every glyph run into the PDF, so
the Khmer can be copied, searched and read aloud from it. The page is printed with no script
and no network: every request it makes is answered from the project's static files and
uploads, or refused. Without Chromium (or the playwright package that drives it) `available()`
is False, the PDF link is hidden and the print stylesheet remains.
"""

import atexit
import contextlib
import functools
import logging
import mimetypes
import os
import queue
import threading
from concurrent.futures import Future
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
    return _printer.print(html)


def _print(browser, html):
    context = browser.new_context(java_script_enabled=False, service_workers="block")
    try:
        context.route("**/*", functools.partial(_answer, html))
        tab = context.new_page()
        tab.goto(f"{ORIGIN}/", wait_until="load")
        return tab.pdf(prefer_css_page_size=True, print_background=True)
    finally:
        context.close()


class Printer:
    """One Chromium for the process, kept between PDFs: starting Playwright's driver and the
    browser costs more than printing. Playwright's synchronous API belongs to the thread that
    started it while requests come on any thread, so one thread of its own does the printing,
    one PDF at a time, from a queue. A browser that fails is launched anew for the next PDF;
    a forked process (a server's worker) starts its own thread."""

    TIMEOUT = 60

    def __init__(self):
        self._jobs, self._thread, self._pid = queue.Queue(), None, None
        self._lock = threading.Lock()
        self.launches = 0  # browsers launched by this process, for the logs and the tests
        atexit.register(self.stop)

    def print(self, html):
        done = Future()
        with self._lock:
            if self._pid != os.getpid() or not self._thread.is_alive():
                self._start()
            self._jobs.put((html, done))
        return done.result(self.TIMEOUT)

    def stop(self):
        """Close the browser and end the thread (at exit; the next PDF starts them again)."""
        with self._lock:
            if self._pid == os.getpid() and self._thread.is_alive():
                self._jobs.put(None)
                self._thread.join(self.TIMEOUT)
            self._pid = None

    def _start(self):
        self._jobs, self._pid = queue.Queue(), os.getpid()
        self._thread = threading.Thread(
            target=self._run, args=(self._jobs,), name="pdf-printer", daemon=True
        )
        self._thread.start()

    def _run(self, jobs):
        from playwright.sync_api import sync_playwright

        try:
            with sync_playwright() as playwright:
                self._serve(playwright, jobs)
        except Exception as error:  # the driver did not start: those waiting are told
            while not jobs.empty():
                if job := jobs.get_nowait():
                    job[1].set_exception(error)

    def _serve(self, playwright, jobs):
        browser = None
        while (job := jobs.get()) is not None:
            html, done = job
            try:
                if browser is None or not browser.is_connected():
                    browser = playwright.chromium.launch(executable_path=str(chromium()), args=ARGS)
                    self.launches += 1
                    logger.info("PDF: Chromium launched (%d in this process)", self.launches)
                done.set_result(_print(browser, html))
            except Exception as error:  # the reader gets it; the next PDF starts afresh
                done.set_exception(error)
                browser = _close(browser)
        _close(browser)


def _close(browser):
    with contextlib.suppress(Exception):
        if browser is not None:
            browser.close()


_printer = Printer()


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
