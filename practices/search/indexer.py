"""The only writer of the public read model (practices/models/read_model.py).

For each published practice it writes the search document (title, summary and body in both
languages, Khmer segmented into words, and the unsegmented names), its words for suggestions,
the places it covers with every unit above them, and, where the engine keeps them, its facet
keys; it raises the public revision when the public site changes, and has the audiences'
overviews rebuilt after commit.
The signals (practices/signals.py) call it on every change; bulk loaders call it too. One
admin save, import or move writes a practice, its relations and its inlines, each with its
signal: inside `batched()` those calls are noted, and each practice is reindexed once (the
public revision raised once) when the unit of work ends.
"""

import contextlib
import contextvars
import functools

from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import Prefetch

from practices.models import (
    CASE_STUDY_FIELDS,
    AdminUnit,
    FacetKeys,
    Practice,
    PracticePartner,
    PracticePlace,
    PracticeSearch,
    PublicRevision,
    SearchWord,
    Stage,
)
from practices.models.read_model import MAX_WORD_LENGTH
from practices.search import overview
from practices.search.engine import current as engine
from practices.search.facets import practice_keys
from practices.search.text import fold, segment

BATCH = 500
BODY_FIELDS = (*CASE_STUDY_FIELDS, "place_name")


def reindex(ids):
    """Rebuild the read model of these practices; drop those no longer published. Inside a
    batch (`batched()`), only note them: the batch rebuilds each once when it ends.

    Side effects: rewrites their PracticeSearch, PracticePlace and FacetKeys rows (and the
    engine's own search tables), and, if any of them is or was published, raises the public
    revision so that cached pages and overviews are rebuilt. Editing a draft leaves the public
    caches alone.
    """
    ids = set(ids) - {None}
    batch = _batch.get()
    if batch is not None:
        batch.ids |= ids
    elif ids and reindex_now(ids):
        public_changed()


def reindex_all():
    """Rebuild the read model of every published practice; return how many there are."""
    published = Practice.objects.filter(stage=Stage.PUBLISHED).values("pk")
    PracticeSearch.objects.exclude(practice_id__in=published).delete()
    PracticePlace.objects.exclude(practice_id__in=published).delete()
    SearchWord.objects.all().delete()
    if engine().KEEPS_FACET_KEYS:
        FacetKeys.objects.exclude(practice_id__in=published).delete()
    ids = list(published.values_list("pk", flat=True))
    reindex(ids)
    return len(ids)


def remove(ids):
    """Drop these practices from the read model (before removing them in bulk)."""
    _delete(list(ids))


def public_changed():
    """Something shown on public pages changed: raise the public revision (every cached page
    and count is keyed by it) and rebuild the audiences' overviews once committed. Inside a
    batch, only note it: the batch raises the revision once when it ends."""
    batch = _batch.get()
    if batch is not None:
        batch.public = True
    else:
        _raise_public_revision()


class _Batch:
    """What a unit of work asked for: the practices to reindex, and whether the public site
    changed besides them."""

    def __init__(self):
        self.ids, self.public = set(), False


_batch = contextvars.ContextVar("reindex_batch", default=None)


@contextlib.contextmanager
def batched():
    """Reindex once per unit of work: inside, `reindex` and `public_changed` only note what
    they were asked; when the outermost batch ends, each practice noted is reindexed once and
    the public revision raised once, in the caller's transaction. A batch inside another
    leaves it all to the outer one.

    When an exception leaves the batch, what it noted is reindexed only once the transaction
    it was in commits, and not at all if that transaction is rolled back: nothing is indexed
    from data that was never kept. (Outside a transaction, what was written is already
    committed, and is reindexed at once.)
    """
    if _batch.get() is not None:
        yield
        return
    batch = _Batch()
    token = _batch.set(batch)
    try:
        yield
    except BaseException:
        _batch.reset(token)
        transaction.on_commit(functools.partial(_flush, batch), robust=True)
        raise
    _batch.reset(token)
    _flush(batch)


def _flush(batch):
    with transaction.atomic(savepoint=False):
        if (batch.ids and reindex_now(batch.ids)) or batch.public:
            _raise_public_revision()


def reindex_now(ids):
    """Rebuild the read model of these practices at once, in a batch or not, leaving the public
    revision to the caller; True if any of them is or was on the public site."""
    ids = list(set(ids) - {None})
    touched = False
    for start in range(0, len(ids), BATCH):
        touched |= _reindex_batch(ids[start : start + BATCH])
    return touched


