"""The admin's "view on site" redirect (/admin/r/.../) shows nobody what they may not see."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse

from practices.models import Assignment, Practice, Stage, Visibility
from tests.factories import make_member, make_practice, make_theme, make_user


def on_site(client, obj):
    content_type = ContentType.objects.get_for_model(obj)
    return client.get(f"/admin/r/{content_type.pk}/{obj.pk}/")


def where(response):
    return response.status_code, response.get("Location")


def preview_or_404(practice):
    """An unpublished practice is shown in its admin preview, where the portal has one."""
    try:
        return 302, reverse("practices:preview", args=[practice.pk])
    except NoReverseMatch:
        return 404, None


STAFF = ["staff without a group", "partner made staff", "screener not assigned"]


def staff_member(role):
    if role == "staff without a group":
        return make_user(is_staff=True)
    if role == "partner made staff":
        return make_member("Partner", is_staff=True)
    return make_member("Screener")


@pytest.mark.django_db
@pytest.mark.parametrize("role", STAFF)
@pytest.mark.parametrize(
    "fields",
    [
        {"stage": Stage.SCREENING, "visibility": Visibility.INTERNAL},
        {"stage": Stage.MAPPED, "is_public_nomination": True, "slug": "secret-nomination"},
        {"stage": Stage.PUBLISHED, "visibility": Visibility.INTERNAL},
    ],
)
def test_staff_are_not_sent_to_practices_they_may_not_see(client, role, fields):
    practice = make_practice(**fields)
    client.force_login(staff_member(role))
    assert where(on_site(client, practice)) == (404, None)


@pytest.mark.django_db
def test_a_public_practice_leads_to_its_public_page(client):
    practice = make_practice()
    client.force_login(make_user(is_staff=True))
    response = on_site(client, practice)
    assert (response.status_code, response["Location"].endswith(practice.get_absolute_url())) == (
        302,
        True,
    )


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["Coordinator", "Screener"])
def test_a_curator_of_a_draft_is_sent_to_its_preview_not_its_public_address(client, role):
    practice = make_practice(stage=Stage.SCREENING, visibility=Visibility.INTERNAL)
    user = make_member(role)
    if role == "Screener":
        Assignment.objects.create(practice=practice, user=user, role=Assignment.Role.SCREENER)
    client.force_login(user)
    assert where(on_site(client, practice)) == preview_or_404(practice)


@pytest.mark.django_db
def test_public_pages_of_other_objects_are_still_linked(client):
    theme = make_theme()
    client.force_login(make_user(is_staff=True))
    response = on_site(client, theme)
    assert (response.status_code, response["Location"].endswith(theme.get_absolute_url())) == (
        302,
        True,
    )


@pytest.mark.django_db
@pytest.mark.parametrize("object_id", ["999999", "abc"])
def test_unknown_objects_are_404(client, object_id):
    content_type = ContentType.objects.get_for_model(Practice)
    client.force_login(make_member("Coordinator"))
    known = make_practice()
    assert where(on_site(client, known)) == (302, f"http://testserver{known.get_absolute_url()}")
    assert client.get(f"/admin/r/{content_type.pk}/{object_id}/").status_code == 404


@pytest.mark.django_db
def test_anonymous_visitors_are_asked_to_sign_in(client):
    practice = make_practice(stage=Stage.SCREENING, visibility=Visibility.INTERNAL)
    response = on_site(client, practice)
    assert (response.status_code, response["Location"].startswith("/admin/login/")) == (302, True)
