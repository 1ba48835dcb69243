"""Replications move only through practices/exchange/workflow.py: the stage × role table,
refusals that change nothing, the enquiry that becomes a lead, and the adopter as a source."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.utils import translation

from practices.curation.workflow import MoveRefused
from practices.exchange import workflow as flow
from practices.models import (
    Enquiry,
    Replication,
    ReplicationAssignment,
    ReplicationStage,
    ReplicationStageChange,
)
from tests.factories import (
    PLAN,
    make_member,
    make_practice,
    make_replication,
    make_theme,
    make_unit,
    make_user,
)

pytestmark = pytest.mark.django_db

R = ReplicationStage
ROLES = ["Coordinator", "Screener", "Documenter", "Partner"]
ACTIVE = [R.INTERESTED, R.AGREED, R.PLANNING, R.IMPLEMENTING]
COORDINATOR_MOVES = {
    (R.INTERESTED, R.AGREED),
    (R.AGREED, R.PLANNING),
    (R.PLANNING, R.IMPLEMENTING),
    (R.IMPLEMENTING, R.COMPLETED),
    *((stage, R.PAUSED) for stage in ACTIVE),
    *((stage, R.ABANDONED) for stage in ACTIVE),
    # Resuming goes back where it was paused from: the fixture pauses it while planning.
    (R.PAUSED, R.PLANNING),
}


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def ready(stage):
    """A replication with a plan in `stage`; a paused one was paused while planning."""
    replication = make_replication(stage=stage, **PLAN)
    if stage == R.PAUSED:
        ReplicationStageChange.objects.create(
            replication=replication, from_stage=R.PLANNING, to_stage=R.PAUSED
        )
    return replication


def snapshot(replication):
    fresh = Replication.objects.get(pk=replication.pk)
    return (fresh.stage, fresh.history.count(), fresh.stage_changes.count())


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("to", list(R))
@pytest.mark.parametrize("current", list(R))
def test_transition_matrix(current, to, role):
    user = make_member(role)
    replication = ready(current)
    for assignment_role in ReplicationAssignment.Role:  # assigned: only the role decides
        ReplicationAssignment.objects.create(
            replication=replication, user=user, role=assignment_role
        )
    before = snapshot(replication)

    if (current, to) in COORDINATOR_MOVES and role == "Coordinator":
        change = flow.move(replication, to, by=user, note="Agreed at the council meeting.")
        assert Replication.objects.get(pk=replication.pk).stage == to
        assert (change.from_stage, change.to_stage, change.by) == (current, to, user)
        assert change.note == "Agreed at the council meeting."
        assert snapshot(replication)[1:] == (before[1] + 1, before[2] + 1)
    else:
        with pytest.raises(MoveRefused):
            flow.move(replication, to, by=user, note="Agreed at the council meeting.")
        assert snapshot(replication) == before


def test_abandoning_needs_a_reason_and_changes_nothing_without_one():
    replication = ready(R.PLANNING)
    before = snapshot(replication)
    with pytest.raises(MoveRefused, match="reason why this replication is abandoned"):
        flow.move(replication, R.ABANDONED, by=make_member("Coordinator"), note="  ")
    assert snapshot(replication) == before


def test_implementing_needs_a_plan_and_changes_nothing_without_one():
    replication = make_replication(stage=R.PLANNING, plan_taken_over_en="The sorting of waste.")
    before = snapshot(replication)
    with pytest.raises(MoveRefused, match="Write the transfer plan first"):
        flow.move(replication, R.IMPLEMENTING, by=make_member("Coordinator"))
    assert snapshot(replication) == before


def test_a_stale_stage_is_refused():
    replication = ready(R.INTERESTED)
    Replication.objects.filter(pk=replication.pk).update(stage=R.AGREED)
    with pytest.raises(MoveRefused, match="Someone else moved"):
        flow.move(replication, R.AGREED, by=make_member("Coordinator"))
    assert ReplicationStageChange.objects.count() == 0


def test_a_move_mails_the_people_assigned_after_commit(django_capture_on_commit_callbacks):
    coordinator, coach = make_member("Coordinator"), make_member("Documenter")
    replication = ready(R.AGREED)
    ReplicationAssignment.objects.create(replication=replication, user=coach, role="coach")
    with django_capture_on_commit_callbacks(execute=True):
        flow.move(replication, R.PLANNING, by=coordinator, note="Plan by June.")
    assert [m.to for m in mail.outbox] == [[coach.email]]
    assert "Plan by June." in mail.outbox[0].body


def test_assigning_needs_the_right_and_a_fitting_person():
    coordinator, documenter = make_member("Coordinator"), make_member("Documenter")
    replication = ready(R.PLANNING)
    with pytest.raises(PermissionDenied):
        flow.assign(replication, documenter, "coach", by=documenter)
    assignment = flow.assign(replication, documenter, "coach", by=coordinator)
    assert list(replication.assignments.all()) == [assignment]
    assert assignment.assigned_by == coordinator


def test_only_people_on_the_replication_write_its_logbook():
    from practices.models import LogbookEntry

    replication = ready(R.IMPLEMENTING)
    coach, other = make_member("Documenter"), make_member("Documenter")
    ReplicationAssignment.objects.create(replication=replication, user=coach, role="coach")
    entry = flow.write_entry(
        LogbookEntry(replication=replication, date="2026-04-01", progress="Started."), by=coach
    )
    with pytest.raises(PermissionDenied):
        flow.write_entry(
            LogbookEntry(replication=replication, date="2026-04-02", progress="X."), by=other
        )
    assert list(replication.logbook.all()) == [entry]
    assert entry.author == coach


def test_an_enquiry_becomes_a_lead_keeping_every_field():
    practice = make_practice()
    enquiry = Enquiry.objects.create(
        practice=practice,
        name="Chea Sopheap",
        organisation="Kampong Trach commune council",
        contact="+855 12 345 678",
        message="We would like to start the school waste bank next term.",
        language="en",
    )
    coordinator = make_member("Coordinator")

    lead = flow.lead_from_enquiry(enquiry, by=coordinator)

    lead = Replication.objects.get(pk=lead.pk)
    assert list(lead.sources.all()) == [practice]
    assert (lead.contact_name, lead.contact, lead.adopter_name_en, lead.adopter_name_km) == (
        "Chea Sopheap",
        "+855 12 345 678",
        "Kampong Trach commune council",
        None,
    )
    assert "We would like to start the school waste bank next term." in lead.internal_notes
    assert "(en)" in lead.internal_notes
    assert (lead.enquiry, lead.stage, lead.visibility, lead.created_by) == (
        enquiry,
        R.INTERESTED,
        "internal",
        coordinator,
    )
    assert [(c.from_stage, c.to_stage) for c in lead.stage_changes.all()] == [("", R.INTERESTED)]
    enquiry.refresh_from_db()
    assert (enquiry.is_answered, enquiry.answered_by) == (True, coordinator)
    assert flow.lead_from_enquiry(enquiry, by=coordinator) == lead  # once only


def test_an_enquiry_becomes_a_lead_only_for_a_coordinator():
    enquiry = Enquiry.objects.create(
        practice=make_practice(), name="A", organisation="B", contact="c", message="m"
    )
    with pytest.raises(PermissionDenied):
        flow.lead_from_enquiry(enquiry, by=make_user(is_staff=True))
    assert Replication.objects.count() == 0


def test_a_completed_replication_is_documented_as_a_candidate_practice():
    theme, unit = make_theme(), make_unit("070101")
    source = make_practice(themes=[theme])
    replication = make_replication(
        stage=R.COMPLETED, sources=[source], unit=unit, title_en="Eco-Savers in Kampot"
    )
    coordinator = make_member("Coordinator")

    practice = flow.document_result(replication, by=coordinator)

    replication.refresh_from_db()
    assert replication.resulting_practice == practice
    assert (practice.stage, practice.title_en) == ("mapped", "Eco-Savers in Kampot")
    assert (list(practice.units.all()), list(practice.themes.all())) == ([unit], [theme])
    with pytest.raises(MoveRefused):
        flow.document_result(replication, by=coordinator)


def test_only_a_completed_replication_is_documented():
    replication = make_replication(stage=R.IMPLEMENTING)
    with pytest.raises(MoveRefused):
        flow.document_result(replication, by=make_member("Coordinator"))
    assert Replication.objects.get(pk=replication.pk).resulting_practice is None
