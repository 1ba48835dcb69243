"""Screening arithmetic and rules: weighted scores, spread, ranking, and who sees what.

A score of 1–5 counts as 0–100 % of its criterion's weight (1 → 0, 3 → 50, 5 → 100), so a
scoring's weighted score runs from 0 to 100. A candidate's score is the mean of its complete
scorings; the spread is the gap between the highest and the lowest of them.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, Prefetch, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from practices import permissions
from practices.models import Assignment, Criterion, Score, Scoring


def active_criteria():
    return list(Criterion.objects.filter(is_active=True))


def weighted_score(values, criteria):
    """0–100 for a {criterion id: 1–5} mapping; None when a criterion is unscored."""
    if not criteria or any(c.pk not in values for c in criteria):
        return None
    total = sum(c.weight for c in criteria)
    points = sum(c.weight * (values[c.pk] - 1) / 4 for c in criteria)
    return round(100 * points / total, 1)


def weighted_totals(scorings, criteria):
    """(practice id, weighted score) of each submitted scoring of `scorings` that scores every
    one of `criteria`: weighted_score's arithmetic, summed in the database in one query."""
    pks = [c.pk for c in criteria]
    total = sum(c.weight for c in criteria)
    if not total:
        return []
    counted = Q(scores__criterion__in=pks)
    rows = (
        scorings.filter(submitted_at__isnull=False)
        .annotate(
            n=Count("scores", filter=counted),
            points=Sum((F("scores__value") - 1) * F("scores__criterion__weight"), filter=counted),
        )
        .filter(n=len(pks))
        .order_by()
        .values_list("practice_id", "points")
    )
    # The points are whole numbers: a quarter of them is exact, as in weighted_score.
    return [(practice, round(100 * (points / 4) / total, 1)) for practice, points in rows]


def scoring_values(scoring):
    return {score.criterion_id: score.value for score in scoring.scores.all()}


def is_complete(scoring, criteria):
    values = scoring_values(scoring)
    return scoring.submitted_at is not None and weighted_score(values, criteria) is not None


def complete_scorings_count(practice, criteria=None):
    criteria = active_criteria() if criteria is None else criteria
    scorings = practice.scorings.filter(submitted_at__isnull=False).prefetch_related("scores")
    return sum(1 for s in scorings if is_complete(s, criteria))


@dataclass
class Ranking:
    practice: object
    score: float | None
    complete: int
    assigned: int
    spread: float | None


def rank(practice, criteria):
    """The ranking row of a practice whose submitted scorings and scores are prefetched."""
    results = [weighted_score(scoring_values(s), criteria) for s in practice.submitted_scorings]
    results = [r for r in results if r is not None]
    return Ranking(
        practice=practice,
        score=round(sum(results) / len(results), 1) if results else None,
        complete=len(results),
        assigned=practice.n_screeners,
        spread=round(max(results) - min(results), 1) if results else None,
    )


def ranked(practices):
    """Candidates best first, those without a complete scoring last; a fixed number of queries."""
    criteria = active_criteria()
    submitted = Scoring.objects.filter(submitted_at__isnull=False).prefetch_related("scores")
    practices = practices.annotate(
        n_screeners=Count("assignments", filter=Q(assignments__role=Assignment.Role.SCREENER))
    ).prefetch_related(Prefetch("scorings", queryset=submitted, to_attr="submitted_scorings"))
    rows = [rank(p, criteria) for p in practices]
    return sorted(rows, key=lambda r: (r.score is None, -(r.score or 0), -r.complete))


def visible_scorings(user, practice):
    """A screener sees only their own scoring until it is submitted; deciders see all."""
    scorings = practice.scorings.select_related("screener").prefetch_related("scores__criterion")
    if user.has_perm(permissions.DECIDE):
        return list(scorings)
    own = scorings.filter(screener=user).first()
    if own is not None and own.submitted_at is not None:
        return list(scorings.filter(Q(submitted_at__isnull=False) | Q(screener=user)))
    return [own] if own else []


@transaction.atomic
def record(practice, screener, values, *, comment="", submit=False):
    """Save a screener's scores ({criterion: (value, comment)}); submitting needs every active
    criterion scored and locks the scoring. Side effects: writes Scoring and Score rows."""
    if not permissions.can_score(screener, practice):
        raise ValidationError(_("You are not assigned to score this candidate."))
    scoring, _created = Scoring.objects.select_for_update().get_or_create(
        practice=practice, screener=screener
    )
    if scoring.submitted_at is not None:
        raise ValidationError(_("Your scoring was submitted and can no longer be changed."))
    for criterion, (value, note) in values.items():
        Score.objects.update_or_create(
            scoring=scoring, criterion=criterion, defaults={"value": value, "comment": note}
        )
    scoring.comment = comment
    if submit:
        _check_every_criterion(scoring)
        scoring.submitted_at = timezone.now()
    scoring.save()
    return scoring


def _check_every_criterion(scoring):
    scored = set(scoring.scores.values_list("criterion_id", flat=True))
    missing = [c.name for c in active_criteria() if c.pk not in scored]
    if missing:
        raise ValidationError(
            _("Score every criterion before submitting; missing: %(names)s.")
            % {"names": ", ".join(missing)}
        )
