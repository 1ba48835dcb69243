"""The coordinator's pipeline figures: how far candidates went (the funnel), how long they stayed
in each stage, how screeners scored and agreed, and how quickly enquiries were answered.

Read in a fixed number of queries (practices, their stage history, submitted scores, enquiries,
rounds, the titles of the slowest practices) and computed in one pass in Python, the same way on
both database engines; the admin page and the annual report's workbook show the same figures.
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from practices.curation import screening
from practices.models import Enquiry, MappingRound, Practice, Scoring, Stage, StageChange

# Each step of the funnel with the stages that show a practice got at least that far: a
# practice that went further, or was archived afterwards, still passed the earlier steps.
DOCUMENTED = {Stage.IN_REVIEW, Stage.PUBLISHED}
SELECTED = {Stage.SELECTED, Stage.DOCUMENTING, *DOCUMENTED}
SCREENED = {Stage.SCREENING, Stage.PROMISING, Stage.NOT_SELECTED, *SELECTED}
STEPS = [
    ("mapped", pgettext_lazy("funnel", "Mapped"), set(Stage)),
    ("screened", pgettext_lazy("funnel", "Screened"), SCREENED),
    ("selected", pgettext_lazy("funnel", "Selected"), SELECTED),
    ("documented", pgettext_lazy("funnel", "Documented"), DOCUMENTED),
    ("published", pgettext_lazy("funnel", "Published"), {Stage.PUBLISHED}),
]
# The furthest step each stage shows a practice reached (archived: none beyond mapped).
FURTHEST = {stage: max(n for n, (_c, _l, s) in enumerate(STEPS) if stage in s) for stage in Stage}
# The stages where work waits; published, not selected and archived are where practices rest.
TIMED = [
    Stage.MAPPED,
    Stage.SCREENING,
    Stage.PROMISING,
    Stage.SELECTED,
    Stage.DOCUMENTING,
    Stage.IN_REVIEW,
]
# A screener's total at or above this (an average of 3 out of 5) counts as a vote to select.
SELECT_MARK = 50
BAND = 10  # points per band of the score distribution
DAY = 86400


@dataclass
class Candidate:
    """One practice as the figures see it: when it was mapped, its round, the furthest step
    of STEPS it reached and its stay in each timed stage as (seconds, still there)."""

    pk: int
    year: int
    round_id: int | None
    furthest: int
    stays: dict = field(default_factory=dict)


@dataclass
class Step:
    code: str
    label: str
    count: int
    of_previous: int | None = None  # per cent
    of_mapped: int | None = None


@dataclass
class StageTime:
    stage: Stage
    practices: int = 0
    still: int = 0
    median: float | None = None
    longest: float | None = None
    longest_pk: int | None = None
    longest_title: str = ""
    longest_still: bool = False


@dataclass
class Agreement:
    practices: int = 0
    mean_spread: float | None = None
    agreeing: int = 0

    @property
    def share(self):
        return _percent(self.agreeing, self.practices)


@dataclass
class EnquiryYear:
    year: int | str
    received: int
    answered: int
    median: float | None
    longest: float | None

    @property
    def share(self):
        return _percent(self.answered, self.received)


@dataclass
class Figures:
    funnel: list
    by_year: list
    by_round: list
    times: list
    scores: list
    agreement: Agreement
    enquiries: list
    years: list


def figures(practices, *, year=None, round_=None, now=None):
    """Every figure for the practices `practices` (a queryset the audience rule gave), the
    funnel, times and screening narrowed to a year of mapping and a mapping round if given."""
    now = now or timezone.now()
    everyone = candidates(practices, now)
    chosen = [
        c
        for c in everyone
        if (year is None or c.year == year) and (round_ is None or c.round_id == round_.pk)
    ]
    marks = totals(chosen, practices)
    return Figures(
        funnel=funnel(chosen),
        by_year=[(y, funnel(group)) for y, group in _grouped(everyone, "year")],
        by_round=_by_round(everyone),
        times=stage_times(chosen),
        scores=score_bands(marks),
        agreement=agreement(marks),
        enquiries=enquiries(practices),
        years=sorted({c.year for c in everyone}),
    )


def candidates(practices, now):
    """Every practice as a Candidate, from two queries (the practices, then their history in
    order) read in one pass. The year of mapping is that of the first recorded step, or of the
    record's creation when it has no history."""
    rows = practices.order_by("pk").values_list(
        "pk", "stage", "mapping_round_id", ExtractYear("created_at")
    )
    found = {pk: Candidate(pk, year, round_, FURTHEST[stage]) for pk, stage, round_, year in rows}
    changes = StageChange.objects.filter(practice__in=practices.values("pk"))
    here, current, stay = timezone.get_current_timezone(), None, None
    for pk, to, at in changes.order_by("practice_id", "at", "pk").values_list(
        "practice_id", "to_stage", "at"
    ):
        if current is None or pk != current.pk:
            _stay(current, stay, now, still=True)
            current = found[pk]
            current.year = at.astimezone(here).year
        else:
            _stay(current, stay, at)
        current.furthest = max(current.furthest, FURTHEST[to])
        stay = (to, at)
    _stay(current, stay, now, still=True)
    return list(found.values())


