"""Revisions of content: a readable difference between two, and reverting to one.

The same for practices, replications and events; what counts as content is defined once per
model (PRACTICE, REPLICATION, EVENT below).

Content is the write-up, its facts, its thematic areas and its places. The stage and the
curation decisions (who may read it, whether it is featured, the internal notes, the address,
where it came from) are not content: a revert leaves them as they are now, so that restoring
an older text can never publish, unfeature or re-expose a practice. Partners are not part of
revisions.
"""

import difflib

from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from practices.curation import workflow
from practices.models import (
    CONTACT_TEXT_FIELDS,
    CURATION_FIELDS,
    EVENT_TEXT_FIELDS,
    PRACTICE_TEXT_FIELDS,
    REPLICATION_TEXT_FIELDS,
    Event,
    Practice,
    Replication,
)
from practices.search import indexer

NOT_CONTENT = {
    *CURATION_FIELDS,
    "id",
    "stage",
    "published_at",
    "version",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
    "is_sample",
    "is_public_nomination",
    *PRACTICE_TEXT_FIELDS,  # the language columns (title_km, title_en) carry the text
    *CONTACT_TEXT_FIELDS,
}


# How a revision's date is written everywhere: page title, body, revert reason and message
# (the templates use the same format with the date filter), in the portal's time zone.
DATE_FORMAT = "Y-m-d H:i"


def when(record):
    """The date of revision `record` as people read it: local time, one format."""
    return date_format(timezone.localtime(record.history_date), DATE_FORMAT)


class Content:
    """What the revisions of `model` compare and a revert restores: its editable fields but
    `not_content`, and the many-to-many `relations` its history keeps (see apps.py)."""

    def __init__(self, model, not_content, relations):
        self.model, self.not_content, self.relations = model, set(not_content), relations

    def fields(self):
        fields = self.model._meta.concrete_fields
        return [f for f in fields if f.editable and f.name not in self.not_content]

    def related(self, obj, name):
        """The objects of relation `name` on a live object or on one of its revisions."""
        if isinstance(obj, self.model):
            return sorted(getattr(obj, name).all(), key=lambda item: item.pk)
        field = self.model._meta.get_field(name)
        column = f"{field.m2m_reverse_field_name()}_id"
        ids = [getattr(row, column) for row in getattr(obj, name).all()]
        # A revision may name an object deleted since: it is left out, not an error.
        return list(field.related_model.objects.filter(pk__in=ids).order_by("pk"))

    def diff(self, old, new):
        """The content fields that differ between two revisions (or a revision and the object)."""
        rows = [_row(f, _shown(old, f), _shown(new, f)) for f in self.fields()]
        for name in self.relations:
            before = ", ".join(str(item) for item in self.related(old, name))
            after = ", ".join(str(item) for item in self.related(new, name))
            rows.append(_row(self.model._meta.get_field(name), before, after))
        return [row for row in rows if row["before"] != row["after"]]


def _row(field, before, after):
    return {
        "label": field.verbose_name,
        "name": field.name,
        "before": before,
        "after": after,
        "html": word_diff(before, after),
    }


# Many-to-many content that revisions keep (see the history registration in apps.py).
RELATIONS = ("themes", "units")
PRACTICE = Content(Practice, NOT_CONTENT, RELATIONS)

# A replication's stage, visibility, people and result move only through the workflow; the
# internal notes, the enquiry and the address are curation.
REPLICATION = Content(
    Replication,
    {
        "id",
        "stage",
        "visibility",
        "enquiry",
        "internal_notes",
        "resulting_practice",
        "is_sample",
        "slug",
        "created_at",
        "updated_at",
        "created_by",
        *REPLICATION_TEXT_FIELDS,
    },
    ("sources",),
)
EVENT = Content(
    Event,
    {"id", "visibility", "is_sample", "slug", "created_at", "updated_at", *EVENT_TEXT_FIELDS},
    ("practices", "replications"),
)


def content_fields():
    """The fields a practice's revision compares and a revert restores."""
    return PRACTICE.fields()


def _shown(record, field):
    value = getattr(record, field.attname)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return "" if value is None else str(value)


def word_diff(old, new):
    """HTML of `new` with words removed from `old` in <del> and added words in <ins>."""
    a, b = old.split(" "), new.split(" ")
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if op in ("delete", "replace"):
            parts.append(f"<del>{escape(' '.join(a[i1:i2]))}</del>")
        if op in ("insert", "replace"):
            parts.append(f"<ins>{escape(' '.join(b[j1:j2]))}</ins>")
        if op == "equal":
            parts.append(escape(" ".join(a[i1:i2])))
    return mark_safe(" ".join(parts))


def diff(old, new):
    """The content fields that differ between two revisions (or a revision and the practice)."""
    return PRACTICE.diff(old, new)


@transaction.atomic
@indexer.batched()
def revert(practice, record, *, by):
    """Restore the content of revision `record` as a new revision, keeping the stage.

    Side effects: the practice row and a new revision naming `by` and the reverted date.
    """
    for field in content_fields():
        setattr(practice, field.attname, getattr(record, field.attname))
    reason = _("Reverted to the revision of %(date)s") % {"date": when(record)}
    saved = workflow.save_content(practice, by=by, reason=reason)
    for name in RELATIONS:
        getattr(practice, name).set(PRACTICE.related(record, name))
    return saved


# Replications and events: an editor reverts from the newest revision they saw.

CONTENTS = {Replication: REPLICATION, Event: EVENT}
REASON_LENGTH = 100  # the length of a revision's reason


def newest(obj):
    """The number of `obj`'s newest revision: what an editor saw, to refuse a stale revert."""
    return obj.history.order_by("-history_id").values_list("history_id", flat=True).first()


def revert_reason(record, why):
    """The reason a revert to `record` records: the revision's date, then why."""
    return _("Reverted to %(date)s: %(why)s") % {"date": when(record), "why": why.strip()}


@transaction.atomic
@indexer.batched()
def revert_content(obj, record, *, by, why, seen):
    """Restore the content of revision `record` of a replication or an event as a new revision.

    The stage, visibility, people, partners' roles and curation stay as they are now. Side
    effects: the object's content columns and relations, and one revision naming `by` and
    `why`. Raises workflow.EditConflict, changing nothing, when a revision newer than `seen`
    (the newest the editor saw) exists.
    """
    content = CONTENTS[type(obj)]
    fresh = type(obj).objects.select_for_update().get(pk=obj.pk)
    if newest(fresh) != seen:
        raise workflow.EditConflict(fresh)
    fields = content.fields()
    for field in fields:
        setattr(fresh, field.attname, getattr(record, field.attname))
    fresh.skip_history_when_saving = True  # one revision for the whole revert, saved below
    for name in content.relations:
        getattr(fresh, name).set(content.related(record, name))
    del fresh.skip_history_when_saving
    fresh._history_user = by
    fresh._change_reason = revert_reason(record, why)[:REASON_LENGTH]
    fresh.save(update_fields=[*(f.attname for f in fields), "updated_at"])
    return fresh
