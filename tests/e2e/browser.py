"""What the browser tests share: Debian's Chromium, launched as the portal launches it for its
PDFs, driven by Playwright, and pages that record the Content Security Policy's refusals."""

import contextlib
import os
from pathlib import Path

from practices.pdf import ARGS

CHROMIUM = Path("/usr/bin/chromium")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@contextlib.contextmanager
def chromium():
    """A running Chromium. Playwright runs an event loop in the test's thread, so Django is
    told that its synchronous calls there are safe: the data is made before it starts."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            try:
                yield browser
            finally:
                browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def new_context(browser, *, offline_reading=False, **options):
    """A browser context. The portal's service worker is blocked unless the test is about
    offline reading: installing, it fetches a dozen files at once, and the live server's
    in-memory SQLite database answers concurrent writes with "table is locked"."""
    return browser.new_context(service_workers="allow" if offline_reading else "block", **options)


def watched(page):
    """`page`, with the CSP refusals its console reports gathered in `page.csp_violations`."""
    page.csp_violations = []
    page.on(
        "console",
        lambda m: "Content Security Policy" in m.text and page.csp_violations.append(m.text),
    )
    return page
