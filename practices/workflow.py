"""The only code that changes a practice's stage, and the other recorded curation steps.

Every function here runs in one transaction, records who acted, when and why (a StageChange
row and a revision of the practice), and leaves e-mail to be sent once the transaction commits.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from practices import completeness, notifications, permissions
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


class MoveRefused(Exception):
    """A move that cannot be made; `message` says why, `missing` lists what is lacking."""

    def __init__(self, message, missing=()):
        self.message, self.missing = str(message), [str(m) for m in missing]
        super().__init__(str(self))

    def __str__(self):
        return " ".join([self.message, "; ".join(self.missing)]).strip()


class EditConflict(Exception):
    """Someone else saved the practice after the editor opened it."""


# The checks every move makes, for practices here and replications in replication_workflow.py.


def lock_for_move(record, moved_meanwhile):
    """`record` read again and locked for this transaction. Raises MoveRefused with
    `moved_meanwhile` (naming the stage) when someone moved it since it was read."""
    fresh = type(record).objects.select_for_update().get(pk=record.pk)
    if fresh.stage != record.stage:
        raise MoveRefused(moved_meanwhile % {"stage": fresh.get_stage_display()})
    return fresh


def check_transition(record, to, *, by, stages, exists, may, refusals):
    """Raise MoveRefused unless `to` is one of `stages`, `exists(record, to)` (the transition
    table) and `may(by, record, to)` (the actor's permission). `refusals` are the messages
    for the last two, naming the stages "from" and "to"."""
    if to not in stages.values:
        raise MoveRefused(_("“%(to)s” is not a stage.") % {"to": to})
    names = {"from": record.get_stage_display(), "to": stages(to).label}
    if not exists(record, to):
        raise MoveRefused(refusals[0] % names)
    if not may(by, record, to):
        raise MoveRefused(refusals[1] % names)


@transaction.atomic
def move(practice, to, *, by, note=""):
    """Move `practice` to stage `to`: check the transition, the actor's permission and the
    stage's completeness; save; record a StageChange; notify on commit.

    Side effects: the practice row (stage, first publication date, version, editor) and a
    revision of it; one StageChange; e-mail after commit on submission and return. Raises
    MoveRefused, changing nothing, when the move is not allowed.
    """
    fresh = _locked(practice)
    _check(fresh, to, by, note)
    change = _apply(fresh, to, by, note.strip())
    for field in ("stage", "published_at", "version", "updated_by", "updated_at"):
        setattr(practice, field, getattr(fresh, field))
    notifications.stage_changed(fresh, change)
    return change


MOVED_MEANWHILE = gettext_lazy(
    "Someone else moved this practice to “%(stage)s” meanwhile; reload the page."
)
REFUSALS = (
    gettext_lazy("A practice cannot go from “%(from)s” to “%(to)s”."),
    gettext_lazy("You may not move this practice from “%(from)s” to “%(to)s”."),
)


def _locked(practice):
    return lock_for_move(practice, MOVED_MEANWHILE)


def _check(practice, to, by, note):
    check_transition(
        practice,
        to,
        by=by,
        stages=Stage,
        exists=permissions.transition_exists,
        may=permissions.can_move,
        refusals=REFUSALS,
    )
    names = {"from": practice.get_stage_display(), "to": Stage(to).label}
    required = NOTE_REQUIRED.get((practice.stage, to))
    if required and not note.strip():
        raise MoveRefused(required)
    missing = completeness.missing_for(practice, to)
    if missing:
        raise MoveRefused(_("This practice cannot go to “%(to)s” yet. Missing:") % names, missing)


def _apply(practice, to, by, note):
    from_stage = practice.stage
    practice.stage = to
    if to == Stage.PUBLISHED and practice.published_at is None:
        practice.published_at = timezone.now()
    reason = f"{Stage(from_stage).label} → {Stage(to).label}"
    _save(practice, by, reason, ["stage", "published_at"])
    return StageChange.objects.create(
        practice=practice, from_stage=from_stage, to_stage=to, by=by, note=note
    )


def _save(practice, by, reason, fields=None):
    """Save with the next version number and a revision naming its author and reason."""
    practice.version += 1
    practice.updated_by = by
    practice._history_user = by
    practice._change_reason = str(reason)[:100]
    if fields is None:
        practice.save()
    else:
        practice.save(update_fields=[*fields, "version", "updated_by", "updated_at"])


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
    _save(practice, by, reason)
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
    _save(practice, by, note or _("Candidate entered"))
    StageChange.objects.create(practice=practice, to_stage=Stage.MAPPED, by=by, note=note)
    if nominated:
        notifications.nominated(practice)
    return practice


@transaction.atomic
def assign(practice, user, role, *, by):
    """Assign `user` to `practice` as screener or documenter.

    Side effects: one Assignment row (none if it exists); e-mail to the person after commit.
    Raises PermissionDenied if `by` may not assign, ValidationError if `user` cannot take it.
    """
    if not by.has_perm(permissions.ASSIGN):
        raise PermissionDenied(_("You may not assign people to practices."))
    if not permissions.may_take_role(user, role):
        raise ValidationError(
            _("%(user)s does not have the permissions of a %(role)s.")
            % {"user": user, "role": Assignment.Role(role).label.lower()}
        )
    assignment, created = Assignment.objects.get_or_create(
        practice=practice, user=user, role=role, defaults={"assigned_by": by}
    )
    if created:
        notifications.assigned(assignment)
    return assignment
