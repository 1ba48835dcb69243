"""Replications: a council or organisation taking up one or more documented practices.

A replication links source practices to an adopter (a Cambodian unit, or a place abroad), is
moved through its stages only by practices/exchange/workflow.py, and keeps a transfer plan,
a logbook of dated entries by the people assigned to it, its results and, once documented in
turn, the practice that came out of it (so that an adopter becomes a source).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from practices import uploads
from practices.models.enquiries import Enquiry
from practices.models.practice import Practice, Visibility
from practices.models.reference import AtHomeOrAbroad, Country, Partner
from practices.models.staged import (
    AssignmentBase,
    PartnerRoleBase,
    StageChangeBase,
    partner_column,
    person_column,
    role_column,
    stage_columns,
)


class ReplicationStage(models.TextChoices):
    INTERESTED = "interested", pgettext_lazy("replication stage", "Interested")
    AGREED = "agreed", pgettext_lazy("replication stage", "Agreed")
    PLANNING = "planning", pgettext_lazy("replication stage", "Planning")
    IMPLEMENTING = "implementing", pgettext_lazy("replication stage", "Implementing")
    COMPLETED = "completed", pgettext_lazy("replication stage", "Completed")
    PAUSED = "paused", pgettext_lazy("replication stage", "Paused")
    ABANDONED = "abandoned", pgettext_lazy("replication stage", "Abandoned")


# The stages in which work goes on: paused and abandoned are reached from these.
ACTIVE_STAGES = (
    ReplicationStage.INTERESTED,
    ReplicationStage.AGREED,
    ReplicationStage.PLANNING,
    ReplicationStage.IMPLEMENTING,
)

# The transfer plan, in the order a reader meets it; each a Khmer and an English column.
PLAN_FIELDS = (
    "plan_taken_over",
    "plan_adapted",
    "plan_activities",
    "plan_resources",
    "plan_responsible",
    "plan_indicators",
)
RESULT_FIELDS = ("outcome", "lessons")
REPLICATION_TEXT_FIELDS = ("title", "adopter_name", "place_name", *PLAN_FIELDS, *RESULT_FIELDS)


class Replication(AtHomeOrAbroad):
    title = models.CharField(
        _("title"), max_length=250, blank=True, help_text=_("E.g. “Eco-Savers in Kampot”.")
    )
    sources = models.ManyToManyField(
        Practice,
        verbose_name=_("source practices"),
        related_name="replications",
        help_text=_("The practices taken up; a council often combines several."),
    )

    # The adopter: a Cambodian unit, or a place abroad with its country (AtHomeOrAbroad).
    adopter_name = models.CharField(
        _("adopting council or organisation"), max_length=200, blank=True
    )
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact = models.CharField(_("e-mail or telephone"), max_length=200, blank=True)
    partners = models.ManyToManyField(
        Partner,
        through="ReplicationPartner",
        verbose_name=_("supporting partners"),
        blank=True,
        related_name="replications",
    )

    # The transfer plan.
    plan_taken_over = models.TextField(_("what is taken over"), blank=True)
    plan_adapted = models.TextField(_("what is adapted, and why"), blank=True)
    plan_activities = models.TextField(_("activities and timeline"), blank=True)
    plan_resources = models.TextField(_("resources and cost"), blank=True)
    plan_responsible = models.TextField(_("responsible people"), blank=True)
    plan_indicators = models.TextField(_("indicators of success"), blank=True)

    # Results, and the practice documented from them.
    outcome = models.TextField(_("outcome"), blank=True)
    lessons = models.TextField(_("lessons learned"), blank=True)
    resulting_practice = models.OneToOneField(
        Practice,
        verbose_name=_("resulting practice"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="origin",
        help_text=_("The practice documented from this replication: the adopter as a source."),
    )

    # Curation.
    stage = models.CharField(
        _("stage"),
        max_length=15,
        choices=ReplicationStage.choices,
        default=ReplicationStage.INTERESTED,
        editable=False,
        db_index=True,
    )
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.INTERNAL
    )
    enquiry = models.ForeignKey(
        Enquiry,
        verbose_name=_("from the enquiry"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="replications",
    )
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Never shown outside the admin.")
    )
    is_sample = models.BooleanField(_("sample data"), default=False, editable=False)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    class Meta:
        verbose_name = _("replication")
        verbose_name_plural = _("replications")
        ordering = ["-created_at", "-pk"]
        permissions = [
            ("move_replication", _("Can move replications between stages")),
            ("assign_replication", _("Can assign coaches and documenters to replications")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(country=Country.CAMBODIA) | Q(unit__isnull=True),
                name="replication_unit_only_in_cambodia",
            ),
        ]

    def __str__(self):
        return self.title or self.adopter_name or _("Replication #%(id)s") % {"id": self.pk}

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("practices:replication", args=[self.slug])

    def clean(self):
        if not (self.adopter_name_km or self.adopter_name_en):
            raise ValidationError(
                {"adopter_name_km": _("Name the adopting council or organisation.")}
            )
        if self.country != Country.CAMBODIA and self.unit_id:
            raise ValidationError({"unit": _("A unit of Cambodia is only for an adopter there.")})
        if self.country != Country.CAMBODIA and not (self.place_name_km or self.place_name_en):
            raise ValidationError(
                {"place_name_en": _("Name the place abroad for an adopter outside Cambodia.")}
            )

    def _unique_slug(self):
        base = slugify(self.title_en or self.adopter_name_en or "")[:100] or "replication"
        slug, n = base, 2
        while Replication.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug

    def missing_plan(self, language=None):
        """The plan's sections still empty (in one language, or in either), as field names."""
        languages = [language] if language else ["km", "en"]
        return [
            field
            for field in PLAN_FIELDS
            if not any((getattr(self, f"{field}_{lang}") or "").strip() for lang in languages)
        ]

    @property
    def has_plan(self):
        """A plan says at least what is taken over and the activities, in one language."""
        return not {"plan_taken_over", "plan_activities"} & set(self.missing_plan())


