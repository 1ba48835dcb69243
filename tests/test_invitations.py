"""A coordinator invites people from the admin; they choose a password from the e-mail's link
and land where their role works. No superuser is needed at any step."""

import datetime
import re

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import mail

from practices.models import Account
from tests.factories import make_member

pytestmark = pytest.mark.django_db
ADD = "/admin/auth/user/add/"
User = get_user_model()


@pytest.fixture
def coordinator(client):
    person = make_member("Coordinator", first_name="Chan", last_name="Sokha")
    client.force_login(person)
    client.cookies["django_language"] = "en"  # the assertions read the English admin
    return person


@pytest.fixture
def invite(django_capture_on_commit_callbacks):
    """Post the invitation form as the browser would; its e-mail leaves on commit."""

    def post(client, **changes):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(ADD, invitation(**changes))

    return post


def invitation(**changes):
    data = {
        "first_name": "Dara",
        "last_name": "Keo",
        "email": "dara@example.org",
        "role": "Documenter",
        "language": "en",
    }
    data.update(changes)
    return data


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


def choose_password(client, link, password="a-long-new-password-42"):
    """Follow the e-mail's link and set a password; returns the final response."""
    path = link.split("//", 1)[1].split("/", 1)[1]
    form = client.get("/" + path, follow=True)
    assert form.context["validlink"] is True
    return client.post(
        form.redirect_chain[-1][0],
        {"new_password1": password, "new_password2": password},
    )


def test_coordinator_invites_a_documenter_who_lands_in_the_admin(
    client, coordinator, settings, invite
):
    settings.SITE_URL = "https://glgp.example.org"
    response = invite(client)
    user = User.objects.get(email="dara@example.org")
    assert (response.status_code, response["Location"]) == (302, "/admin/auth/user/")
    assert (user.get_full_name(), user.is_staff, user.has_usable_password()) == (
        "Dara Keo",
        True,
        False,
    )
    assert [g.name for g in user.groups.all()] == ["Documenter"]
    (message,) = mail.outbox
    assert message.to == ["dara@example.org"]
    assert link_in(message).startswith("https://glgp.example.org/en/accounts/reset/")
    assert "Chan Sokha invited you" in message.body
    client.logout()
    landed = choose_password(client, link_in(message))
    assert (landed.status_code, landed["Location"]) == (302, "/admin/")
    assert client.session[SESSION_KEY] == str(user.pk)
    # Invited in English: the admin speaks English to them from the first page.
    assert landed.cookies["django_language"].value == "en"
    desk = client.get("/admin/", follow=True)
    assert desk.redirect_chain[-1][0] == "/admin/practices/practice/dashboard/"
    assert desk.context["title"] == "Your desk"


def test_an_invited_partner_is_not_staff_and_lands_on_the_public_site(client, coordinator, invite):
    invite(client, email="partner@apkasi.example", role="Partner")
    user = User.objects.get(email="partner@apkasi.example")
    assert (user.is_staff, [g.name for g in user.groups.all()]) == (False, ["Partner"])
    client.logout()
    landed = choose_password(client, link_in(mail.outbox[0]))
    assert (landed.status_code, landed["Location"]) == (302, "/en/")
    assert client.get("/admin/").status_code == 302  # to the admin's login: not staff


def test_the_invitation_is_written_in_the_persons_language(client, coordinator, invite):
    invite(client, language="km")
    assert "/km/accounts/reset/" in link_in(mail.outbox[0])
    assert Account.objects.get(user__email="dara@example.org").language == "km"


def test_who_invited_whom_and_when_is_recorded(client, coordinator, invite):
    invite(client)
    account = Account.objects.get(user__email="dara@example.org")
    entry = LogEntry.objects.get(object_id=str(account.user.pk))
    assert (account.invited_by, account.invited_at is not None) == (coordinator, True)
    assert (entry.user, entry.action_flag) == (coordinator, ADDITION)


