import pytest

from practices.curation import revisions
from practices.models import Practice, Stage
from tests.admin_forms import change_form_data, change_url
from tests.factories import make_member, make_ready_practice

pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.django_db
def test_admin_save_is_a_revision_with_its_author(coordinator_client):
    practice = make_ready_practice(Stage.DOCUMENTING)
    page = coordinator_client.get(change_url(practice))
    response = coordinator_client.post(
        change_url(practice), change_form_data(page, results_en="More water.")
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    latest = practice.history.first()
    assert (practice.results_en, latest.results_en, latest.history_change_reason) == (
        "More water.",
        "More water.",
        "Edited in the admin",
    )
    assert latest.history_user.groups.get().name == "Coordinator"


@pytest.mark.django_db
def test_second_of_two_concurrent_edits_is_refused(english_client):
    practice = make_ready_practice(Stage.DOCUMENTING)
    first, second = make_member("Coordinator"), make_member("Coordinator")
    english_client.force_login(first)
    first_page = english_client.get(change_url(practice))
    english_client.force_login(second)
    second_page = english_client.get(change_url(practice))

    english_client.force_login(first)
    saved = english_client.post(
        change_url(practice), change_form_data(first_page, results_en="First.")
    )
    english_client.force_login(second)
    refused = english_client.post(
        change_url(practice), change_form_data(second_page, results_en="Second.")
    )

    assert (saved.status_code, refused.status_code) == (302, 200)
    assert Practice.objects.get(pk=practice.pk).results_en == "First."
    form = refused.context["adminform"].form
    assert form["results_en"].value() == "Second."  # what was typed is kept
    [error] = form.non_field_errors()
    assert error.startswith("Someone else saved this practice while you were editing it")
    assert "/revisions/" in error  # a link to what changed


@pytest.mark.django_db
def test_revert_restores_the_earlier_content_as_a_new_revision(coordinator_client):
    practice = make_ready_practice(Stage.PUBLISHED, results_en="Forty wells.")
    earlier = practice.history.first()
    practice.results_en = "Four hundred wells."
    practice.save()
    before = practice.history.count()

    response = coordinator_client.post(
        f"/admin/practices/practice/{practice.pk}/revisions/{earlier.pk}/", {}
    )

    assert response.status_code == 302
    practice.refresh_from_db()
    assert (practice.results_en, practice.stage) == ("Forty wells.", Stage.PUBLISHED)
    assert practice.history.count() == before + 1
    assert practice.history.first().history_change_reason.startswith("Reverted to the revision of")


@pytest.mark.django_db
def test_revert_keeps_the_stage():
    coordinator = make_member("Coordinator")
    practice = make_ready_practice(Stage.DOCUMENTING)
    earlier = practice.history.first()
    from practices.curation import workflow

    workflow.move(practice, Stage.IN_REVIEW, by=coordinator)
    revisions.revert(practice, earlier, by=coordinator)
    assert Practice.objects.get(pk=practice.pk).stage == Stage.IN_REVIEW


@pytest.mark.django_db
def test_readable_diff_between_revisions(coordinator_client):
    practice = make_ready_practice(Stage.DOCUMENTING, results_en="Forty wells were dug.")
    earlier = practice.history.first()
    practice.results_en = "Sixty wells were dug."
    practice.contact_name_en = "Chan Sophea"
    practice.save()
    rows = revisions.diff(earlier, practice.history.first())
    assert [(r["name"], r["html"]) for r in rows] == [
        ("results_en", "<del>Forty</del> <ins>Sixty</ins> wells were dug."),
        ("contact_name_en", "<del>Sok Dara</del> <ins>Chan Sophea</ins>"),
    ]
    page = coordinator_client.get(
        f"/admin/practices/practice/{practice.pk}/revisions/{earlier.pk}/"
    )
    assert "<del>Forty</del> <ins>Sixty</ins> wells were dug." in page.content.decode()


@pytest.mark.django_db
def test_built_in_revert_cannot_change_the_stage(coordinator_client):
    practice = make_ready_practice(Stage.PUBLISHED)
    earlier = practice.history.first()
    response = coordinator_client.post(
        f"/admin/practices/practice/{practice.pk}/history/{earlier.pk}/", {}
    )
    assert response.status_code == 302
    assert Practice.objects.get(pk=practice.pk).stage == Stage.PUBLISHED


@pytest.mark.django_db
def test_themes_and_places_are_part_of_revisions_and_reverts():
    from tests.factories import make_theme, make_unit

    coordinator = make_member("Coordinator")
    practice = make_ready_practice(Stage.DOCUMENTING)
    old_theme, old_unit = practice.themes.get(), practice.units.get()
    earlier = practice.history.first()
    new_theme, new_unit = make_theme(name_en="Waste"), make_unit(code="120101")
    practice.themes.set([new_theme])
    practice.units.set([new_unit])

    rows = revisions.diff(earlier, practice.history.first())
    assert [(r["name"], r["before"], r["after"]) for r in rows] == [
        ("themes", str(old_theme), str(new_theme)),
        ("units", str(old_unit), str(new_unit)),
    ]
    revisions.revert(practice, earlier, by=coordinator)
    assert (list(practice.themes.all()), list(practice.units.all())) == ([old_theme], [old_unit])


def revision_url(practice, record):
    return f"/admin/practices/practice/{practice.pk}/revisions/{record.pk}/"


def curation(practice):
    """What the coordinator decided about a practice, as opposed to its content."""
    return {
        "visibility": practice.visibility,
        "is_featured": practice.is_featured,
        "internal_notes": practice.internal_notes,
        "slug": practice.slug,
        "source": practice.source,
        "proposed_by": practice.proposed_by,
        "proposer_contact": practice.proposer_contact,
        "mapping_round": practice.mapping_round,
    }


def practice_with_an_older_curation():
    """A practice in documenting whose earliest revision was public, featured, with other
    notes, address and provenance than it has now; returns it and that revision."""
    from practices.models import MappingRound, Visibility

    practice = make_ready_practice(
        Stage.DOCUMENTING,
        results_en="Forty wells.",
        visibility=Visibility.PUBLIC,
        is_featured=True,
        internal_notes="Old notes: the mayor asked us to wait.",
        slug="old-address",
        source="field_visit",
        proposed_by="Provincial office",
        proposer_contact="old@example.org",
        mapping_round=MappingRound.objects.create(name="2025 call"),
    )
    earlier = practice.history.first()
    practice.results_en = "Sixty wells."
    practice.visibility = Visibility.INTERNAL
    practice.is_featured = False
    practice.internal_notes = "Do not publish before the audit."
    practice.slug = "new-address"
    practice.source = "questionnaire"
    practice.proposed_by = "Commune chief"
    practice.proposer_contact = "new@example.org"
    practice.mapping_round = MappingRound.objects.create(name="2026 call")
    practice.save()
    return practice, earlier


def signed_in(client, role, practice):
    from practices.models import Assignment

    user = make_member(role)
    if role == "Documenter":
        Assignment.objects.create(practice=practice, user=user, role=Assignment.Role.DOCUMENTER)
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["Documenter", "Coordinator"])
def test_revert_restores_content_and_leaves_curation_as_it_is(english_client, role):
    practice, earlier = practice_with_an_older_curation()
    decided = curation(practice)

    response = signed_in(english_client, role, practice).post(revision_url(practice, earlier), {})

    assert response.status_code == 302
    practice.refresh_from_db()
    assert (practice.results_en, curation(practice)) == ("Forty wells.", decided)


