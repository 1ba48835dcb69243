"""Curation records around a practice: rounds, criteria, scores, assignments, stage history.

None of these change a practice's stage; practices/curation/workflow.py does, and writes a
StageChange.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from practices.models.practice import Practice, Stage, Theme
from practices.models.staged import (
    AssignmentBase,
    StageChangeBase,
    person_column,
    role_column,
    stage_columns,
)


class MappingRound(models.Model):
    """A call for candidates, e.g. "2027 call on waste management"."""

    name = models.CharField(_("name"), max_length=200)
    starts_on = models.DateField(_("opens"), null=True, blank=True)
    ends_on = models.DateField(_("closes"), null=True, blank=True)
    themes = models.ManyToManyField(
        Theme, verbose_name=_("thematic focus"), blank=True, related_name="mapping_rounds"
    )
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("mapping round")
        verbose_name_plural = _("mapping rounds")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=models.F("starts_on")),
                name="mappinground_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("A round cannot close before it opens.")})


class Criterion(models.Model):
    """A screening criterion; its name and guidance have a Khmer and an English column."""

    name = models.CharField(_("name"), max_length=150)
    guidance = models.TextField(_("guidance for screeners"), blank=True)
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Relative weight; weights need not add up to 100."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("screening criterion")
        verbose_name_plural = _("screening criteria")
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(weight__gte=1), name="criterion_weight_positive"),
        ]

    def __str__(self):
        return self.name


class EligibilityCheck(models.Model):
    """The three gates a candidate must pass before it can be selected."""

    practice = models.OneToOneField(Practice, on_delete=models.CASCADE, related_name="eligibility")
    is_implemented = models.BooleanField(_("implemented, not only planned"), null=True, blank=True)
    has_run_a_year = models.BooleanField(_("running for at least a year"), null=True, blank=True)
    results_verifiable = models.BooleanField(_("results can be verified"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("checked by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    checked_at = models.DateTimeField(_("checked"), auto_now=True)

    class Meta:
        verbose_name = _("eligibility check")
        verbose_name_plural = _("eligibility checks")

    def __str__(self):
        return str(_("Eligibility of %(practice)s") % {"practice": self.practice})

    @property
    def passed(self):
        return bool(self.is_implemented and self.has_run_a_year and self.results_verifiable)


class Assignment(AssignmentBase):
    class Role(models.TextChoices):
        SCREENER = "screener", _("Screener")
        DOCUMENTER = "documenter", _("Documenter")

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="assignments")
    user = person_column(related_name="practice_assignments")
    role = role_column(Role)

    class Meta(AssignmentBase.Meta):
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "user", "role"], name="assignment_unique_role"
            ),
        ]


class Scoring(models.Model):
    """One screener's scores for one candidate; others see it once they submitted their own."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="scorings")
    screener = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("screener"),
        on_delete=models.PROTECT,
        related_name="scorings",
    )
    comment = models.TextField(_("overall comment"), blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("scoring")
        verbose_name_plural = _("scorings")
        ordering = ["submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "screener"], name="scoring_one_per_screener"
            ),
        ]

    def __str__(self):
        return str(
            _("%(screener)s on %(practice)s")
            % {
                "screener": self.screener,
                "practice": self.practice,
            }
        )


class Score(models.Model):
    scoring = models.ForeignKey(Scoring, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(
        Criterion, verbose_name=_("criterion"), on_delete=models.PROTECT, related_name="scores"
    )
    value = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(
                fields=["scoring", "criterion"], name="score_one_per_criterion"
            ),
            models.CheckConstraint(
                condition=Q(value__gte=1, value__lte=5), name="score_value_1_to_5"
            ),
        ]

    def __str__(self):
        return f"{self.criterion}: {self.value}"


class StageChange(StageChangeBase):
    """One step of a practice's curation: from, to, who, when and why. Never edited."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage, to_stage = stage_columns(Stage, help_text=_("Empty: created."))

    class Meta(StageChangeBase.Meta):
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")
        get_latest_by = ["at", "pk"]
