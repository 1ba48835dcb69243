"""What the public site keeps beside the practice record: its search index, the places each
practice covers (with every unit above them), a revision number for caches, and enquiries."""

from django.conf import settings
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from practices.models.core import AdminUnit, Practice


class PracticeSearch(models.Model):
    """The search document of a published practice, rebuilt on every change (see search.py).

    On PostgreSQL a `vector` column, added by a migration and not declared here, holds the
    weighted tsvector of the segmented text (GIN-indexed); on SQLite the text lives in FTS5
    tables keyed by the same practice ids. `plain` keeps titles
    and summaries unsegmented for trigram matching of misspelt or partial words.
    """

    practice = models.OneToOneField(
        Practice, on_delete=models.CASCADE, primary_key=True, related_name="search_index"
    )
    plain = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self):
        return str(self.practice_id)


class PracticePlace(models.Model):
    """A unit a published practice covers, directly or through a unit below it.

    Browsing by province or district and place pages read this instead of walking parents.
    """

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="places")
    unit = models.ForeignKey(AdminUnit, on_delete=models.CASCADE, related_name="+")
    level = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("place covered")
        verbose_name_plural = _("places covered")
        constraints = [
            models.UniqueConstraint(fields=["unit", "practice"], name="practiceplace_unique"),
        ]

    def __str__(self):
        return f"{self.practice_id} @ {self.unit_id}"


class PublicRevision(models.Model):
    """One row whose number rises whenever anything shown on public pages changes.

    Cached fragments carry it in their keys, so every worker process drops stale pages at once.
    """

    number = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return str(self.number)

    @classmethod
    def current(cls):
        return cls.objects.values_list("number", flat=True).first() or 0

    @classmethod
    def bump(cls):
        from practices import counts  # it reads these models

        if not cls.objects.filter(pk=1).update(number=F("number") + 1):
            cls.objects.get_or_create(pk=1, defaults={"number": 1})
        counts.rebuild_after_commit()


class PublicCounts(models.Model):
    """The counts over every practice one audience may see, as of one public revision.

    Built when a change is committed (see practices/counts.py), so that the first reader after
    a publication does not pay for counting every practice and its links.
    """

    audience = models.CharField(max_length=16, unique=True)
    revision = models.PositiveBigIntegerField()
    counts = models.JSONField()
    built_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("public counts")
        verbose_name_plural = _("public counts")

    def __str__(self):
        return f"{self.audience} @ {self.revision}"


class Enquiry(models.Model):
    """A council's or organisation's request to learn how to replicate a practice."""

    practice = models.ForeignKey(
        Practice, verbose_name=_("practice"), on_delete=models.CASCADE, related_name="enquiries"
    )
    name = models.CharField(_("name"), max_length=150)
    organisation = models.CharField(_("council or organisation"), max_length=200)
    contact = models.CharField(
        _("e-mail or telephone"), max_length=200, help_text=_("How the coordinator can reply.")
    )
    message = models.TextField(_("message"), max_length=4000)
    language = models.CharField(_("language"), max_length=5, editable=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True, editable=False)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    answer_note = models.TextField(
        _("answer"), blank=True, help_text=_("How the enquiry was answered, for the record.")
    )

    class Meta:
        verbose_name = _("replication enquiry")
        verbose_name_plural = _("replication enquiries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.organisation} — {self.practice}"

    @property
    def is_answered(self):
        return self.answered_at is not None


# Connected here because models load before anything else that could import them.
from practices import signals  # noqa: E402, F401
