"""The replications on the desk: how many per stage, the ones waiting for a plan, the ones
whose logbook went quiet, and a coach's or documenter's own; one query per list."""

import datetime

from django.conf import settings
from django.db.models import Count, Exists, Max, OuterRef, Q
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from practices.models import (
    ACTIVE_STAGES,
    Replication,
    ReplicationAssignment,
    ReplicationStage,
)

R = ReplicationStage


def stage_counts(replications):
    counts = dict(replications.order_by().values_list("stage").annotate(n=Count("pk")))
    return [(stage, counts.get(stage, 0)) for stage in R]


def waiting_for_plan(replications):
    """Agreed or planning, without what is taken over or the activities in either language."""
    written = Q()
    for field in ("plan_taken_over", "plan_activities"):
        written &= Q(**{f"{field}_km__gt": ""}) | Q(**{f"{field}_en__gt": ""})
    waiting = replications.filter(stage__in=[R.AGREED, R.PLANNING]).exclude(written)
    return waiting.order_by("created_at")


def quiet(replications, today=None):
    """Active replications without a logbook entry for REPLICATION_QUIET_DAYS, the quietest
    first; one never written counts from its creation."""
    today = today or timezone.localdate()
    since = today - datetime.timedelta(days=settings.REPLICATION_QUIET_DAYS)
    last = Coalesce(Max("logbook__date"), TruncDate("created_at"))
    active = replications.filter(stage__in=ACTIVE_STAGES).annotate(last_entry=last)
    return active.filter(last_entry__lt=since).order_by("last_entry", "pk")


def assigned_to(user):
    """The active replications `user` coaches or documents, whose logbook they write."""
    mine = ReplicationAssignment.objects.filter(replication=OuterRef("pk"), user=user)
    replications = Replication.objects.filter(Exists(mine), stage__in=ACTIVE_STAGES)
    return replications.annotate(last_entry=Max("logbook__date")).order_by("created_at")
