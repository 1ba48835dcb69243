import pytest
from django.contrib.auth.models import Group

from practices import permissions
from practices.models import Assignment, Practice, Stage, StageChange
from tests.admin_forms import change_form_data, change_url
from tests.factories import make_member, make_ready_practice

pytestmark = pytest.mark.usefixtures("english")


def assigned(user, practice, role):
    Assignment.objects.create(practice=practice, user=user, role=role)
    return practice


@pytest.mark.django_db
def test_groups_created_with_their_permissions():
    def codenames(name):
        return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))

    assert {"publish_practice", "decide_screening", "assign_practice"} <= codenames("Coordinator")
    assert "delete_practice" not in codenames("Coordinator")
    assert (
        codenames("Screener") & {"change_practice", "decide_screening", "publish_practice"} == set()
    )
    assert "screen_practice" in codenames("Screener")
    assert {"change_practice", "document_practice"} <= codenames("Documenter")
    assert codenames("Documenter") & {"publish_practice", "move_practice"} == set()
    assert codenames("Partner") == set()


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["Screener", "Documenter"])
def test_list_shows_only_what_is_assigned(client, role):
    user = make_member(role)
    mine = assigned(user, make_ready_practice(Stage.SCREENING), role.lower())
    make_ready_practice(Stage.SCREENING)
    client.force_login(user)
    response = client.get("/admin/practices/practice/")
    assert list(response.context["cl"].result_list) == [mine]


@pytest.mark.django_db
def test_coordinator_sees_everything(client):
    practices = [make_ready_practice(Stage.MAPPED) for _ in range(2)]
    client.force_login(make_member("Coordinator"))
    response = client.get("/admin/practices/practice/")
    assert set(response.context["cl"].result_list) == set(practices)


@pytest.mark.django_db
def test_documenter_edits_an_assigned_practice_while_documenting(client):
    documenter = make_member("Documenter")
    practice = assigned(documenter, make_ready_practice(Stage.DOCUMENTING), "documenter")
    client.force_login(documenter)
    page = client.get(change_url(practice))
    response = client.post(change_url(practice), change_form_data(page, lessons_en="Start small."))
    assert response.status_code == 302
    practice.refresh_from_db()
    assert (practice.lessons_en, practice.history.first().history_user) == (
        "Start small.",
        documenter,
    )


@pytest.mark.django_db
def test_documenter_cannot_change_curation_fields(client):
    documenter = make_member("Documenter")
    practice = assigned(documenter, make_ready_practice(Stage.DOCUMENTING), "documenter")
    client.force_login(documenter)
    page = client.get(change_url(practice))
    client.post(change_url(practice), change_form_data(page, visibility="internal"))
    assert Practice.objects.get(pk=practice.pk).visibility == "public"


@pytest.mark.django_db
@pytest.mark.parametrize("stage", [Stage.IN_REVIEW, Stage.PUBLISHED, Stage.SELECTED])
def test_documenter_cannot_edit_outside_documenting(client, stage):
    documenter = make_member("Documenter")
    practice = assigned(documenter, make_ready_practice(stage), "documenter")
    client.force_login(documenter)
    page = client.get(change_url(practice))
    assert page.context["has_change_permission"] is False
    response = client.post(change_url(practice), {"lessons_en": "Sneaky."})
    assert response.status_code == 403
    assert Practice.objects.get(pk=practice.pk).lessons_en is None


@pytest.mark.django_db
def test_unassigned_practice_is_not_found(client):
    documenter = make_member("Documenter")
    practice = make_ready_practice(Stage.DOCUMENTING)
    client.force_login(documenter)
    unassigned = client.get(change_url(practice)).status_code
    assigned(documenter, practice, "documenter")
    response = client.get(change_url(practice))
    assert (unassigned, response.status_code) == (404, 200)
    assert response.context["original"] == practice


@pytest.mark.django_db
def test_screener_reads_but_does_not_edit(client):
    screener = make_member("Screener")
    practice = assigned(screener, make_ready_practice(Stage.SCREENING), "screener")
    client.force_login(screener)
    assert client.get(change_url(practice)).context["has_change_permission"] is False
    assert client.post(change_url(practice), {"title_en": "Mine now"}).status_code == 403


