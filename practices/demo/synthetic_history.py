"""Give the synthetic practices of `generate_practices` a curation history, for measuring the
pipeline figures: the steps that led to their stage over a few months, two screeners' scores
for some, and replication enquiries, answered or not.

Everything made here belongs to synthetic practices or to "synthetic-screener-N" users;
`--delete` removes it, and must run before `generate_practices --delete`.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from practices.models import Criterion, Enquiry, Practice, Score, Scoring, Stage, StageChange

PREFIX = "synthetic-"
PATH = [
    Stage.MAPPED,
    Stage.SCREENING,
    Stage.SELECTED,
    Stage.DOCUMENTING,
    Stage.IN_REVIEW,
    Stage.PUBLISHED,
]


def generate(*, seed=1, delete=False, report):
    """Remove the curation history of the synthetic practices, then (unless `delete`) give each
    a new one, in batches; `report` is told what was done."""
    removed = delete_history()
    report(f"Removed the history of {removed} synthetic practices.")
    if delete:
        return
    rng = random.Random(seed)
    practices = list(Practice.objects.filter(slug__startswith=PREFIX).values_list("pk", "stage"))
    screeners = _screeners()
    criteria = list(Criterion.objects.filter(is_active=True).values_list("pk", flat=True))
    for first in range(0, len(practices), 2000):
        with transaction.atomic():
            batch = practices[first : first + 2000]
            _history(rng, batch)
            _scorings(rng, batch, screeners, criteria)
            _enquiries(rng, batch)
    report(f"Gave {len(practices)} synthetic practices a curation history.")


def delete_history():
    ids = Practice.objects.filter(slug__startswith=PREFIX).values("pk")
    with transaction.atomic():
        Score.objects.filter(scoring__practice__in=ids).delete()
        Scoring.objects.filter(practice__in=ids).delete()
        Enquiry.objects.filter(practice__in=ids).delete()
        count = StageChange.objects.filter(practice__in=ids).values("practice").distinct().count()
        StageChange.objects.filter(practice__in=ids).delete()
    return count


def _screeners():
    users = get_user_model().objects
    return [
        users.get_or_create(username=f"{PREFIX}screener-{n}", defaults={"is_active": False})[0]
        for n in (1, 2)
    ]


def _history(rng, batch):
    """The path's steps up to each practice's stage, a few days to a few weeks apart."""
    rows, times = [], []
    for pk, stage in batch:
        at = timezone.now() - datetime.timedelta(days=rng.randrange(200, 3000))
        previous = ""
        for to in PATH[: PATH.index(stage) + 1] if stage in PATH else [Stage.MAPPED]:
            rows.append(StageChange(practice_id=pk, from_stage=previous, to_stage=to))
            times.append(at)
            previous, at = to, at + datetime.timedelta(days=rng.randrange(3, 60))
    _dated(StageChange, rows, times, "at")


def _dated(model, rows, times, field):
    """Create `rows`, then give them their dates (creation stamps each with the present)."""
    made = model.objects.bulk_create(rows)
    for row, at in zip(made, times, strict=True):
        setattr(row, field, at)
    model.objects.bulk_update(made, [field], batch_size=1000)


def _scorings(rng, batch, screeners, criteria):
    """Two screeners' scores for one practice in three."""
    scorings = [
        Scoring(practice_id=pk, screener=screener, submitted_at=timezone.now())
        for pk, _stage in batch[::3]
        for screener in screeners
    ]
    made = Scoring.objects.bulk_create(scorings)
    scores = [
        Score(scoring_id=scoring.pk, criterion_id=criterion, value=rng.randint(1, 5))
        for scoring in made
        for criterion in criteria
    ]
    Score.objects.bulk_create(scores)


def _enquiries(rng, batch):
    """An enquiry for one practice in five; two in three of them answered."""
    rows, times = [], []
    for n, (pk, _stage) in enumerate(batch[::5]):
        received = timezone.now() - datetime.timedelta(days=rng.randrange(10, 1500))
        answered = received + datetime.timedelta(days=rng.randrange(1, 40)) if n % 3 else None
        rows.append(
            Enquiry(
                practice_id=pk,
                name="Synthetic",
                organisation="Synthetic council",
                contact="synthetic@example.org",
                message="Synthetic enquiry.",
                language="en",
                answered_at=answered,
            )
        )
        times.append(received)
    _dated(Enquiry, rows, times, "created_at")
