"""The phone-sized page most browser tests start from (tests/e2e/browser.py launches it)."""

import pytest

from tests.e2e.browser import PHONE, chromium, new_context, watched


@pytest.fixture
def page(request, site):
    """A phone-sized page of a new browser, once the module's `site` is made; with the
    service worker where the module says OFFLINE_READING = True."""
    offline_reading = getattr(request.module, "OFFLINE_READING", False)
    with chromium() as browser:
        context = new_context(browser, offline_reading=offline_reading, viewport=PHONE)
        yield watched(context.new_page())
        context.close()