@pytest.mark.django_db
def test_partner_has_no_admin(client):
    client.force_login(make_member("Partner"))
    response = client.get("/admin/practices/practice/")
    assert (response.status_code, response.url) == (
        302,
        "/admin/login/?next=/admin/practices/practice/",
    )


@pytest.mark.django_db
def test_nobody_but_a_superuser_deletes(client):
    practice = make_ready_practice(Stage.MAPPED)
    client.force_login(make_member("Coordinator"))
    response = client.post(f"/admin/practices/practice/{practice.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert Practice.objects.filter(pk=practice.pk).exists()


@pytest.mark.django_db
def test_quick_candidate_entry(coordinator_client, admin_units):
    coordinator = coordinator_client.user
    page = coordinator_client.get("/admin/practices/practice/add/")
    assert list(page.context["adminform"].form.fields) == [
        "title_km",
        "title_en",
        "units",
        "themes",
        "summary_km",
        "summary_en",
        "source",
        "proposed_by",
        "proposer_contact",
        "mapping_round",
        "base_version",
    ]
    response = coordinator_client.post(
        "/admin/practices/practice/add/",
        {
            "title_en": "Night market lighting",
            "units": [admin_units.get(code="0201").pk],
            "summary_en": "Solar lamps paid by vendors.",
            "source": "field_visit",
            "proposed_by": "Provincial association",
            "proposer_contact": "012 000 000",
        },
    )
    assert response.status_code == 302
    practice = Practice.objects.get()
    assert (practice.stage, practice.created_by, practice.source) == (
        Stage.MAPPED,
        coordinator,
        "field_visit",
    )
    assert list(StageChange.objects.values_list("to_stage", "by", "note")) == [
        (Stage.MAPPED, coordinator.pk, "Entered in the admin")
    ]


@pytest.mark.django_db
def test_quick_entry_keeps_what_was_typed_when_refused(client):
    client.force_login(make_member("Coordinator"))
    response = client.post(
        "/admin/practices/practice/add/",
        {"summary_en": "No title given."},
        headers={"accept-language": "en"},
    )
    assert response.status_code == 200
    assert response.context["adminform"].form["summary_en"].value() == "No title given."
    assert Practice.objects.count() == 0


@pytest.mark.django_db
def test_move_button_refusal_is_a_message_not_an_error(client):
    practice = make_ready_practice(Stage.IN_REVIEW, results_km="")
    client.force_login(make_member("Coordinator"))
    response = client.post(
        f"/admin/practices/practice/{practice.pk}/move/",
        {"to": "published", "current": "in_review", "note": ""},
        headers={"accept-language": "en"},
        follow=True,
    )
    assert [str(m) for m in response.context["messages"]] == [
        f"{practice}: This practice cannot go to “Published” yet. Missing: "
        "results and impact in Khmer"
    ]
    assert Practice.objects.get(pk=practice.pk).stage == Stage.IN_REVIEW


@pytest.mark.django_db
def test_move_button_moves(client):
    practice = make_ready_practice(Stage.IN_REVIEW)
    client.force_login(make_member("Coordinator"))
    client.post(
        f"/admin/practices/practice/{practice.pk}/move/",
        {"to": "published", "current": "in_review"},
    )
    assert Practice.objects.get(pk=practice.pk).stage == Stage.PUBLISHED


@pytest.mark.django_db
def test_assigning_through_the_inline_checks_the_role(client):
    coordinator, partner = make_member("Coordinator"), make_member("Partner", is_staff=True)
    practice = make_ready_practice(Stage.SCREENING)
    client.force_login(coordinator)
    page = client.get(change_url(practice))
    data = change_form_data(page)
    data.update({"assignments-TOTAL_FORMS": "1", "assignments-0-user": str(partner.pk)})
    data["assignments-0-role"] = "screener"
    response = client.post(change_url(practice), data)
    assert response.status_code == 200  # partner is not in a curation group
    assert practice.assignments.count() == 0


@pytest.mark.django_db
def test_can_move_lists_targets():
    coordinator = make_member("Coordinator")
    practice = make_ready_practice(Stage.IN_REVIEW)
    assert permissions.targets(coordinator, practice) == [
        Stage.DOCUMENTING,
        Stage.PUBLISHED,
        Stage.ARCHIVED,
    ]
