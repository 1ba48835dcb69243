"""Practices and replications are moved and given people by the same steps
(practices/curation/staging.py): the same refusal, the same single assignment and mail, the same
record of a move."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import translation

from practices.curation import staging, workflow
from practices.exchange import workflow as replication_workflow
from practices.models import Stage
from tests.factories import PLAN, make_member, make_practice, make_replication

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


# Each kind: a record, the role assigned in the tests with its label, and a move it allows.
KINDS = {
    "practice": (
        workflow.PRACTICE,
        lambda: make_practice(stage=Stage.MAPPED),
        ("documenter", "documenter"),
        Stage.SCREENING,
    ),
    "replication": (
        replication_workflow.REPLICATION,
        lambda: make_replication(stage="planning", **PLAN),
        ("coach", "coach"),
        "implementing",
    ),
}


@pytest.fixture(params=list(KINDS))
def kind(request):
    return KINDS[request.param]


def test_a_person_without_the_roles_permission_is_refused_alike(kind):
    staged, make, (role, label), _to = kind
    record, partner = make(), make_member("Partner")
    with pytest.raises(ValidationError) as refused:
        staging.assign(staged, record, partner, role, by=make_member("Coordinator"))
    assert refused.value.messages == [f"{partner} does not have the permissions of a {label}."]
    assert list(record.assignments.all()) == []


def test_a_second_assignment_adds_no_row_and_no_mail(kind, django_capture_on_commit_callbacks):
    staged, make, (role, _label), _to = kind
    record, coordinator, documenter = make(), make_member("Coordinator"), make_member("Documenter")
    with django_capture_on_commit_callbacks(execute=True):
        first = staging.assign(staged, record, documenter, role, by=coordinator)
        second = staging.assign(staged, record, documenter, role, by=coordinator)
    assert (second, list(record.assignments.all())) == (first, [first])
    assert [m.to for m in mail.outbox] == [[documenter.email]]


def test_a_move_records_one_stage_change_with_who_and_why(kind):
    staged, make, _role, to = kind
    record, coordinator = make(), make_member("Coordinator")
    from_stage = record.stage
    change = staging.move(staged, record, to, by=coordinator, note=" Agreed in March. ")
    rows = record.stage_changes.values_list("from_stage", "to_stage", "by", "note")
    assert list(rows) == [(from_stage, to, coordinator.pk, "Agreed in March.")]
    assert (record.stage, change.pk) == (to, record.stage_changes.get().pk)


@pytest.mark.parametrize("name", list(KINDS))
def test_the_public_steps_are_the_shared_ones(name):
    """workflow.assign and replication_workflow.assign refuse the same person alike."""
    assign = {"practice": workflow.assign, "replication": replication_workflow.assign}[name]
    _staged, make, (role, label), _to = KINDS[name]
    partner = make_member("Partner")
    with pytest.raises(ValidationError) as refused:
        assign(make(), partner, role, by=make_member("Coordinator"))
    assert refused.value.messages == [f"{partner} does not have the permissions of a {label}."]
