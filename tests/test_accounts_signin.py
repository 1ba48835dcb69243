"""Signing in and out on the public site, password reset, and my account."""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail

from practices.models import Account
from tests.factories import make_member, make_user

pytestmark = pytest.mark.django_db
LOGIN = "/en/accounts/login/"
PASSWORD = "pw-for-tests-only"


def sign_in(client, username, password=PASSWORD, next_url=None, url=LOGIN, address="203.0.113.9"):
    data = {"username": username, "password": password}
    if next_url is not None:
        data["next"] = next_url
    return client.post(url, data, REMOTE_ADDR=address)


@pytest.fixture
def partner():
    return make_member("Partner", first_name="Siti", last_name="Rahma", email="siti@apkasi.example")


def test_a_partner_signs_in_on_the_public_site_and_lands_on_its_home(client, partner):
    response = sign_in(client, partner.username)
    assert (response.status_code, response["Location"]) == (302, "/en/")
    assert client.session[SESSION_KEY] == str(partner.pk)


def test_a_partner_signs_in_with_the_address_in_any_case(client, partner):
    response = sign_in(client, "Siti@APKASI.example")
    assert (response.status_code, client.session[SESSION_KEY]) == (302, str(partner.pk))


def test_staff_signing_in_on_the_public_site_land_in_the_admin(client):
    person = make_member("Documenter")
    assert sign_in(client, person.username)["Location"] == "/admin/"


def test_a_safe_next_is_followed(client, partner):
    assert sign_in(client, partner.username, next_url="/en/practices/")["Location"] == (
        "/en/practices/"
    )


@pytest.mark.parametrize("role", ["Partner", "Coordinator"])
def test_an_unsafe_next_lands_on_the_roles_home(client, role):
    person = make_member(role)
    response = sign_in(client, person.username, next_url="https://evil.example/steal")
    home = "/admin/" if role != "Partner" else "/en/"
    assert (response.status_code, response["Location"]) == (302, home)


def test_the_admin_login_with_an_unsafe_next_lands_in_the_admin_not_on_a_404(client):
    person = make_member("Coordinator")
    response = sign_in(
        client, person.username, next_url="https://evil.example/", url="/admin/login/"
    )
    final = client.get(response["Location"], follow=True)
    # The admin opens on the coordinator's desk.
    desk = "/admin/practices/practice/dashboard/"
    assert (final.status_code, final.redirect_chain[-1][0]) == (200, desk)


def test_the_admin_login_refuses_partners(client, partner):
    response = sign_in(client, partner.username, url="/admin/login/", next_url="/admin/")
    assert (response.status_code, SESSION_KEY in client.session) == (200, False)


def test_signing_out_takes_a_post_and_ends_the_session(client, partner):
    client.force_login(partner)
    assert client.get("/en/accounts/logout/").status_code == 405
    response = client.post("/en/accounts/logout/")
    assert (response.status_code, response["Location"]) == (302, "/en/")
    assert SESSION_KEY not in client.session


def test_the_header_offers_sign_in_then_shows_the_name_and_sign_out(client, partner):
    anonymous = client.get("/en/").content.decode()
    client.force_login(partner)
    signed_in = client.get("/en/").content.decode()
    assert ('href="/en/accounts/login/?next=/en/"' in anonymous, "Siti Rahma" in anonymous) == (
        True,
        False,
    )
    assert re.search(r'<form method="post" action="/en/accounts/logout/"', signed_in)
    assert ("Siti Rahma" in signed_in, "/en/accounts/login/" in signed_in) == (True, False)


def test_repeated_failures_lock_the_public_login_too(client, partner, settings):
    statuses = [sign_in(client, partner.username, "wrong").status_code for _ in range(5)]
    locked = sign_in(client, partner.username)
    assert statuses == [200, 200, 200, 200, 429]
    assert (locked.status_code, SESSION_KEY in client.session) == (429, False)


def test_password_reset_never_tells_whether_an_address_exists(client, partner):
    known = client.post("/en/accounts/reset/", {"email": "siti@apkasi.example"})
    unknown = client.post("/en/accounts/reset/", {"email": "nobody@example.org"})
    assert (known.status_code, known["Location"]) == (302, "/en/accounts/reset/sent/")
    assert (unknown.status_code, unknown["Location"]) == (302, "/en/accounts/reset/sent/")
    assert [m.to for m in mail.outbox] == [["siti@apkasi.example"]]


def test_a_reset_link_sets_a_new_password_and_signs_in(client, partner, settings):
    settings.SITE_URL = "https://glgp.example.org"
    client.post("/en/accounts/reset/", {"email": "siti@apkasi.example"})
    link = re.search(r"https://glgp.example.org(/\S+)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    new = "another-long-password-7"
    response = client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    partner.refresh_from_db()
    assert (response["Location"], partner.check_password(new)) == ("/en/", True)


def test_the_admin_login_page_links_to_password_reset(client):
    page = client.get("/admin/login/").content.decode()
    reset = client.post("/admin/password_reset/", {"email": "nobody@example.org"})
    assert 'href="/admin/password_reset/"' in page
    assert (reset.status_code, reset["Location"].endswith("/accounts/reset/sent/")) == (302, True)


def test_my_account_changes_name_and_language(client, partner):
    client.force_login(partner)
    response = client.post(
        "/en/accounts/", {"first_name": "Siti", "last_name": "R.", "language": "en"}
    )
    partner.refresh_from_db()
    assert (response.status_code, partner.last_name) == (302, "R.")
    assert Account.objects.get(user=partner).language == "en"


def test_my_account_needs_signing_in_on_the_public_site(client):
    response = client.get("/en/accounts/")
    assert (response.status_code, response["Location"]) == (302, LOGIN + "?next=/en/accounts/")


def test_changing_my_password(client, partner):
    client.force_login(partner)
    new = "a-new-long-password-99"
    response = client.post(
        "/en/accounts/password/",
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    partner.refresh_from_db()
    assert (response["Location"], partner.check_password(new)) == ("/en/accounts/", True)


def test_the_sign_in_page_in_khmer_keeps_the_khmer_prefix(client):
    user = make_user("clerk", email="clerk@example.org")
    response = sign_in(client, user.username, url="/km/accounts/login/")
    assert response["Location"] == "/km/"


def test_password_reset_requests_are_limited_per_address(client, partner):
    statuses = [
        client.post(url, {"email": "siti@apkasi.example"}).status_code
        for url in ["/en/accounts/reset/"] * 5 + ["/admin/password_reset/"]
    ]
    assert (statuses, len(mail.outbox)) == ([302] * 5 + [429], 5)
