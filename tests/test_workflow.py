import pytest

from practices.curation import workflow
from practices.models import Assignment, Practice, Stage, StageChange
from tests.factories import make_member, make_ready_practice, make_scoring

pytestmark = pytest.mark.usefixtures("english")

S = Stage
ROLES = ["Coordinator", "Screener", "Documenter", "Partner"]
COORDINATOR_MOVES = {
    (S.MAPPED, S.SCREENING),
    (S.SCREENING, S.SELECTED),
    (S.SCREENING, S.PROMISING),
    (S.SCREENING, S.NOT_SELECTED),
    (S.PROMISING, S.SCREENING),
    (S.SELECTED, S.DOCUMENTING),
    (S.DOCUMENTING, S.IN_REVIEW),
    (S.IN_REVIEW, S.DOCUMENTING),
    (S.IN_REVIEW, S.PUBLISHED),
    (S.PUBLISHED, S.DOCUMENTING),
    # Restoring goes back where the practice came from: the fixture archives it when published.
    (S.ARCHIVED, S.PUBLISHED),
    *((stage, S.ARCHIVED) for stage in S if stage != S.ARCHIVED),
}
ALLOWED = {(*move, "Coordinator") for move in COORDINATOR_MOVES} | {
    (S.DOCUMENTING, S.IN_REVIEW, "Documenter")
}


def snapshot(practice):
    practice = Practice.objects.get(pk=practice.pk)
    return (practice.stage, practice.version, practice.history.count(), practice.published_at)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("to", list(S))
@pytest.mark.parametrize("current", list(S))
def test_transition_matrix(current, to, role):
    user = make_member(role)
    practice = make_ready_practice(current)
    for assignment_role in Assignment.Role:  # assigned, so that only the role decides
        Assignment.objects.create(practice=practice, user=user, role=assignment_role)
    before = snapshot(practice)

    if (current, to, role) in ALLOWED:
        change = workflow.move(practice, to, by=user, note="Checked.")
        assert (Practice.objects.get(pk=practice.pk).stage, change.from_stage) == (to, current)
        assert (change.to_stage, change.by, change.note) == (to, user, "Checked.")
    else:
        with pytest.raises(workflow.MoveRefused):
            workflow.move(practice, to, by=user, note="Checked.")
        assert snapshot(practice) == before
        assert practice.stage_changes.count() == (1 if current == S.ARCHIVED else 0)


@pytest.mark.django_db
def test_documenter_not_assigned_cannot_submit():
    documenter = make_member("Documenter")
    practice = make_ready_practice(S.DOCUMENTING)
    with pytest.raises(workflow.MoveRefused) as refused:
        workflow.move(practice, S.IN_REVIEW, by=documenter)
    assert (
        refused.value.message == "You may not move this practice from “Documenting” to “In review”."
    )
    assert Practice.objects.get(pk=practice.pk).stage == S.DOCUMENTING


@pytest.mark.django_db
def test_restore_only_to_the_stage_it_came_from():
    coordinator = make_member("Coordinator")
    practice = make_ready_practice(S.SCREENING)
    workflow.move(practice, S.ARCHIVED, by=coordinator)
    with pytest.raises(workflow.MoveRefused):
        workflow.move(practice, S.PUBLISHED, by=coordinator)
    workflow.move(practice, S.SCREENING, by=coordinator)
    assert Practice.objects.get(pk=practice.pk).stage == S.SCREENING


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("current", "to"),
    [(S.SCREENING, S.NOT_SELECTED), (S.IN_REVIEW, S.DOCUMENTING), (S.PUBLISHED, S.DOCUMENTING)],
)
def test_note_required(current, to):
    practice = make_ready_practice(current)
    with pytest.raises(workflow.MoveRefused):
        workflow.move(practice, to, by=make_member("Coordinator"), note="  ")
    assert Practice.objects.get(pk=practice.pk).stage == current


@pytest.mark.django_db
def test_first_publication_sets_the_date_and_republication_keeps_it():
    coordinator = make_member("Coordinator")
    practice = make_ready_practice(S.IN_REVIEW, published_at=None)
    workflow.move(practice, S.PUBLISHED, by=coordinator)
    first = Practice.objects.get(pk=practice.pk).published_at
    workflow.move(practice, S.DOCUMENTING, by=coordinator, note="Fix the figures.")
    workflow.move(practice, S.IN_REVIEW, by=coordinator)
    workflow.move(practice, S.PUBLISHED, by=coordinator)
    assert first is not None
    assert Practice.objects.get(pk=practice.pk).published_at == first