@pytest.mark.django_db
def test_revert_of_a_network_practice_to_a_public_revision_stays_network(english_client):
    from practices.models import Visibility
    from tests.factories import public_url

    practice = make_ready_practice(Stage.PUBLISHED, results_en="Forty wells.")
    earlier = practice.history.first()
    practice.visibility, practice.results_en = Visibility.NETWORK, "Sixty wells."
    practice.save()

    signed_in(english_client, "Coordinator", practice).post(revision_url(practice, earlier), {})

    practice.refresh_from_db()
    assert (practice.results_en, practice.visibility) == ("Forty wells.", Visibility.NETWORK)
    english_client.logout()
    assert english_client.get(public_url("practices:detail", practice.slug)).status_code == 404
    english_client.force_login(make_member("Partner"))
    assert english_client.get(public_url("practices:detail", practice.slug)).status_code == 200


@pytest.mark.django_db
def test_compare_offers_content_only(english_client):
    practice, earlier = practice_with_an_older_curation()
    page = signed_in(english_client, "Coordinator", practice).get(revision_url(practice, earlier))
    assert [row["name"] for row in page.context["rows"]] == ["results_en"]


@pytest.mark.django_db
def test_revision_dates_are_local_time_in_one_format(coordinator_client):
    import datetime

    practice = make_ready_practice(Stage.DOCUMENTING, results_en="Forty wells.")
    earlier = practice.history.first()
    utc = datetime.datetime(2026, 12, 1, 3, 54, 52, 149294, tzinfo=datetime.UTC)
    practice.history.filter(pk=earlier.pk).update(history_date=utc)
    practice.results_en = "Sixty wells."
    practice.save()
    local = "2026-12-01 10:54"  # Phnom Penh is UTC+7

    page = coordinator_client.get(revision_url(practice, earlier))
    coordinator_client.post(revision_url(practice, earlier), {})

    assert page.context["title"] == f"Revision of {local}"
    assert f"Revision of {local} by" in page.content.decode()
    practice.refresh_from_db()
    assert practice.history.first().history_change_reason == f"Reverted to the revision of {local}"
    followed = coordinator_client.get(change_url(practice))
    messages = [str(m) for m in followed.context["messages"]]
    assert messages == [f"Reverted to the revision of {local}."]


@pytest.mark.django_db
def test_revision_history_list_has_no_inline_style(coordinator_client):
    practice = make_ready_practice(Stage.DOCUMENTING)
    html = coordinator_client.get(f"/admin/practices/practice/{practice.pk}/history/")
    html = html.content.decode()
    assert (" style=" in html, "/static/css/admin.css" in html) == (False, True)
