"""What waits for whom: the lists on the desk, each one query however long it is."""

import datetime

from django.db.models import Count, DateTimeField, Exists, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from practices.curation import completeness
from practices.models import (
    Assignment,
    Enquiry,
    Practice,
    Scoring,
    Stage,
    StageChange,
    UndeliveredMail,
)

# Mail given up on is listed this long: long enough to be seen after a holiday.
UNDELIVERED_DAYS = 14

ACTIVE = [Stage.MAPPED, Stage.SCREENING, Stage.SELECTED, Stage.DOCUMENTING, Stage.IN_REVIEW]


def stage_counts(practices):
    counts = dict(practices.order_by().values_list("stage").annotate(n=Count("pk")))
    return [(stage, counts.get(stage, 0)) for stage in Stage]


def waiting_longest(practices):
    """Practices in an active stage, the longest since their last move first."""
    since = Coalesce(Max("stage_changes__at"), "created_at", output_field=DateTimeField())
    return practices.filter(stage__in=ACTIVE).annotate(since=since).order_by("since")


def new_nominations(practices):
    """Nominated on the public site and not yet taken further than mapped."""
    return practices.filter(is_public_nomination=True, stage=Stage.MAPPED).order_by("created_at")


def unanswered_enquiries():
    return Enquiry.objects.filter(answered_at__isnull=True).select_related("practice")


def undelivered_mail():
    """Notifications that failed on every attempt, newest first."""
    since = timezone.now() - datetime.timedelta(days=UNDELIVERED_DAYS)
    return UndeliveredMail.objects.filter(failed_at__gte=since).order_by("-failed_at")


def _last_change(field):
    latest = StageChange.objects.filter(practice=OuterRef("pk")).order_by("-at", "-pk")
    return Subquery(latest.values(field)[:1])


def with_last_change(practices):
    """Each practice with the stage it last came from, when, and the note of that move."""
    return practices.annotate(
        came_from=_last_change("from_stage"),
        moved_at=_last_change("at"),
        move_note=_last_change("note"),
    )


def returned(practices):
    """Being documented again after the reviewer sent them back, with the reviewer's comment."""
    documenting = with_last_change(practices.filter(stage=Stage.DOCUMENTING))
    return documenting.filter(came_from=Stage.IN_REVIEW).order_by("moved_at")


def _assigned(user, role):
    return Exists(Assignment.objects.filter(practice=OuterRef("pk"), user=user, role=role))


def to_score(user):
    """Candidates in screening assigned to `user` whose scoring is not yet submitted."""
    scorings = Scoring.objects.filter(practice=OuterRef("pk"), screener=user)
    candidates = Practice.objects.filter(_assigned(user, Assignment.Role.SCREENER))
    candidates = candidates.filter(stage=Stage.SCREENING)
    candidates = candidates.exclude(Exists(scorings.filter(submitted_at__isnull=False)))
    return candidates.annotate(has_draft=Exists(scorings)).order_by("created_at")


def to_write(user):
    """Practices being documented by `user`, with the last move's note (a return's comment)."""
    practices = Practice.objects.filter(_assigned(user, Assignment.Role.DOCUMENTER))
    return with_last_change(practices.filter(stage=Stage.DOCUMENTING)).order_by("created_at")


def written(practice):
    """Per language: (language, fields written, fields to write), e.g. (Khmer, 7, 14)."""
    totals = {}
    for row in completeness.checklist(practice):
        for name, done, total in row["languages"]:
            before = totals.get(name, (0, 0))
            totals[name] = (before[0] + done, before[1] + total)
    return [(name, done, total) for name, (done, total) in totals.items()]
