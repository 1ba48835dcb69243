"""The overview of what an audience may see: the home page's figures and the options of the
unfiltered browse page with their counts.

It changes only when the public site does, and building it reads every visible practice and
its theme, place and partner links. So it is built when a change is committed, as a background
task (by the worker in production, at once in the request in local work), and kept in the
database, one AudienceOverview row per audience, stamped with
the public revision it describes. Readers only read that row; a reader who finds it stale
(after a change made where no commit hook ran) builds it, once.
"""

import contextlib
import threading

from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Q, Sum
from django.dispatch import Signal
from django.tasks import task

from practices import audience
from practices.models import AdminUnit, AudienceOverview, PracticePlace, PublicRevision
from practices.search import facets

# Sent once a change of the public site is committed (and after a bulk load): what is built
# from the public site in layers above this one (the open-data package) follows it.
committed = Signal()


def build(audience_name):
    """{"facets": the unfiltered options and counts, "figures": the home page's figures}."""
    visible = audience.published_for(audience_name)
    return {
        "facets": facets.counts(facets.Selection(base=visible)),
        "figures": {**figures(visible), **exchange_figures(audience_name)},
    }


def exchange_figures(audience_name):
    """The replications and knowledge-exchange events `audience_name` may see."""
    return {
        "replications": audience.replications_for(audience_name).count(),
        "events": audience.events_for(audience_name).count(),
    }


def figures(visible):
    """Practices, people reached (of whom women), councils and provinces of `visible`."""
    totals = visible.aggregate(
        practices=Count("pk"),
        people=Sum("beneficiaries_total"),
        women=Sum("beneficiaries_women"),
    )
    # Each unit asks for one practice it holds, and stops at the first: far fewer rows than
    # counting the distinct units of every place of every practice.
    places = PracticePlace.objects.filter(unit=OuterRef("pk"), practice__in=visible.values("pk"))
    places = AdminUnit.objects.filter(Exists(places)).aggregate(
        councils=Count("pk"), provinces=Count("pk", filter=Q(level=AdminUnit.Level.PROVINCE))
    )
    return {**totals, **places}


def read(audience_name, revision):
    """The overview of `audience_name` at `revision`, built now if the stored one is older."""
    rows = AudienceOverview.objects.filter(audience=audience_name)
    row = rows.values_list("revision", "content").first()
    if row and row[0] == revision:
        return row[1]
    content = build(audience_name)
    _store(audience_name, revision, content)
    return content


def _store(audience_name, revision, content):
    # Never replace the overview of a later revision, stored meanwhile by another process.
    rows = AudienceOverview.objects.filter(audience=audience_name, revision__lte=revision)
    if rows.update(revision=revision, content=content):
        return
    try:
        with transaction.atomic():
            AudienceOverview.objects.create(
                audience=audience_name, revision=revision, content=content
            )
    except IntegrityError:
        pass  # another process stored it first


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
    committed.send(sender=PublicRevision)


def rebuild():
    """Bring every audience's overview to the current revision; return the audiences built."""
    revision = PublicRevision.current()
    stored = dict(AudienceOverview.objects.values_list("audience", "revision"))
    built = []
    for audience_name in audience.AUDIENCES:
        if stored.get(audience_name) != revision:
            _store(audience_name, revision, build(audience_name))
            built.append(audience_name)
    return built


@task
def rebuild_later():
    """`rebuild` as a background task: publishing returns before the overviews are built."""
    rebuild()


def rebuild_after_commit():
    """Called on every change of the public site: the overviews follow once it is committed.
    Several changes in one transaction rebuild once; the later calls find nothing to do."""
    if _paused.active:
        return
    # robust: a failure is logged and the change stands; readers rebuild a stale overview.
    transaction.on_commit(rebuild_later.enqueue, robust=True)
    transaction.on_commit(_announce, robust=True)


def _announce():
    committed.send(sender=PublicRevision)
