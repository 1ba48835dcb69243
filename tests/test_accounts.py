"""The coordinator manages people in the admin: roles, deactivation, never a superuser."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils.html import strip_tags

from practices.models import Assignment
from tests.admin_forms import change_form_data, change_url
from tests.factories import make_member, make_ready_practice, make_user

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def coordinator(client):
    person = make_member("Coordinator", first_name="Chan", last_name="Sokha")
    client.force_login(person)
    return person


def post_change(client, user, **changes):
    page = client.get(change_url(user))
    data = change_form_data(page, **changes)
    return client.post(change_url(user), {k: v for k, v in data.items() if v is not None})


def groups(user):
    return [g.name for g in User.objects.get(pk=user.pk).groups.all()]


def test_the_list_shows_name_email_role_active_and_last_login(client, coordinator):
    make_member("Documenter", first_name="Dara", last_name="Keo", email="dara@example.org")
    response = client.get("/admin/auth/user/", {"q": "dara"}, HTTP_ACCEPT_LANGUAGE="en")
    cl = response.context["cl"]
    headers = [str(h["text"]).lower() for h in response.context["result_headers"]]
    rows = [[strip_tags(cell) for cell in row] for row in response.context["results"]]
    assert headers[1:] == ["name", "email address", "role", "active", "last login"]
    assert cl.result_count == 1
    assert rows[0][1:] == ["Dara Keo", "dara@example.org", "Documenter", "", "-"]
    assert 'alt="True"' in response.context["results"][0][4]  # the "active" tick


def test_changing_the_role_moves_groups_and_staff_status(client, coordinator):
    person = make_member("Documenter")
    response = post_change(client, person, role="Partner")
    person.refresh_from_db()
    assert response.status_code == 302
    assert (groups(person), person.is_staff) == (["Partner"], False)
    post_change(client, person, role="Screener")
    person.refresh_from_db()
    assert (groups(person), person.is_staff) == (["Screener"], True)


def test_deactivating_ends_every_session_of_that_person_at_once(client, coordinator):
    person = make_member("Documenter")
    elsewhere = [Client(), Client()]
    for other in elsewhere:
        other.force_login(person)
    response = post_change(client, person, is_active=None)
    person.refresh_from_db()
    keys = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert (response.status_code, person.is_active) == (302, False)
    assert keys == [str(coordinator.pk)]
    assert [c.get("/admin/").status_code for c in elsewhere] == [302, 302]


def test_the_deactivate_action_ends_sessions_and_spares_superusers(client, coordinator):
    person, boss = make_member("Screener"), make_user(is_staff=True, is_superuser=True)
    Client().force_login(person)
    client.post(
        "/admin/auth/user/",
        {"action": "deactivate", "_selected_action": [person.pk, boss.pk, coordinator.pk]},
    )
    states = [User.objects.get(pk=u.pk).is_active for u in (person, boss, coordinator)]
    sessions = [s.get_decoded().get("_auth_user_id") for s in Session.objects.all()]
    assert (states, sessions) == ([False, True, True], [str(coordinator.pk)])


def test_a_coordinator_cannot_demote_a_superuser(client, coordinator):
    boss = make_user("boss", is_staff=True, is_superuser=True, email="boss@example.org")
    page = client.get(change_url(boss))
    response = client.post(
        change_url(boss), {"first_name": "x", "is_active": "", "role": "Partner"}
    )
    boss.refresh_from_db()
    assert (page.status_code, page.context["has_change_permission"]) == (200, False)
    assert response.status_code == 403
    assert (boss.is_superuser, boss.is_staff, boss.is_active) == (True, True, True)


def test_a_coordinator_cannot_make_a_superuser_nor_set_a_password(client, coordinator):
    person = make_member("Documenter")
    post_change(client, person, is_superuser="on", is_staff="on", password="x")
    person.refresh_from_db()
    password_page = client.get(f"/admin/auth/user/{person.pk}/password/")
    assert (person.is_superuser, password_page.status_code) == (False, 403)


def test_an_address_taken_by_another_account_is_refused(client, coordinator):
    make_member("Screener", email="taken@example.org")
    person = make_member("Documenter", first_name="Dara")
    response = post_change(client, person, email="TAKEN@example.org", first_name="Dara K")
    assert response.status_code == 200
    assert response.context["adminform"].form["first_name"].value() == "Dara K"
    assert User.objects.get(pk=person.pk).email != "taken@example.org"


@pytest.mark.parametrize("role", ["Screener", "Documenter"])
def test_other_roles_do_not_manage_people(client, role):
    person = make_member("Partner")
    client.force_login(make_member(role))
    assert client.get(change_url(person)).status_code == 403
    assert client.get("/admin/auth/user/").status_code == 403


def test_assignment_pickers_show_name_and_address(client, coordinator):
    make_member("Documenter", first_name="Dara", last_name="Keo", email="dara@example.org")
    practice = make_ready_practice()
    response = client.get(f"/admin/practices/practice/{practice.pk}/change/")
    formset = next(
        f.formset
        for f in response.context["inline_admin_formsets"]
        if f.formset.model is Assignment
    )
    labels = [label for _value, label in formset.empty_form.fields["user"].choices]
    assert "Dara Keo <dara@example.org>" in labels
    assert "Dara Keo &lt;dara@example.org&gt;" in response.content.decode()


def test_a_coordinator_cannot_lock_themselves_out(client, coordinator):
    response = post_change(client, coordinator, role="Partner", is_active=None, last_name="S.")
    coordinator.refresh_from_db()
    assert response.status_code == 302
    assert (coordinator.last_name, coordinator.is_active, groups(coordinator)) == (
        "S.",
        True,
        ["Coordinator"],
    )


def test_the_address_of_an_account_in_use_is_not_the_coordinators_to_change(client, coordinator):
    # Changing it and then asking for a password reset would let them sign in as that person.
    from django.utils import timezone

    other = make_member("Coordinator", email="sopheap@example.org", last_login=timezone.now())
    response = post_change(client, other, email="mine@example.org", first_name="Sopheap")
    other.refresh_from_db()
    assert (response.status_code, other.email, other.first_name) == (
        302,
        "sopheap@example.org",
        "Sopheap",
    )


def test_a_typo_in_a_pending_invitation_can_be_mended(client, coordinator):
    invited = make_member("Screener", email="vana@exmple.org")
    response = post_change(client, invited, email="vana@example.org")
    invited.refresh_from_db()
    assert (response.status_code, invited.email) == (302, "vana@example.org")


def test_the_users_list_filters_by_role(client, coordinator):
    make_member("Documenter", first_name="Dara", last_name="Keo")
    make_member("Partner", first_name="Siti", last_name="Rahma")
    response = client.get("/admin/auth/user/", {"role": "Partner"}, HTTP_ACCEPT_LANGUAGE="en")
    rows = [strip_tags(row[1]) for row in response.context["results"]]
    assert rows == ["Siti Rahma"]