class ReplicationPartner(PartnerRoleBase):
    class Role(models.TextChoices):
        COACH = "coach", _("Coach")
        FUNDER = "funder", _("Funder")
        HOST = "host", _("Host of a study visit")
        TECHNICAL = "technical", _("Technical support")
        OTHER = "other", _("Other support")

    replication = models.ForeignKey(
        Replication, on_delete=models.CASCADE, related_name="partner_roles"
    )
    partner = partner_column(related_name="replication_roles")
    role = role_column(Role)

    class Meta(PartnerRoleBase.Meta):
        verbose_name = _("supporting partner")
        verbose_name_plural = _("supporting partners and their roles")
        constraints = [
            models.UniqueConstraint(
                fields=["replication", "partner", "role"], name="replicationpartner_unique_role"
            ),
        ]


class ReplicationStageChange(StageChangeBase):
    """One step of a replication: from, to, who, when and why. Never edited."""

    replication = models.ForeignKey(
        Replication, on_delete=models.CASCADE, related_name="stage_changes"
    )
    from_stage, to_stage = stage_columns(ReplicationStage)

    class Meta(StageChangeBase.Meta):
        verbose_name = _("replication stage change")
        verbose_name_plural = _("replication stage changes")


class ReplicationAssignment(AssignmentBase):
    """A coach or documenter who writes the replication's logbook; the coordinator assigns."""

    class Role(models.TextChoices):
        COACH = "coach", _("Coach")
        DOCUMENTER = "documenter", _("Documenter")

    replication = models.ForeignKey(
        Replication, on_delete=models.CASCADE, related_name="assignments"
    )
    user = person_column(related_name="replication_assignments")
    role = role_column(Role)

    class Meta(AssignmentBase.Meta):
        verbose_name = _("replication assignment")
        verbose_name_plural = _("replication assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["replication", "user", "role"], name="replicationassignment_unique_role"
            ),
        ]


class LogbookEntry(models.Model):
    """A dated note on a replication's progress, written by a person assigned to it."""

    class Status(models.TextChoices):
        ON_TRACK = "on_track", _("On track")
        DELAYED = "delayed", _("Delayed")
        AT_RISK = "at_risk", _("At risk")

    replication = models.ForeignKey(Replication, on_delete=models.CASCADE, related_name="logbook")
    date = models.DateField(_("date"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    progress = models.TextField(_("progress"))
    obstacles = models.TextField(_("obstacles"), blank=True)
    next_steps = models.TextField(_("next steps"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ON_TRACK
    )
    is_internal = models.BooleanField(
        _("internal"), default=False, help_text=_("Internal entries are never shown publicly.")
    )
    photo = models.ImageField(_("photo"), upload_to=uploads.upload_path("logbook"), blank=True)
    document = models.FileField(_("document"), upload_to=uploads.upload_path("logbook"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("logbook entry")
        verbose_name_plural = _("logbook entries")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.date} — {self.get_status_display()}"
