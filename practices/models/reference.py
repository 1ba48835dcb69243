"""The reference data practices point to: countries, Cambodia's administrative units,
thematic areas and partner organisations."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy

from practices import uploads


class Country(models.TextChoices):
    CAMBODIA = "KH", _("Cambodia")
    INDONESIA = "ID", _("Indonesia")
    PHILIPPINES = "PH", _("Philippines")
    THAILAND = "TH", _("Thailand")
    VIETNAM = "VN", _("Vietnam")
    LAOS = "LA", _("Laos")
    MALAYSIA = "MY", _("Malaysia")
    MYANMAR = "MM", _("Myanmar")
    SINGAPORE = "SG", _("Singapore")
    BRUNEI = "BN", _("Brunei")
    TIMOR_LESTE = "TL", _("Timor-Leste")
    GERMANY = "DE", _("Germany")
    CANADA = "CA", _("Canada")
    EUROPE = "EU", _("European Union")
    REGIONAL = "XR", _("Regional (several countries)")


class AdminUnitQuerySet(models.QuerySet):
    def provinces(self):
        return self.filter(level=AdminUnit.Level.PROVINCE)

    def districts(self):
        return self.filter(level=AdminUnit.Level.DISTRICT)

    def communes(self):
        return self.filter(level=AdminUnit.Level.COMMUNE)


class AdminUnit(models.Model):
    """A province, district or commune of Cambodia, from the official list."""

    class Level(models.IntegerChoices):
        PROVINCE = 1, _("Capital or province")
        DISTRICT = 2, _("Municipality, district or khan")
        COMMUNE = 3, _("Commune or sangkat")

    class Kind(models.TextChoices):
        CAPITAL = "capital", _("Capital")
        PROVINCE = "province", pgettext_lazy("unit kind", "Province")
        MUNICIPALITY = "municipality", _("Municipality")
        DISTRICT = "district", pgettext_lazy("unit kind", "District")
        KHAN = "khan", _("Khan")
        COMMUNE = "commune", _("Commune")
        SANGKAT = "sangkat", _("Sangkat")

    code = models.CharField(_("official code"), max_length=6, unique=True)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices, db_index=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=120)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )

    objects = AdminUnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(level=1, parent__isnull=True) | Q(level__gt=1, parent__isnull=False),
                name="adminunit_parent_matches_level",
            ),
        ]

    def __str__(self):
        """The unit, every unit above it and its code, e.g. "Kampong Tralach commune — Kampong
        Tralach district — Kampong Chhnang (040504)": the admin's place picker lists several
        units of one name. Select parent__parent with units whose names are shown in a list."""
        places = " — ".join(unit.label for unit in [self, *reversed(self.ancestors())])
        return f"{places} ({self.code})"

    def get_absolute_url(self):
        return reverse("practices:place", args=[self.code])

    @property
    def label(self):
        """Name and kind in the current language; a province or the capital by its name alone."""
        if self.level == self.Level.PROVINCE:
            return self.name
        words = {"name": self.name, "kind": self.get_kind_display().lower()}
        return pgettext("place: name and kind", "%(name)s %(kind)s") % words

    def ancestors(self):
        """This unit's province and district, top first, without queries past the parents."""
        chain, unit = [], self.parent
        while unit is not None:
            chain.insert(0, unit)
            unit = unit.parent
        return chain


class AtHomeOrAbroad(models.Model):
    """Where a replication's adopter is or an event takes place: a Cambodian unit, or a place
    abroad with its country (DELGOSEA exchanges cross borders)."""

    unit = models.ForeignKey(
        AdminUnit,
        verbose_name=_("administrative unit"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="%(class)ss",
    )
    country = models.CharField(
        _("country"), max_length=2, choices=Country.choices, default=Country.CAMBODIA
    )
    place_name = models.CharField(
        _("place abroad"),
        max_length=200,
        blank=True,
        help_text=_("Outside Cambodia: the city or province."),
    )

    class Meta:
        abstract = True

    @property
    def place_label(self):
        """The unit with the units above it, else the place abroad, else the country."""
        return self.unit.label if self.unit else self.place_name or self.get_country_display()


class Theme(models.Model):
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    slug = models.SlugField(_("slug"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_delgosea_area = models.BooleanField(
        _("DELGOSEA thematic area"),
        default=False,
        help_text=_("One of the four thematic areas of the DELGOSEA network."),
    )

    class Meta:
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")
        ordering = ["order", "slug"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("practices:theme", args=[self.slug])


class Partner(models.Model):
    class Kind(models.TextChoices):
        LG_ASSOCIATION = "lga", _("Local-government association")
        CSO = "cso", _("Civil-society organisation")
        DEVELOPMENT = "development", _("Development partner")
        GOVERNMENT = "government", _("Government body")
        ACADEMIC = "academic", _("Academic institution")

    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), unique=True)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(
        _("logo"),
        upload_to=uploads.upload_path("logos"),
        blank=True,
    )
    description = models.TextField(_("description"), blank=True)
    is_delgosea_member = models.BooleanField(_("DELGOSEA network member"), default=False)

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def get_absolute_url(self):
        return reverse("practices:partner", args=[self.slug])
