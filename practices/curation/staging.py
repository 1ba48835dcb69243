"""How any record that moves through stages is moved, saved and given people: practices
(practices/curation/workflow.py) and replications (practices/exchange/workflow.py) alike.

A kind of record describes what it does its own way (its stages and transition table, its
permissions, its refusals, its own gates and mail) in a `Kind`; the steps here are the same
for every kind. Each step runs in the caller's transaction and changes nothing when it refuses.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from practices import permissions
from practices.search import indexer

REASON_LENGTH = 100  # the length of a revision's reason


class MoveRefused(Exception):
    """A move that cannot be made; `message` says why, `missing` lists what is lacking."""

    def __init__(self, message, missing=()):
        self.message, self.missing = str(message), [str(m) for m in missing]
        super().__init__(str(self))

    def __str__(self):
        return " ".join([self.message, "; ".join(self.missing)]).strip()


def _nothing(*args):
    return ()


@dataclass(frozen=True)
class Kind:
    """What one kind of staged record does its own way."""

    record_field: str  # the record's name on its stage changes and assignments
    stages: type  # its TextChoices
    stage_change: type  # the model of its moves (a StageChangeBase)
    assignment: type  # the model of its people (an AssignmentBase)
    exists: Callable  # (record, to): the transition is in the table
    may: Callable  # (user, record, to): the actor may make it
    refusals: tuple  # messages naming "from" and "to": no such transition; not allowed
    moved_meanwhile: str  # naming "stage": someone moved it since it was read
    assign_permission: str  # the permission to assign people
    may_not_assign: str
    role_permissions: dict  # role → the permission a person needs to take it
    assigned: Callable  # (assignment): mail the person, on commit
    moved: Callable  # (record, change): mail the people the move concerns, on commit
    note_required: Callable = _nothing  # (record, to): why a note is needed, if it is
    check: Callable = _nothing  # (record, to): raise MoveRefused for what the record lacks
    on_move: Callable = _nothing  # (record, to): set fields that follow the stage; their names
    stamp: Callable = _nothing  # (record, by): set the fields every save sets; their names


@transaction.atomic
def move(kind, record, to, *, by, note=""):
    """Move `record` to stage `to`: check the transition, the actor's permission, the note and
    the kind's own gates; save; record the stage change; notify on commit.

    Side effects: the record row (its stage and what the kind sets with it) and a revision;
    one stage change; the public read model rebuilt once for what the move touched; the kind's
    mail after commit; `record` given the saved values. Raises MoveRefused, changing nothing,
    when the move is not allowed.
    """
    with indexer.batched():
        fresh = lock(kind, record)
        check(kind, fresh, to, by=by, note=note)
        change, fields = apply(kind, fresh, to, by=by, note=note.strip())
    for field in fields:
        setattr(record, field, getattr(fresh, field))
    kind.moved(fresh, change)
    return change


def lock(kind, record):
    """`record` read again and locked for this transaction. Raises MoveRefused when someone
    moved it since it was read."""
    fresh = type(record).objects.select_for_update().get(pk=record.pk)
    if fresh.stage != record.stage:
        raise MoveRefused(kind.moved_meanwhile % {"stage": fresh.get_stage_display()})
    return fresh


def check(kind, record, to, *, by, note=""):
    """Raise MoveRefused unless `to` is a stage, the transition exists, `by` may make it, the
    note it needs is written and the record has what the kind's gates ask for."""
    if to not in kind.stages.values:
        raise MoveRefused(_("“%(to)s” is not a stage.") % {"to": to})
    names = {"from": record.get_stage_display(), "to": kind.stages(to).label}
    if not kind.exists(record, to):
        raise MoveRefused(kind.refusals[0] % names)
    if not kind.may(by, record, to):
        raise MoveRefused(kind.refusals[1] % names)
    required = kind.note_required(record, to)
    if required and not note.strip():
        raise MoveRefused(required)
    kind.check(record, to)


def apply(kind, record, to, *, by, note):
    """Set the stage, save the record and record the change; (the change, the fields saved)."""
    from_stage = record.stage
    record.stage = to
    fields = ["stage", *kind.on_move(record, to)]
    reason = f"{kind.stages(from_stage).label} → {kind.stages(to).label}"
    fields = save(kind, record, by=by, reason=reason, fields=fields)
    return record_change(kind, record, to, by=by, note=note, from_stage=from_stage), fields


def save(kind, record, *, by, reason, fields=None):
    """Save `record` (all of it, or `fields` and what the kind sets on every save) as a revision
    naming `by` and `reason`; return the fields saved (None: all)."""
    stamped = kind.stamp(record, by)
    record._history_user = by
    record._change_reason = str(reason)[:REASON_LENGTH]
    if fields is not None:
        fields = [*fields, *stamped, "updated_at"]
    record.save(update_fields=fields)
    return fields


def record_change(kind, record, to, *, by, note="", from_stage=""):
    """One stage change of `record` to `to` (from nothing: its entry)."""
    return kind.stage_change.objects.create(
        **{kind.record_field: record}, from_stage=from_stage, to_stage=to, by=by, note=note
    )


@transaction.atomic
def assign(kind, record, user, role, *, by):
    """Give `user` the role `role` on `record`.

    Side effects: one assignment row (none if it exists); e-mail to the person after commit.
    Raises PermissionDenied if `by` may not assign, ValidationError if `user` cannot take it.
    """
    if not by.has_perm(kind.assign_permission):
        raise PermissionDenied(str(kind.may_not_assign))
    if not permissions.may_take_role(user, role, kind.role_permissions):
        raise ValidationError(
            _("%(user)s does not have the permissions of a %(role)s.")
            % {"user": user, "role": kind.assignment.Role(role).label.lower()}
        )
    assignment, created = kind.assignment.objects.get_or_create(
        **{kind.record_field: record}, user=user, role=role, defaults={"assigned_by": by}
    )
    if created:
        kind.assigned(assignment)
    return assignment
