"""Counts over every practice a reader may see: the home page's figures and the options of the
unfiltered browse page.

They change only when the public site does, and computing them reads every visible practice
and its theme, place and partner links (about half a second at 100,000 practices). So they are
built when a change is committed, by the request that made it, and kept in the database, one
row per audience, stamped with the public revision they describe. Readers only read that row.
A reader who finds it stale (after a change made where no commit hook ran) builds it, once.
"""

import contextlib
import threading

from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Q, Sum

from practices.filters import PracticeFilter, facet_counts
from practices.models import (
    AdminUnit,
    Practice,
    PracticePlace,
    PublicCounts,
    PublicRevision,
    Stage,
    Visibility,
)

NETWORK, PUBLIC = "network", "public"
AUDIENCES = (PUBLIC, NETWORK)
VISIBILITIES = {
    PUBLIC: (Visibility.PUBLIC,),
    NETWORK: (Visibility.PUBLIC, Visibility.NETWORK),
}


def visible_for(audience):
    """Published practices shown to an audience: the public, or DELGOSEA network members."""
    return Practice.objects.filter(stage=Stage.PUBLISHED, visibility__in=VISIBILITIES[audience])


def build(audience):
    visible = visible_for(audience)
    return {
        "facets": facet_counts(PracticeFilter({}, queryset=visible)),
        "figures": figures(visible),
    }


def figures(visible):
    ids = visible.values("pk")
    totals = visible.aggregate(
        practices=Count("pk"),
        people=Sum("beneficiaries_total"),
        women=Sum("beneficiaries_women"),
    )
    # Each unit asks for one practice it holds, and stops at the first: far fewer rows than
    # counting the distinct units of every place of every practice.
    places = PracticePlace.objects.filter(unit=OuterRef("pk"), practice__in=ids)
    places = AdminUnit.objects.filter(Exists(places)).aggregate(
        councils=Count("pk"), provinces=Count("pk", filter=Q(level=1))
    )
    return {**totals, **places}


def read(audience, revision):
    """The counts of `audience` at `revision`, built now if the stored ones are older."""
    row = PublicCounts.objects.filter(audience=audience).values_list("revision", "counts")
    row = row.first()
    if row and row[0] == revision:
        return row[1]
    counts = build(audience)
    _store(audience, revision, counts)
    return counts


def _store(audience, revision, counts):
    # Never replace counts of a later revision, stored meanwhile by another process.
    rows = PublicCounts.objects.filter(audience=audience, revision__lte=revision)
    if rows.update(revision=revision, counts=counts):
        return
    try:
        with transaction.atomic():
            PublicCounts.objects.create(audience=audience, revision=revision, counts=counts)
    except IntegrityError:
        pass  # another process stored them first


class _Paused(threading.local):
    active = False


_paused = _Paused()


@contextlib.contextmanager
def paused():
    """Bulk loads commit in many batches: rebuild once, at the end, not after every batch."""
    _paused.active = True
    try:
        yield
    finally:
        _paused.active = False
    rebuild()


def rebuild():
    """Bring every audience's counts to the current revision; return the audiences built."""
    revision = PublicRevision.current()
    stored = dict(PublicCounts.objects.values_list("audience", "revision"))
    built = []
    for audience in AUDIENCES:
        if stored.get(audience) != revision:
            _store(audience, revision, build(audience))
            built.append(audience)
    return built


def rebuild_after_commit():
    """Called on every change of the public site: the counts follow once it is committed.
    Several changes in one transaction rebuild once; the later calls find nothing to do."""
    if _paused.active:
        return
    # robust: a failure is logged and the change stands; readers rebuild stale counts.
    transaction.on_commit(rebuild, robust=True)