def test_inviting_an_existing_address_says_so_and_keeps_what_was_typed(client, coordinator, invite):
    make_member("Screener", email="Dara@Example.org")
    response = invite(client, first_name="Dara typed", email="dara@example.org")
    form = response.context["form"]
    assert response.status_code == 200
    assert form.errors["email"][0].startswith("An account with this e-mail address already exists")
    assert (form["first_name"].value(), form["role"].value()) == ("Dara typed", "Documenter")
    assert (User.objects.filter(email__iexact="dara@example.org").count(), mail.outbox) == (1, [])


def test_a_bad_address_is_refused_without_losing_the_form(client, coordinator, invite):
    response = invite(client, email="not an address")
    assert response.status_code == 200
    assert response.context["form"]["last_name"].value() == "Keo"
    assert not User.objects.filter(first_name="Dara").exists()


def test_the_link_works_once(client, coordinator, invite):
    invite(client)
    client.logout()
    link = link_in(mail.outbox[0])
    choose_password(client, link)
    client.logout()
    path = "/" + link.split("//", 1)[1].split("/", 1)[1]
    again = client.get(path, follow=True)
    assert again.context["validlink"] is False
    assert "This link no longer works" in again.content.decode()


def test_the_link_expires_after_the_timeout(client, coordinator, settings, invite, monkeypatch):
    invite(client)
    client.logout()
    path = "/" + link_in(mail.outbox[0]).split("//", 1)[1].split("/", 1)[1]
    sent = datetime.datetime.now()

    def valid_after(days):
        later = sent + datetime.timedelta(days=days)
        monkeypatch.setattr(default_token_generator, "_now", lambda: later)
        client.logout()
        return client.get(path, follow=True).context["validlink"]

    assert settings.PASSWORD_RESET_TIMEOUT == 3 * 86400
    assert (valid_after(2.9), valid_after(3.1)) == (True, False)


@pytest.mark.parametrize("role", ["Screener", "Documenter", "Partner"])
def test_only_coordinators_invite(client, role, invite):
    client.force_login(make_member(role))
    before = User.objects.count()
    response = invite(client, email="someone@example.org")
    assert response.status_code in (302, 403)
    assert (User.objects.count(), mail.outbox) == (before, [])


def test_invited_person_signs_in_with_their_address(client, coordinator, invite):
    invite(client, email="Sok.Dara@Example.org")
    client.logout()
    choose_password(client, link_in(mail.outbox[0]), password="a-long-new-password-42")
    client.post("/en/accounts/logout/")
    response = client.post(
        "/en/accounts/login/",
        {"username": "sok.dara@example.org", "password": "a-long-new-password-42"},
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_the_list_of_people_offers_to_invite(client, coordinator):
    page = client.get("/admin/auth/user/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<a href="/admin/auth/user/add/" class="addlink">Invite a person</a>' in page


def test_someone_who_lost_the_invitation_asks_for_a_new_link(client, coordinator, invite):
    invite(client)
    client.logout()
    mail.outbox.clear()
    response = client.post("/en/accounts/reset/", {"email": "dara@example.org"})
    assert (response.status_code, [m.to for m in mail.outbox]) == (302, [["dara@example.org"]])
    landed = choose_password(client, re.search(r"https?://\S+", mail.outbox[0].body).group(0))
    assert landed["Location"] == "/admin/"


def test_the_persons_page_says_who_invited_them(client, coordinator, invite):
    invite(client)
    user = User.objects.get(email="dara@example.org")
    page = client.get(f"/admin/auth/user/{user.pk}/change/").content.decode()
    assert f"by Chan Sokha &lt;{coordinator.email}&gt;" in page


def test_an_invitee_in_khmer_gets_the_khmer_admin_whatever_the_browser_asks(
    client, coordinator, invite
):
    invite(client, email="sokha@example.org", language="km")
    client.logout()
    client.cookies.clear()
    landed = choose_password(client, link_in(mail.outbox[-1]))
    desk = client.get("/admin/", follow=True, headers={"accept-language": "en"})
    assert (landed.cookies["django_language"].value, desk.context["title"]) == (
        "km",
        "តុការងាររបស់អ្នក",
    )
