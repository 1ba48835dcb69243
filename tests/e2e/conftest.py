"""The phone-sized page most browser tests start from (tests/e2e/browser.py launches it)."""

import pytest

from tests.e2e.browser import PHONE, chromium, watched


@pytest.fixture
def page(site):
    """A phone-sized page of a new browser, once the module's `site` is made."""
    with chromium() as browser:
        context = browser.new_context(viewport=PHONE)
        yield watched(context.new_page())
        context.close()
