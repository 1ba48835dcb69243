"""What the browser tests share: Debian's Chromium, launched as the portal launches it for its
PDFs, driven by Playwright, and pages that record the Content Security Policy's refusals."""

import contextlib
import importlib
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


# What the data migrations put in the database, in their order: the roles' groups and their
# permissions, and the screening criteria. A browser test's database is emptied after it,
# these with it, so each test that needs them makes them again (every step is idempotent).
MIGRATED_DATA = [
    ("0003_roles_and_criteria", "create_roles"),
    ("0003_roles_and_criteria", "seed_criteria"),
    ("0006_coordinator_answers_enquiries", "grant"),
    ("0016_accounts", "grant_coordinator"),
    ("0019_khmer_contacts_and_credits", "criteria_in_khmer"),
    ("0022_api_tokens_open_data", "grant_coordinator"),
    ("0023_site_pages", "coordinators_edit_site_pages"),
    ("0025_replication_roles", "grant"),
    ("0026_unit_spellings_and_site_logo", "coordinators_change_the_logo"),
]


def remake_migrated_data():
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    # An earlier test's flush may have made the content types anew, under other ids.
    ContentType.objects.clear_cache()
    for module, function in MIGRATED_DATA:
        getattr(importlib.import_module(f"practices.migrations.{module}"), function)(apps, None)
