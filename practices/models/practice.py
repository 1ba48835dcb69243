"""The practice record: its stages, visibility, sections and partners.

Translated text fields (title, summary, ...) are declared once here and given a Khmer and an
English column by django-modeltranslation (see practices/translation.py): `title_km`,
`title_en`.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from practices.models.reference import AdminUnit, Country, Partner, Theme
from practices.models.staged import PartnerRoleBase, partner_column, role_column


class Stage(models.TextChoices):
    MAPPED = "mapped", pgettext_lazy("stage", "Mapped")
    SCREENING = "screening", pgettext_lazy("stage", "Screening")
    SELECTED = "selected", pgettext_lazy("stage", "Selected")
    PROMISING = "promising", pgettext_lazy("stage", "Promising")
    NOT_SELECTED = "not_selected", pgettext_lazy("stage", "Not selected")
    DOCUMENTING = "documenting", pgettext_lazy("stage", "Documenting")
    IN_REVIEW = "in_review", pgettext_lazy("stage", "In review")
    PUBLISHED = "published", pgettext_lazy("stage", "Published")
    ARCHIVED = "archived", pgettext_lazy("stage", "Archived")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    NETWORK = "network", _("DELGOSEA network")
    INTERNAL = "internal", _("Internal")


class Source(models.TextChoices):
    """Where a candidate practice was found."""

    FIELD_VISIT = "field_visit", _("Field visit")
    QUESTIONNAIRE = "questionnaire", _("Questionnaire to councils")
    PROVINCIAL_ASSOCIATION = "provincial_association", _("Provincial association")
    CSO_PARTNER = "cso_partner", _("Civil-society partner")
    SELF_NOMINATION = "self_nomination", _("Self-nomination by a council")
    DELGOSEA_PARTNER = "delgosea_partner", _("DELGOSEA partner")
    OTHER = "other", _("Other")


# The sections of a case study, in the order a reader meets them; each is a translated text
# field of Practice. The admin, the completeness checklist and the search index follow it.
CASE_STUDY_FIELDS = (
    "context",
    "objectives",
    "activities",
    "results",
    "evidence",
    "beneficiaries_description",
    "resources",
    "enabling_factors",
    "obstacles",
    "sustainability",
    "transferability",
    "lessons",
    "gender_inclusion",
    "case_study",
)

# Every text field with a Khmer and an English column (see practices/translation.py).
PRACTICE_TEXT_FIELDS = ("title", "summary", *CASE_STUDY_FIELDS, "place_name")
# The contact person, also in both languages: a Cambodian name is written in Khmer on Khmer
# pages and romanised on English ones; a position and an organisation are translated.
CONTACT_TEXT_FIELDS = ("contact_name", "contact_role", "contact_organisation")

# Where a candidate came from: asked in the quick admin entry and in the import spreadsheet.
MAPPING_FIELDS = ("source", "proposed_by", "proposer_contact", "mapping_round")

# The coordinator's decisions about a practice, not its content: read only for everyone else,
# and never restored by reverting a revision.
CURATION_FIELDS = ("visibility", "is_featured", "internal_notes", "slug", *MAPPING_FIELDS)


class Practice(models.Model):
    class Level(models.TextChoices):
        COMMUNE = "commune", _("Commune or sangkat")
        DISTRICT = "district", _("Municipality, district or khan")
        PROVINCE = "province", _("Capital or province")
        NATIONAL = "national", _("National")
        REGIONAL = "regional", _("Regional (ASEAN)")

    class Status(models.TextChoices):
        ONGOING = "ongoing", _("Ongoing")
        ENDED = "ended", _("Ended")
        DORMANT = "dormant", _("Dormant")

    class Currency(models.TextChoices):
        KHR = "KHR", _("Cambodian riel (KHR)")
        USD = "USD", _("US dollar (USD)")

    # The write-up; each has a Khmer and an English column.
    title = models.CharField(_("title"), max_length=250, blank=True)
    summary = models.TextField(
        _("short summary"), blank=True, help_text=_("About 250 words: what, where, results.")
    )
    case_study = models.TextField(_("full case study"), blank=True)
    context = models.TextField(_("context and problem before"), blank=True)
    objectives = models.TextField(_("objectives"), blank=True)
    activities = models.TextField(_("what was done"), blank=True)
    results = models.TextField(_("results and impact"), blank=True)
    evidence = models.TextField(_("evidence of results"), blank=True)
    beneficiaries_description = models.TextField(_("beneficiaries"), blank=True)
    resources = models.TextField(_("resources and cost"), blank=True)
    enabling_factors = models.TextField(_("enabling factors"), blank=True)
    obstacles = models.TextField(_("obstacles"), blank=True)
    sustainability = models.TextField(_("sustainability"), blank=True)
    transferability = models.TextField(
        _("transferability"),
        blank=True,
        help_text=_("What another council needs to repeat this practice."),
    )
    lessons = models.TextField(_("lessons learned"), blank=True)
    gender_inclusion = models.TextField(_("gender and inclusion"), blank=True)
    place_name = models.CharField(
        _("place abroad"),
        max_length=200,
        blank=True,
        help_text=_("For a practice outside Cambodia: the city or province."),
    )

    # Where and what.
    level = models.CharField(
        _("level"), max_length=10, choices=Level.choices, default=Level.COMMUNE
    )
    country = models.CharField(
        _("country"), max_length=2, choices=Country.choices, default=Country.CAMBODIA
    )
    units = models.ManyToManyField(
        AdminUnit, verbose_name=_("administrative units"), blank=True, related_name="practices"
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("thematic areas"), blank=True, related_name="practices"
    )
    partners = models.ManyToManyField(
        Partner,
        through="PracticePartner",
        verbose_name=_("partners"),
        blank=True,
        related_name="practices",
    )

    # When, for whom, at what cost.
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ONGOING
    )
    beneficiaries_total = models.PositiveIntegerField(
        _("beneficiaries (total)"), null=True, blank=True
    )
    beneficiaries_women = models.PositiveIntegerField(
        _("beneficiaries (women)"), null=True, blank=True
    )
    cost_amount = models.DecimalField(
        _("cost"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    cost_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.USD
    )

    # Who to ask.
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_role = models.CharField(_("contact's position"), max_length=150, blank=True)
    contact_organisation = models.CharField(
        _("contact's council or organisation"), max_length=200, blank=True
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)
    contact_is_public = models.BooleanField(
        _("show contact publicly"),
        default=False,
        help_text=_("Only with the contact person's consent."),
    )

    # Mapping: where the candidate came from.
    source = models.CharField(_("source"), max_length=25, choices=Source.choices, blank=True)
    proposed_by = models.CharField(
        _("proposed by"), max_length=200, blank=True, help_text=_("Person and organisation.")
    )
    proposer_contact = models.CharField(_("how to reach the proposer"), max_length=200, blank=True)
    is_public_nomination = models.BooleanField(
        _("public nomination"), default=False, editable=False
    )
    mapping_round = models.ForeignKey(
        "practices.MappingRound",
        verbose_name=_("mapping round"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="practices",
    )

    # Curation.
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.INTERNAL
    )
    stage = models.CharField(
        _("stage"),
        max_length=15,
        choices=Stage.choices,
        default=Stage.MAPPED,
        editable=False,
        db_index=True,
    )
    is_featured = models.BooleanField(_("featured on the home page"), default=False)
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        editable=False,
        help_text=_("Written for demonstration; not a real practice."),
    )
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Never shown outside the admin.")
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    published_at = models.DateTimeField(_("first published"), null=True, blank=True, editable=False)
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
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    # Raised on every save; an edit made from an older version is refused (optimistic lock).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        ordering = ["-published_at", "-created_at"]
        permissions = [
            ("move_practice", _("Can move practices between curation stages")),
            ("assign_practice", _("Can assign screeners and documenters")),
            ("screen_practice", _("Can score assigned candidates")),
            ("decide_screening", _("Can decide screening outcomes")),
            ("document_practice", _("Can write up assigned practices")),
            ("publish_practice", _("Can review, publish and unpublish practices")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(beneficiaries_women__isnull=True)
                | Q(beneficiaries_total__isnull=True)
                | Q(beneficiaries_women__lte=F("beneficiaries_total")),
                name="practice_women_within_total",
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="practice_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.title or _("Practice #%(id)s") % {"id": self.pk}

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("practices:detail", args=[self.slug])

    def clean(self):
        errors = {}
        if not (self.title_km or self.title_en):
            errors["title_km"] = _("Give the title in Khmer or in English.")
        women, total = self.beneficiaries_women, self.beneficiaries_total
        if women is not None and total is not None and women > total:
            errors["beneficiaries_women"] = _(
                "Women beneficiaries (%(women)s) cannot exceed the total (%(total)s)."
            ) % {"women": women, "total": total}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the start date.")
        if self.country != Country.CAMBODIA and not (self.place_name_km or self.place_name_en):
            errors["place_name_en"] = _("Name the place abroad for a practice outside Cambodia.")
        if errors:
            raise ValidationError(errors)

    def _unique_slug(self):
        # Khmer titles slugify to nothing; the English title or a neutral stem stands in.
        base = slugify(self.title_en or "")[:100] or "practice"
        slug, n = base, 2
        while Practice.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug

    @property
    def women_share(self):
        """Share of women among beneficiaries, in per cent, or None when unknown."""
        if not self.beneficiaries_total or self.beneficiaries_women is None:
            return None
        return round(100 * self.beneficiaries_women / self.beneficiaries_total)


class PracticePartner(PartnerRoleBase):
    class Role(models.TextChoices):
        IMPLEMENTER = "implementer", _("Implementer")
        FUNDER = "funder", _("Funder")
        TECHNICAL = "technical", _("Technical support")
        DOCUMENTER = "documenter", _("Documenter")
        OTHER = "other", _("Other support")

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="partner_roles")
    partner = partner_column(related_name="practice_roles")
    role = role_column(Role)

    class Meta(PartnerRoleBase.Meta):
        verbose_name = _("partner role")
        verbose_name_plural = _("partners and their roles")
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "partner", "role"], name="practicepartner_unique_role"
            ),
        ]
