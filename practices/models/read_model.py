"""The public read model: what the site derives from published practices to list, search and
count them fast.

Every table here is written by one module, practices/search/indexer.py, and read by the
search, facet and overview modules beside it: the search documents, the places each practice
covers (with every unit above them), the facet keys and their counts by period (PostgreSQL),
the overview of each audience, and the revision number that keys every public cache.
"""

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from practices.models.practice import Practice
from practices.models.reference import AdminUnit

MAX_WORD_LENGTH = 60


class PracticeSearch(models.Model):
    """The search document of a published practice, rebuilt on every change (see the indexer).

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


class SearchWord(models.Model):
    """A word found in the indexed text (segmented, normalised, folded), for suggesting the
    nearest indexed words to a misspelt query. Words are added as practices are indexed and
    only dropped when everything is reindexed; a suggestion is offered only once its search
    finds practices the reader may see, so a stale or unseen word is never offered.
    """

    word = models.CharField(max_length=MAX_WORD_LENGTH, primary_key=True)

    class Meta:
        verbose_name = _("indexed word")
        verbose_name_plural = _("indexed words")

    def __str__(self):
        return self.word


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
    # When the number last rose: the API's Last-Modified.
    changed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return str(self.number)

    @classmethod
    def current(cls):
        return cls.objects.values_list("number", flat=True).first() or 0

    @classmethod
    def bump(cls):
        """Raise the number (practices/search/indexer.py calls this, and rebuilds what follows)."""
        now = timezone.now()
        if not cls.objects.filter(pk=1).update(number=F("number") + 1, changed_at=now):
            cls.objects.get_or_create(pk=1, defaults={"number": 1, "changed_at": now})

    @classmethod
    def state(cls):
        """(number, changed_at) of the public revision; (0, None) before the first change."""
        return cls.objects.values_list("number", "changed_at").first() or (0, None)


class AudienceOverview(models.Model):
    """What one audience may see, summed up as of one public revision: the home page's figures
    and the options of the unfiltered browse page with their counts.

    Built when a change is committed (see practices/search/overview.py), so that the first
    reader after a publication does not pay for counting every practice and its links.
    """

    audience = models.CharField(max_length=16, unique=True)
    revision = models.PositiveBigIntegerField()
    content = models.JSONField()
    built_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("audience overview")
        verbose_name_plural = _("audience overviews")

    def __str__(self):
        return f"{self.audience} @ {self.revision}"


class FacetKeys(models.Model):
    """PostgreSQL only: the browse filters' values of a published practice, as one array of
    "filter:value" keys (see practices/search/facets.py), GIN-indexed, so that the practices
    holding a set of values are found in the index and their options counted by unnesting a
    few thousand short arrays. Created by migrations 0010 and 0013, hence not managed here;
    no foreign key, so that emptying the tables stays one TRUNCATE."""

    practice = models.OneToOneField(
        Practice,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        primary_key=True,
        related_name="+",
    )
    visibility = models.CharField(max_length=16)
    keys = ArrayField(models.TextField())
    start_year = models.IntegerField(null=True)
    end_year = models.IntegerField(null=True)

    class Meta:
        managed = False
        db_table = "practices_facetkeys"

    def __str__(self):
        return str(self.practice_id)


class FacetYears(models.Model):
    """PostgreSQL only: how many published practices of a visibility and period hold each
    facet key ("*" counts the practices), kept exact by triggers on FacetKeys (migration 0014).
    An unknown first year and an ongoing period are stored as UNKNOWN_YEAR."""

    UNKNOWN_YEAR = 9999

    pk = models.CompositePrimaryKey("visibility", "start_year", "end_year", "key")
    visibility = models.CharField(max_length=16)
    start_year = models.IntegerField()
    end_year = models.IntegerField()
    key = models.TextField()
    n = models.IntegerField()

    class Meta:
        managed = False
        db_table = "practices_facetyears"

    def __str__(self):
        return f"{self.key} {self.start_year}-{self.end_year}: {self.n}"
