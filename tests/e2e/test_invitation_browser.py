"""In Chromium: a coordinator invites a partner, who sets a password from the e-mail, lands on
the public site signed in, sees a network-only practice, and signs out. Under the real CSP."""

import re

import pytest
from django.core import mail

from tests.e2e.browser import new_context, watched

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.needs("chromium"),
]


@pytest.fixture
def site(live_server):
    from practices.models import Visibility
    from tests.factories import make_practice, make_user

    make_user("chan", groups=["Coordinator"], is_staff=True, first_name="Chan", last_name="Sokha")
    make_practice(title_en="Network compost", visibility=Visibility.NETWORK)
    return live_server.url


@pytest.fixture
def browser(site, running_chromium):
    return running_chromium


def new_page(browser):
    return watched(new_context(browser, locale="en-GB").new_page())


def test_a_partner_is_invited_sets_a_password_reads_and_signs_out(browser, site):
    coordinator = new_page(browser)
    coordinator.goto(f"{site}/admin/login/")
    coordinator.fill("#id_username", "chan")
    coordinator.fill("#id_password", "pw-for-tests-only")
    coordinator.press("#id_password", "Enter")
    coordinator.wait_for_url(f"{site}/admin/practices/practice/dashboard/")
    coordinator.goto(f"{site}/admin/auth/user/")
    coordinator.get_by_role("link", name="Invite a person").click()
    coordinator.fill("#id_first_name", "Siti")
    coordinator.fill("#id_last_name", "Rahma")
    coordinator.fill("#id_email", "siti@apkasi.example")
    coordinator.select_option("#id_role", "Partner")
    coordinator.select_option("#id_language", "en")
    coordinator.get_by_role("button", name="Send the invitation").click()
    coordinator.wait_for_url(f"{site}/admin/auth/user/")
    message = coordinator.locator(".messagelist").inner_text().strip()
    assert message == "Invitation sent to Siti Rahma <siti@apkasi.example>."

    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    partner = new_page(browser)
    partner.goto(site + "/" + link.split("//", 1)[1].split("/", 1)[1])
    partner.fill("#id_new_password1", "a-long-new-password-42")
    partner.fill("#id_new_password2", "a-long-new-password-42")
    partner.get_by_role("button", name="Set my password").click()
    assert partner.url == f"{site}/en/"
    assert partner.locator("header.site .person").inner_text() == "Siti Rahma"
    assert "Network compost" in partner.locator(".cards").first.inner_text()

    partner.get_by_role("button", name="Sign out").click()
    assert partner.url == f"{site}/en/"
    assert partner.get_by_role("link", name="Sign in").count() == 1
    assert "Network compost" not in partner.content()
    assert (coordinator.csp_violations, partner.csp_violations) == ([], [])
