"""The only code that changes a replication's stage, and the other recorded replication steps.

As practices/curation/workflow.py does for practices: each function runs in one transaction,
checks the actor's permission, records who acted, when and why (a ReplicationStageChange and a
revision), and leaves e-mail to be sent once the transaction commits. A refused step changes
nothing. Moving, saving and assigning are the steps of practices/curation/staging.py;
REPLICATION below says what replications do their own way.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from practices import notifications, permissions
from practices.curation import staging, workflow
from practices.curation.staging import MoveRefused
from practices.models import (
    Practice,
    Replication,
    ReplicationAssignment,
    ReplicationStage,
    ReplicationStageChange,
)
from practices.search import indexer

R = ReplicationStage
REASON_REQUIRED = {R.ABANDONED: gettext_lazy("Give the reason why this replication is abandoned.")}
PLAN_REQUIRED = gettext_lazy(
    "Write the transfer plan first: at least what is taken over, and the activities and timeline."
)


def _planned(replication, to):
    if to == R.IMPLEMENTING and not replication.has_plan:
        raise MoveRefused(PLAN_REQUIRED)


REPLICATION = staging.Kind(
    record_field="replication",
    stages=R,
    stage_change=ReplicationStageChange,
    assignment=ReplicationAssignment,
    exists=permissions.replication_transition_exists,
    may=permissions.can_move_replication,
    refusals=(
        gettext_lazy("A replication cannot go from “%(from)s” to “%(to)s”."),
        gettext_lazy("You may not move this replication from “%(from)s” to “%(to)s”."),
    ),
    moved_meanwhile=gettext_lazy(
        "Someone else moved this replication to “%(stage)s” meanwhile; reload the page."
    ),
    assign_permission=permissions.ASSIGN_REPLICATION,
    may_not_assign=gettext_lazy("You may not assign people to replications."),
    role_permissions=permissions.REPLICATION_ROLE_PERMISSIONS,
    assigned=notifications.replication_assigned,
    moved=notifications.replication_moved,
    note_required=lambda replication, to: REASON_REQUIRED.get(to),
    check=_planned,
)


def move(replication, to, *, by, note=""):
    """Move `replication` to stage `to`: check the transition, the actor's permission, the
    reason (abandoning) and the plan (implementing); save; record a ReplicationStageChange;
    notify the people assigned on commit.

    Side effects: the replication row (stage) and a revision; one ReplicationStageChange;
    e-mail after commit. Raises MoveRefused, changing nothing, when the move is not allowed.
    """
    return staging.move(REPLICATION, replication, to, by=by, note=note)


@transaction.atomic
def create(replication, *, by, sources=(), note=""):
    """Save a new replication in stage "interested" with its source practices.

    Side effects: the replication and its first revision; a ReplicationStageChange from
    nothing to interested.
    """
    replication.stage = R.INTERESTED
    replication.created_by = replication.created_by or by
    staging.save(REPLICATION, replication, by=by, reason=note or _("Replication entered"))
    if sources:
        replication.sources.set(sources)
    staging.record_change(REPLICATION, replication, R.INTERESTED, by=by, note=note)
    return replication


def save_content(replication, *, by, reason=""):
    """Save edits to a replication's content as a revision, never its stage."""
    if replication.pk is not None:
        replication.stage = Replication.objects.values_list("stage", flat=True).get(
            pk=replication.pk
        )
    staging.save(REPLICATION, replication, by=by, reason=reason)
    return replication


@transaction.atomic
def lead_from_enquiry(enquiry, *, by):
    """Turn a replication enquiry into a replication lead that keeps every detail of it.

    Side effects: a new internal replication in stage "interested", sourced from the
    enquiry's practice, with the enquirer as contact, their organisation as adopter (in the
    language they wrote in) and their message in the internal notes; the enquiry marked
    answered. Raises PermissionDenied for anyone but a coordinator.
    """
    if not by.has_perm(permissions.MOVE_REPLICATION):
        raise PermissionDenied(_("You may not start replications."))
    existing = enquiry.replications.first()
    if existing is not None:
        return existing
    language = enquiry.language if enquiry.language in ("km", "en") else "km"
    received = timezone.localtime(enquiry.created_at).strftime("%Y-%m-%d %H:%M")
    lead = Replication(
        contact_name=enquiry.name,
        contact=enquiry.contact,
        enquiry=enquiry,
        internal_notes=_("Enquiry received %(date)s (%(language)s):\n\n%(message)s")
        % {"date": received, "language": language, "message": enquiry.message},
    )
    setattr(lead, f"adopter_name_{language}", enquiry.organisation)
    create(lead, by=by, sources=[enquiry.practice], note=_("From a replication enquiry"))
    if not enquiry.is_answered:
        enquiry.answered_at, enquiry.answered_by = timezone.now(), by
        enquiry.answer_note = enquiry.answer_note or _("Taken up as a replication lead.")
        enquiry.save(update_fields=["answered_at", "answered_by", "answer_note"])
    return lead


def assign(replication, user, role, *, by):
    """Assign `user` to `replication` as coach or documenter.

    Side effects: one ReplicationAssignment (none if it exists); e-mail to the person after
    commit. Raises PermissionDenied if `by` may not assign, ValidationError if `user` cannot.
    """
    return staging.assign(REPLICATION, replication, user, role, by=by)


@transaction.atomic
def write_entry(entry, *, by):
    """Save a logbook entry written by `by`, who must be a coordinator or assigned.

    Side effects: the entry, with `by` as its author. Raises PermissionDenied otherwise.
    """
    if not permissions.can_write_logbook(by, entry.replication):
        raise PermissionDenied(_("Only the people assigned to this replication write its logbook."))
    entry.author = entry.author or by
    entry.save()
    return entry


@transaction.atomic
@indexer.batched()
def document_result(replication, *, by):
    """Start documenting a completed replication as a practice of its own.

    Side effects: a new candidate practice (stage "mapped") with the adopter's place, the
    sources' themes and a note naming the sources; the replication's resulting practice set
    and a revision of it. Raises MoveRefused when the replication is not completed or has one.
    """
    if not by.has_perm(permissions.MOVE_REPLICATION) or not by.has_perm(permissions.ADD_PRACTICE):
        raise PermissionDenied(_("You may not start documenting practices."))
    if replication.stage != R.COMPLETED:
        raise MoveRefused(_("Only a completed replication can be documented as a practice."))
    if replication.resulting_practice_id:
        raise MoveRefused(_("This replication is already documented as a practice."))
    sources = list(replication.sources.all())
    practice = Practice(
        title_km=replication.title_km,
        title_en=replication.title_en,
        country=replication.country,
        place_name_km=replication.place_name_km,
        place_name_en=replication.place_name_en,
        contact_name=replication.contact_name,
        contact_organisation=replication.adopter_name_en or replication.adopter_name_km,
        lessons_km=replication.lessons_km,
        lessons_en=replication.lessons_en,
        results_km=replication.outcome_km,
        results_en=replication.outcome_en,
        proposed_by=replication.adopter_name_en or replication.adopter_name_km,
    )
    names = ", ".join(str(source) for source in sources)
    note = _("Documented from the replication of %(sources)s") % {"sources": names}
    workflow.create_candidate(practice, by=by, note=note)
    if replication.unit_id:
        practice.units.set([replication.unit_id])
    practice.themes.set({theme.pk for source in sources for theme in source.themes.all()})
    replication.resulting_practice = practice
    reason = _("Documented as a practice")
    staging.save(REPLICATION, replication, by=by, reason=reason, fields=["resulting_practice"])
    return practice
