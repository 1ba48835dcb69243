"""The browser tests' one Chromium, and the phone-sized page most of them start from
(tests/e2e/browser.py launches it)."""

import pytest

from tests.e2e.browser import PHONE, chromium, new_context, watched


@pytest.fixture(scope="package")
def _chromium():
    with chromium() as browser:
        yield browser


@pytest.fixture
def running_chromium(_chromium):
    """Chromium, launched once for all browser tests; each test works in contexts of its own
    (cookies, storage, service workers), closed after it."""
    yield _chromium
    for context in _chromium.contexts:
        context.close()


@pytest.fixture
def page(request, site, running_chromium):
    """A phone-sized page in a new context, once the module's `site` is made; with the
    service worker where the module says OFFLINE_READING = True."""
    offline_reading = getattr(request.module, "OFFLINE_READING", False)
    context = new_context(running_chromium, offline_reading=offline_reading, viewport=PHONE)
    return watched(context.new_page())