@pytest.mark.django_db
def test_move_records_a_revision_with_its_author():
    coordinator = make_member("Coordinator")
    practice = make_ready_practice(S.MAPPED)
    workflow.move(practice, S.SCREENING, by=coordinator)
    latest = practice.history.first()
    assert (latest.stage, latest.history_user, latest.history_change_reason) == (
        S.SCREENING,
        coordinator,
        "Mapped → Screening",
    )


@pytest.mark.django_db
def test_stale_stage_refused():
    coordinator = make_member("Coordinator")
    practice = make_ready_practice(S.MAPPED)
    stale = Practice.objects.get(pk=practice.pk)
    workflow.move(practice, S.SCREENING, by=coordinator)
    with pytest.raises(workflow.MoveRefused) as refused:
        workflow.move(stale, S.ARCHIVED, by=coordinator)
    assert refused.value.message == (
        "Someone else moved this practice to “Screening” meanwhile; reload the page."
    )


@pytest.mark.django_db
def test_decision_needs_a_complete_scoring(settings):
    settings.SCREENING_MIN_COMPLETE_SCORINGS = 2
    coordinator = make_member("Coordinator")
    practice = make_ready_practice(S.SCREENING)  # one complete scoring
    make_scoring(practice, make_member("Screener"), submitted=False)
    with pytest.raises(workflow.MoveRefused) as refused:
        workflow.move(practice, S.PROMISING, by=coordinator, note="Later.")
    assert refused.value.missing == ["at least 2 complete scoring(s) by screeners"]
    make_scoring(practice, make_member("Screener"))
    workflow.move(practice, S.PROMISING, by=coordinator, note="Later.")
    assert Practice.objects.get(pk=practice.pk).stage == S.PROMISING


@pytest.mark.django_db
def test_selection_needs_eligibility():
    practice = make_ready_practice(S.SCREENING)
    practice.eligibility.has_run_a_year = False
    practice.eligibility.save()
    with pytest.raises(workflow.MoveRefused) as refused:
        workflow.move(practice, S.SELECTED, by=make_member("Coordinator"))
    assert refused.value.missing == [
        "eligibility: implemented, running for at least a year, results verifiable"
    ]


@pytest.mark.django_db
def test_unknown_stage_refused_cleanly():
    practice = make_ready_practice(S.MAPPED)
    with pytest.raises(workflow.MoveRefused) as refused:
        workflow.move(practice, "deleted", by=make_member("Coordinator"))
    assert refused.value.message == "“deleted” is not a stage."


@pytest.mark.django_db
def test_assign_needs_the_role_permissions():
    coordinator = make_member("Coordinator")
    practice = make_ready_practice(S.SCREENING)
    screener, partner = make_member("Screener"), make_member("Partner")
    workflow.assign(practice, screener, Assignment.Role.SCREENER, by=coordinator)
    with pytest.raises(workflow.ValidationError):
        workflow.assign(practice, partner, Assignment.Role.SCREENER, by=coordinator)
    assert list(practice.assignments.values_list("user", "role")) == [
        (screener.pk, Assignment.Role.SCREENER)
    ]


@pytest.mark.django_db
def test_create_candidate_records_its_entry():
    coordinator = make_member("Coordinator")
    practice = workflow.create_candidate(
        Practice(title_en="Water kiosks"), by=coordinator, note="Field visit"
    )
    assert list(StageChange.objects.values_list("from_stage", "to_stage", "by", "note")) == [
        ("", S.MAPPED, coordinator.pk, "Field visit")
    ]
    assert practice.history.first().history_user == coordinator