def _stay(candidate, stay, end, still=False):
    """Add the stay `stay` (stage, since) that ended at `end` to the candidate's time there."""
    if candidate is None or stay[0] not in TIMED:
        return
    seconds = candidate.stays.get(stay[0], (0, False))[0] + (end - stay[1]).total_seconds()
    candidate.stays[stay[0]] = (seconds, still)


def funnel(group):
    """The five steps with how many of `group` reached each, and the conversion rates."""
    reached = [0] * len(STEPS)
    for c in group:
        reached[c.furthest] += 1
    steps = []
    for n, (code, label, _stages) in enumerate(STEPS):
        count = sum(reached[n:])
        step = Step(code, label, count)
        if steps:
            step.of_previous = _percent(count, steps[-1].count)
            step.of_mapped = _percent(count, steps[0].count)
        steps.append(step)
    return steps


def _grouped(group, attribute):
    groups = defaultdict(list)
    for c in group:
        groups[getattr(c, attribute)].append(c)
    return sorted(groups.items(), key=lambda item: (item[0] is None, item[0] or 0))


def _by_round(group):
    """(round name, its funnel) for each round holding a practice, newest first, then none."""
    groups = dict(_grouped(group, "round_id"))
    rows = [(r, funnel(groups[r.pk])) for r in MappingRound.objects.all() if r.pk in groups]
    if None in groups:
        rows.append((None, funnel(groups[None])))
    return rows


def stage_times(group):
    """Median and longest stay in each timed stage, in days; a practice still in the stage
    counts with its time so far."""
    times = [StageTime(stage) for stage in TIMED]
    for time in times:
        stays = [(c.stays[time.stage], c.pk) for c in group if time.stage in c.stays]
        if not stays:
            continue
        time.practices = len(stays)
        time.still = sum(1 for (_s, still), _pk in stays if still)
        time.median = _days(statistics.median(seconds for (seconds, _s), _pk in stays))
        (seconds, time.longest_still), time.longest_pk = max(stays, key=lambda s: s[0][0])
        time.longest = _days(seconds)
    titles = Practice.objects.in_bulk([t.longest_pk for t in times if t.longest_pk])
    for time in times:
        time.longest_title = str(titles.get(time.longest_pk, ""))
    return times


def totals(group, practices):
    """{practice id: [each complete submitted scoring's weighted total, 0–100]}, one query."""
    wanted = {c.pk for c in group}
    scorings = Scoring.objects.filter(practice__in=practices.values("pk"))
    result = defaultdict(list)
    for practice, total in screening.weighted_totals(scorings, screening.active_criteria()):
        if practice in wanted:
            result[practice].append(total)
    return result


def score_bands(marks):
    """How many candidates' scores (the mean of their screeners', as ranked) fall in each band
    of ten points; a band holds its lower bound, the last one 100 too."""
    counts = [0] * (100 // BAND)
    for scorings in marks.values():
        score = round(sum(scorings) / len(scorings), 1)
        counts[min(int(score // BAND), len(counts) - 1)] += 1
    return [(f"{n * BAND}–{(n + 1) * BAND}", count) for n, count in enumerate(counts)]


def agreement(marks):
    """Over candidates scored by two screeners or more: the mean gap between the highest and
    the lowest total, and how many had every screener on the same side of SELECT_MARK."""
    several = [scorings for scorings in marks.values() if len(scorings) > 1]
    if not several:
        return Agreement()
    spreads = [max(s) - min(s) for s in several]
    agreeing = sum(1 for s in several if len({m >= SELECT_MARK for m in s}) == 1)
    return Agreement(len(several), round(sum(spreads) / len(spreads), 1), agreeing)


def enquiries(practices):
    """Per year received, then all years: received, answered, median and longest days to an
    answer (answered ones only)."""
    rows = Enquiry.objects.filter(practice__in=practices.values("pk")).values_list(
        "created_at", "answered_at"
    )
    years, here = defaultdict(list), timezone.get_current_timezone()
    for created, answered in rows:
        years[created.astimezone(here).year].append((created, answered))
    table = [_enquiry_year(year, years[year]) for year in sorted(years)]
    if table:
        table.append(_enquiry_year(_("All years"), [e for y in years.values() for e in y]))
    return table


def _enquiry_year(year, received):
    waits = [(answered - created).total_seconds() for created, answered in received if answered]
    return EnquiryYear(
        year,
        len(received),
        len(waits),
        _days(statistics.median(waits)) if waits else None,
        _days(max(waits)) if waits else None,
    )


def _days(seconds):
    return round(seconds / DAY, 1)


def _percent(part, whole):
    return round(100 * part / whole) if whole else None