def _raise_public_revision():
    PublicRevision.bump()
    overview.rebuild_after_commit()


@contextlib.contextmanager
def bulk_load():
    """For loaders that write many practices in many transactions: the overviews are rebuilt
    once at the end, after the engine's statistics are refreshed."""
    with overview.paused():
        yield
        engine().analyze()


def drop_stray_rows(using=DEFAULT_DB_ALIAS):
    """Drop the facet keys of practices that no longer exist (after the tables were emptied
    without signals, by a flush); the other tables follow their practices by foreign key."""
    if engine(using).KEEPS_FACET_KEYS:
        existing = Practice.objects.using(using).values("pk")
        FacetKeys.objects.using(using).exclude(practice_id__in=existing).delete()


def _reindex_batch(ids):
    """Reindex these practices; True if any of them is or was on the public site."""
    practices = list(_load(ids))
    was_indexed = PracticeSearch.objects.filter(practice_id__in=ids).exists()
    if not practices and not was_indexed:
        _delete_facet_keys(ids)  # a practice deleted with its search document
        return False
    _delete(ids)
    places = {p.pk: _places(p) for p in practices}
    _write_documents(practices)
    _write_facet_keys(practices, places)
    PracticePlace.objects.bulk_create(
        [
            PracticePlace(practice_id=p.pk, unit_id=unit.pk, level=unit.level)
            for p in practices
            for unit in places[p.pk]
        ]
    )
    return True


def _load(ids):
    return (
        Practice.objects.filter(pk__in=ids, stage=Stage.PUBLISHED)
        .prefetch_related(
            "themes",
            Prefetch("units", queryset=AdminUnit.objects.select_related("parent__parent")),
            Prefetch("partner_roles", queryset=PracticePartner.objects.select_related("partner")),
        )
        .order_by()
    )


def _write_documents(practices):
    documents = [(p.pk, *_document(p)) for p in practices]
    engine().write_documents(documents)
    words = {word for d in documents for text in d[1:4] for word in text.split()}
    SearchWord.objects.bulk_create(
        [SearchWord(word=w) for w in sorted(words) if len(w) <= MAX_WORD_LENGTH],
        ignore_conflicts=True,
    )


def _document(practice):
    """Title, summary, body and plain text of one practice, in both languages."""
    names = []
    for unit in practice.units.all():
        # The spellings in use too: a search for "Siem Reap" finds practices in Siemreap.
        names += [
            n for u in (unit, *unit.ancestors()) for n in (u.name_km, u.name_en, *u.spellings())
        ]
    for role in practice.partner_roles.all():
        names += [role.partner.name_km, role.partner.name_en, role.partner.acronym]
    names += [n for t in practice.themes.all() for n in (t.name_km, t.name_en)]
    both = functools.partial(_both, practice)
    title, summary = both("title"), both("summary")
    body = [text for field in BODY_FIELDS for text in both(field)] + names
    plain = " ".join(fold(t) for t in (*title, *summary, *names, *both("place_name")) if t)
    return segment(*title), segment(*summary), segment(*body), plain


def _both(practice, field):
    return (getattr(practice, f"{field}_km") or "", getattr(practice, f"{field}_en") or "")


def _places(practice):
    """The units a practice covers, with every unit above them."""
    return {unit for own in practice.units.all() for unit in (*own.ancestors(), own)}


def _write_facet_keys(practices, places):
    if not engine().KEEPS_FACET_KEYS or not practices:
        return
    # One statement, so that the counts by period follow in one trigger run (migration 0014).
    FacetKeys.objects.bulk_create(
        [
            FacetKeys(
                practice_id=p.pk,
                visibility=p.visibility,
                keys=practice_keys(p, places[p.pk]),
                start_year=p.start_date.year if p.start_date else None,
                end_year=p.end_date.year if p.end_date else None,
            )
            for p in practices
        ]
    )


def _delete(ids):
    PracticeSearch.objects.filter(practice_id__in=ids).delete()
    PracticePlace.objects.filter(practice_id__in=ids).delete()
    _delete_facet_keys(ids)
    engine().delete_documents(ids)


def _delete_facet_keys(ids):
    if engine().KEEPS_FACET_KEYS:
        FacetKeys.objects.filter(practice_id__in=ids).delete()