TEXT_LABELS = {
    "title": "title",
    "summary": "short summary",
    "context": "context and problem before",
    "activities": "what was done",
    "results": "results and impact",
    "transferability": "transferability",
}
MISSING_ITEMS = [
    *(
        ({f"{field}_{lang}": ""}, f"{label} in {language}")
        for field, label in TEXT_LABELS.items()
        for lang, language in (("km", "Khmer"), ("en", "English"))
    ),
    ({"contact_name": ""}, "a contact person with an e-mail address or telephone number"),
    ({"contact_email": ""}, "a contact person with an e-mail address or telephone number"),
    ({"themes": []}, "at least one thematic area"),
    ({"units": []}, "at least one location"),
    ({"visibility": "internal"}, "a visibility (public or DELGOSEA network)"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("change", "missing"), MISSING_ITEMS)
def test_publish_refused_for_each_missing_item(change, missing):
    practice = make_ready_practice(S.IN_REVIEW)
    for field, value in change.items():
        if field in ("themes", "units"):
            getattr(practice, field).set(value)
        else:
            setattr(practice, field, value)
    practice.save()
    with pytest.raises(workflow.MoveRefused) as refused:
        workflow.move(practice, S.PUBLISHED, by=make_member("Coordinator"))
    assert refused.value.missing == [missing]
    assert refused.value.message == "This practice cannot go to “Published” yet. Missing:"
    assert Practice.objects.get(pk=practice.pk).stage == S.IN_REVIEW


@pytest.mark.django_db
def test_practice_abroad_is_located_by_its_place_name():
    practice = make_ready_practice(S.IN_REVIEW, country="PH", place_name_en="Marikina City")
    practice.units.clear()
    workflow.move(practice, S.PUBLISHED, by=make_member("Coordinator"))
    assert Practice.objects.get(pk=practice.pk).stage == S.PUBLISHED


@pytest.mark.django_db
def test_checklist_counts_each_language():
    from practices.curation.completeness import checklist

    practice = make_ready_practice(S.DOCUMENTING, objectives_en="Cleaner streets.")
    rows = [
        (str(r["section"]), [(str(n), a, b) for n, a, b in r["languages"]])
        for r in checklist(practice)
    ]
    assert rows == [
        ("Title and summary", [("Khmer", 2, 2), ("English", 2, 2)]),
        ("Case study", [("Khmer", 4, 14), ("English", 5, 14)]),
    ]


@pytest.mark.django_db
def test_submitting_an_empty_write_up_is_refused_naming_what_is_missing():
    documenter = make_member("Documenter")
    practice = Practice.objects.create(title_en="Water kiosks", stage=S.DOCUMENTING)
    Assignment.objects.create(practice=practice, user=documenter, role="documenter")
    before = snapshot(practice)
    with pytest.raises(workflow.MoveRefused) as refused:
        workflow.move(practice, S.IN_REVIEW, by=documenter)
    assert refused.value.message == "This practice cannot go to “In review” yet. Missing:"
    assert refused.value.missing == [
        *(
            f"{label} in {language}"
            for language in ("Khmer", "English")
            for field, label in TEXT_LABELS.items()
            if (field, language) != ("title", "English")
        ),
        "a contact person with an e-mail address or telephone number",
        "at least one thematic area",
        "at least one location",
    ]
    assert snapshot(practice) == before


@pytest.mark.django_db
@pytest.mark.parametrize(("change", "missing"), MISSING_ITEMS[:-1])
def test_submitting_needs_each_item_publishing_needs(change, missing):
    documenter = make_member("Documenter")
    practice = make_ready_practice(S.DOCUMENTING, visibility="internal")
    Assignment.objects.create(practice=practice, user=documenter, role="documenter")
    for field, value in change.items():
        if field in ("themes", "units"):
            getattr(practice, field).set(value)
        else:
            setattr(practice, field, value)
    practice.save()
    with pytest.raises(workflow.MoveRefused) as refused:
        workflow.move(practice, S.IN_REVIEW, by=documenter)
    assert refused.value.missing == [missing]


@pytest.mark.django_db
def test_submitting_leaves_the_visibility_to_the_coordinator():
    documenter = make_member("Documenter")
    practice = make_ready_practice(S.DOCUMENTING, visibility="internal")
    Assignment.objects.create(practice=practice, user=documenter, role="documenter")
    workflow.move(practice, S.IN_REVIEW, by=documenter)
    assert Practice.objects.get(pk=practice.pk).stage == S.IN_REVIEW


@pytest.mark.django_db
def test_save_content_refuses_an_object_read_before_someone_else_saved():
    coordinator = make_member("Coordinator")
    practice = make_ready_practice(S.DOCUMENTING)
    first, second = Practice.objects.get(pk=practice.pk), Practice.objects.get(pk=practice.pk)
    first.results_en = "First."
    workflow.save_content(first, by=coordinator)
    second.results_en = "Second."
    with pytest.raises(workflow.EditConflict):
        workflow.save_content(second, by=coordinator)
    assert Practice.objects.get(pk=practice.pk).results_en == "First."
