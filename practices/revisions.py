"""Revisions of a practice's content: a readable difference between two, and reverting to one.

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

from practices import workflow
from practices.models import (
    CONTACT_TEXT_FIELDS,
    CURATION_FIELDS,
    PRACTICE_TEXT_FIELDS,
    Practice,
)

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


# Many-to-many content that revisions keep (see the history registration in translation.py).
RELATIONS = ("themes", "units")


def _related(obj, name):
    """The objects of relation `name` on a practice or on one of its revisions."""
    rows = getattr(obj, name).all()
    if isinstance(obj, Practice):
        return sorted(rows, key=lambda item: item.pk)
    target = Practice._meta.get_field(name).m2m_reverse_field_name()
    return sorted((getattr(row, target) for row in rows), key=lambda item: item.pk)


def content_fields():
    """The fields a revision compares and a revert restores: the one definition of content."""
    return [f for f in Practice._meta.concrete_fields if f.editable and f.name not in NOT_CONTENT]


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
    rows = []
    for field in content_fields():
        before, after = _shown(old, field), _shown(new, field)
        if before != after:
            rows.append(
                {
                    "label": field.verbose_name,
                    "name": field.name,
                    "before": before,
                    "after": after,
                    "html": word_diff(before, after),
                }
            )
    for name in RELATIONS:
        before = ", ".join(str(item) for item in _related(old, name))
        after = ", ".join(str(item) for item in _related(new, name))
        if before != after:
            label = Practice._meta.get_field(name).verbose_name
            html = word_diff(before, after)
            rows.append(
                {"label": label, "name": name, "before": before, "after": after, "html": html}
            )
    return rows


@transaction.atomic
def revert(practice, record, *, by):
    """Restore the content of revision `record` as a new revision, keeping the stage.

    Side effects: the practice row and a new revision naming `by` and the reverted date.
    """
    for field in content_fields():
        setattr(practice, field.attname, getattr(record, field.attname))
    reason = _("Reverted to the revision of %(date)s") % {"date": when(record)}
    saved = workflow.save_content(practice, by=by, reason=reason)
    for name in RELATIONS:
        getattr(practice, name).set(_related(record, name))
    return saved
