"""Who may do what in curation: the transition table joined with Django model permissions.

Roles are groups (created by a data migration) holding these permissions; the code checks
permissions, not group names, so that a coordinator can compose roles in the admin. The one
exception is reading network-only practices, which membership of the Partner group grants
(practices/audience.py decides it, in one place).
"""

from django.contrib.auth import get_user_model

from practices.models import (
    ACTIVE_STAGES,
    Assignment,
    ReplicationAssignment,
    ReplicationStage,
    Stage,
)

COORDINATOR, SCREENER, DOCUMENTER, PARTNER = "Coordinator", "Screener", "Documenter", "Partner"

MOVE = "practices.move_practice"
ASSIGN = "practices.assign_practice"
SCREEN = "practices.screen_practice"
DECIDE = "practices.decide_screening"
DOCUMENT = "practices.document_practice"
PUBLISH = "practices.publish_practice"
# Django's own model permissions that the workflow and the admin ask for by name.
ADD_PRACTICE = "practices.add_practice"
CHANGE_PRACTICE = "practices.change_practice"
ADD_LOGBOOK_ENTRY = "practices.add_logbookentry"
VIEW_EVENT = "practices.view_event"

# (from, to) → the permission the actor needs. Archiving and restoring are added below.
TRANSITIONS = {
    (Stage.MAPPED, Stage.SCREENING): MOVE,
    (Stage.SCREENING, Stage.SELECTED): DECIDE,
    (Stage.SCREENING, Stage.PROMISING): DECIDE,
    (Stage.SCREENING, Stage.NOT_SELECTED): DECIDE,
    (Stage.PROMISING, Stage.SCREENING): MOVE,
    (Stage.SELECTED, Stage.DOCUMENTING): MOVE,
    (Stage.DOCUMENTING, Stage.IN_REVIEW): DOCUMENT,
    (Stage.IN_REVIEW, Stage.DOCUMENTING): PUBLISH,
    (Stage.IN_REVIEW, Stage.PUBLISHED): PUBLISH,
    (Stage.PUBLISHED, Stage.DOCUMENTING): PUBLISH,
}
for _stage in Stage:
    if _stage != Stage.ARCHIVED:
        TRANSITIONS[(_stage, Stage.ARCHIVED)] = MOVE
        TRANSITIONS[(Stage.ARCHIVED, _stage)] = MOVE  # only back where it came from

# Moves a person may make on a practice assigned to them without the coordinator's MOVE.
ASSIGNEE_MOVES = {(Stage.DOCUMENTING, Stage.IN_REVIEW): Assignment.Role.DOCUMENTER}

# The permission a person needs to take on each assignment role.
ROLE_PERMISSIONS = {Assignment.Role.SCREENER: SCREEN, Assignment.Role.DOCUMENTER: DOCUMENT}


def is_coordinator(user):
    """Sees and curates every practice."""
    return user.is_active and user.has_perm(MOVE)


def is_assigned(user, practice, role=None):
    assignments = practice.assignments.filter(user=user)
    return assignments.filter(role=role).exists() if role else assignments.exists()


def came_from(practice):
    """The stage an archived practice was archived from (where a restore takes it)."""
    last = practice.stage_changes.filter(to_stage=Stage.ARCHIVED).order_by("-at", "-pk").first()
    return last.from_stage if last else Stage.MAPPED


def transition_exists(practice, to):
    if (practice.stage, to) not in TRANSITIONS:
        return False
    return practice.stage != Stage.ARCHIVED or to == came_from(practice)


def can_move(user, practice, to):
    """True when the transition exists and this user may make it on this practice."""
    if not transition_exists(practice, to) or not user.is_active:
        return False
    if not user.has_perm(TRANSITIONS[(practice.stage, to)]):
        return False
    role = ASSIGNEE_MOVES.get((practice.stage, to))
    return not role or is_coordinator(user) or is_assigned(user, practice, role)


def targets(user, practice):
    """The stages this user may move this practice to, in the order of the stages."""
    return [stage for stage in Stage if can_move(user, practice, stage)]


def can_edit_content(user, practice):
    """Coordinators edit any practice; a documenter only an assigned one in documenting."""
    if is_coordinator(user) and user.has_perm(CHANGE_PRACTICE):
        return True
    return (
        practice.stage == Stage.DOCUMENTING
        and user.has_perm(DOCUMENT)
        and user.has_perm(CHANGE_PRACTICE)
        and is_assigned(user, practice, Assignment.Role.DOCUMENTER)
    )


def can_score(user, practice):
    return (
        practice.stage == Stage.SCREENING
        and user.has_perm(SCREEN)
        and is_assigned(user, practice, Assignment.Role.SCREENER)
    )


def curators():
    """Active staff in the curation groups: the people one can assign."""
    users = get_user_model().objects.filter(is_active=True, is_staff=True)
    return users.filter(groups__name__in=[COORDINATOR, SCREENER, DOCUMENTER]).distinct()


def may_take_role(user, role, roles=ROLE_PERMISSIONS):
    """May `user` take `role`, one of `roles` (a table of role → the permission it needs)?"""
    return user.is_active and user.is_staff and user.has_perm(roles[role])


# Replications: the coordinator moves them; the people assigned write their logbook.

MOVE_REPLICATION = "practices.move_replication"
ASSIGN_REPLICATION = "practices.assign_replication"

R = ReplicationStage
REPLICATION_TRANSITIONS = {
    (R.INTERESTED, R.AGREED),
    (R.AGREED, R.PLANNING),
    (R.PLANNING, R.IMPLEMENTING),
    (R.IMPLEMENTING, R.COMPLETED),
    *((stage, R.PAUSED) for stage in ACTIVE_STAGES),
    *((stage, R.ABANDONED) for stage in ACTIVE_STAGES),
    *((R.PAUSED, stage) for stage in ACTIVE_STAGES),  # only back where it came from
}

# The permission a person needs to be assigned to a replication in each role.
REPLICATION_ROLE_PERMISSIONS = {
    ReplicationAssignment.Role.COACH: DOCUMENT,
    ReplicationAssignment.Role.DOCUMENTER: DOCUMENT,
}


def paused_from(replication):
    """The stage a paused replication was paused from (where resuming takes it)."""
    last = replication.stage_changes.filter(to_stage=R.PAUSED).order_by("-at", "-pk").first()
    return last.from_stage if last else R.INTERESTED


def replication_transition_exists(replication, to):
    if (replication.stage, to) not in REPLICATION_TRANSITIONS:
        return False
    return replication.stage != R.PAUSED or to == paused_from(replication)


def can_move_replication(user, replication, to):
    """True when the transition exists and this user (a coordinator) may make it."""
    return (
        user.is_active
        and user.has_perm(MOVE_REPLICATION)
        and replication_transition_exists(replication, to)
    )


def replication_targets(user, replication):
    return [stage for stage in R if can_move_replication(user, replication, stage)]


def is_on_replication(user, replication):
    return replication.assignments.filter(user=user).exists()


def can_write_logbook(user, replication):
    """Coordinators, and the coaches and documenters assigned to the replication."""
    if not user.is_active:
        return False
    if user.has_perm(MOVE_REPLICATION):
        return True
    return user.has_perm(ADD_LOGBOOK_ENTRY) and is_on_replication(user, replication)
