"""The only code that changes a practice's stage, and the other recorded curation steps.

Every function here runs in one transaction, records who acted, when and why (a StageChange
row and a revision of the practice), and leaves e-mail to be sent once the transaction commits.
Moving, saving and assigning are the steps of practices/curation/staging.py, which replications
share; PRACTICE below says what practices do their own way.
"""

from django.core.exceptions import ValidationError  # noqa: F401 - what assign() raises
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from practices import notifications, permissions
from practices.curation import completeness, staging
from practices.curation.staging import MoveRefused
from practices.models import Assignment, Practice, Stage, StageChange

NOTE_REQUIRED = {
    (Stage.SCREENING, Stage.NOT_SELECTED): gettext_lazy(
        "Give the reason why this candidate is not selected."
    ),
    (Stage.IN_REVIEW, Stage.DOCUMENTING): gettext_lazy(
        "Write the comments the documenter should address."
    ),
    (Stage.PUBLISHED, Stage.DOCUMENTING): gettext_lazy("Give the reason for unpublishing."),
}


class EditConflict(Exception):
    """Someone else saved the practice after the editor opened it."""


def _complete(practice, to):
    missing = completeness.missing_for(practice, to)
    if missing:
        names = {"to": Stage(to).label}
        raise MoveRefused(_("This practice cannot go to “%(to)s” yet. Missing:") % names, missing)


def _first_publication(practice, to):
    if to == Stage.PUBLISHED and practice.published_at is None:
        practice.published_at = timezone.now()
    return ["published_at"]


def _next_version(practice, by):
    practice.version += 1
    practice.updated_by = by
    return ["version", "updated_by"]


PRACTICE = staging.Kind(
    record_field="practice",
    stages=Stage,
    stage_change=StageChange,
    assignment=Assignment,
    exists=permissions.transition_exists,
    may=permissions.can_move,
    refusals=(
        gettext_lazy("A practice cannot go from “%(from)s” to “%(to)s”."),
        gettext_lazy("You may not move this practice from “%(from)s” to “%(to)s”."),
    ),
    moved_meanwhile=gettext_lazy(
        "Someone else moved this practice to “%(stage)s” meanwhile; reload the page."
    ),
    assign_permission=permissions.ASSIGN,
    may_not_assign=gettext_lazy("You may not assign people to practices."),
    role_permissions=permissions.ROLE_PERMISSIONS,
    assigned=notifications.assigned,
    moved=notifications.stage_changed,
    note_required=lambda practice, to: NOTE_REQUIRED.get((practice.stage, to)),
    check=_complete,
    on_move=_first_publication,
    stamp=_next_version,
)


def move(practice, to, *, by, note=""):
    """Move `practice` to stage `to`: check the transition, the actor's permission and the
    stage's completeness; save; record a StageChange; notify on commit.

    Side effects: the practice row (stage, first publication date, version, editor) and a
    revision of it; one StageChange; e-mail after commit on submission and return. Raises
    MoveRefused, changing nothing, when the move is not allowed.
    """
    return staging.move(PRACTICE, practice, to, by=by, note=note)


@transaction.atomic
def save_content(practice, *, by, reason="", base_version=None):
    """Save edits to a practice's content as a new revision, without touching its stage.

    Side effects: the practice row and a revision. Raises EditConflict, saving nothing, when
    `base_version` (the version the editor started from; by default the version `practice` was
    read at) is no longer the current one.
    """
    if practice.pk is not None:
        base_version = practice.version if base_version is None else base_version
        current = Practice.objects.select_for_update().get(pk=practice.pk)
        if current.version != base_version:
            raise EditConflict(current)
        practice.version, practice.stage = current.version, current.stage
        practice.published_at = current.published_at
    staging.save(PRACTICE, practice, by=by, reason=reason)
    return practice


def is_current(practice, version):
    """True when nobody saved `practice` since `version`; locks the row for this transaction."""
    current = Practice.objects.select_for_update().filter(pk=practice.pk).first()
    return current is None or current.version == version


@transaction.atomic
def create_candidate(practice, *, by=None, note="", nominated=False):
    """Save a new candidate in stage "mapped" and record its entry.

    Side effects: the practice and its first revision; a StageChange from nothing to mapped;
    for a public nomination, e-mail to the coordinators after commit.
    """
    practice.stage = Stage.MAPPED
    practice.is_public_nomination = nominated
    practice.created_by = practice.created_by or by
    staging.save(PRACTICE, practice, by=by, reason=note or _("Candidate entered"))
    staging.record_change(PRACTICE, practice, Stage.MAPPED, by=by, note=note)
    if nominated:
        notifications.nominated(practice)
    return practice


def assign(practice, user, role, *, by):
    """Assign `user` to `practice` as screener or documenter.

    Side effects: one Assignment row (none if it exists); e-mail to the person after commit.
    Raises PermissionDenied if `by` may not assign, ValidationError if `user` cannot take it.
    """
    return staging.assign(PRACTICE, practice, user, role, by=by)
