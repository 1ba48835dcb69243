"""The reference data practices point to: countries, Cambodia's administrative units,
thematic areas and partner organisations."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

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
    # Official English names are transliterations that partners take for typos ("Siemreap",
    # "Ratanak Kiri"): the spellings in use sit beside them, for search, filters and imports.
    common_name = models.CharField(
        _("name in common use"),
        max_length=120,
        blank=True,
        help_text=_(
            "The English spelling people usually write, when it differs from the official "
            "name, e.g. “Siem Reap”. English pages show it beside the official name."
        ),
    )
    other_names = models.CharField(
        _("other spellings"),
        max_length=300,
        blank=True,
        help_text=_(
            "Further English spellings search and the spreadsheet import recognise, separated "
            "by “;”. They are not shown."
        ),
    )
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
    def display_name(self):
        """The name in the current language; in English the common spelling beside the
        official one, "Siemreap (Siem Reap)"."""
        return shown_name(self.name_km, self.name_en, self.common_name)

    @property
    def label(self):
        """Name and kind in the current language; a province or the capital by its name alone."""
        if self.level == self.Level.PROVINCE:
            return self.display_name
        words = {"name": self.name, "kind": self.get_kind_display().lower()}
        named = pgettext("place: name and kind", "%(name)s %(kind)s") % words
        common = self.common_name if _in_english(self.name_km, self.name_en) else ""
        return f"{named} ({common})" if common and common != self.name_en else named

    def spellings(self):
        """Every English spelling but the official one: the common name, then the others."""
        return spellings(self.common_name, self.other_names)

    def ancestors(self):
        """This unit's province and district, top first, without queries past the parents."""
        chain, unit = [], self.parent
        while unit is not None:
            chain.insert(0, unit)
            unit = unit.parent
        return chain


def spellings(common_name, other_names):
    names = [common_name, *(other_names or "").split(";")]
    return [n.strip() for n in names if n and n.strip()]


def _in_english(name_km, name_en):
    # A unit is named in English on English pages, and on Khmer pages if it has no Khmer name.
    return bool(name_en) and (get_language() == "en" or not name_km)


def shown_name(name_km, name_en, common_name=""):
    """A unit's name as pages show it: in the current language (the other if it is missing),
    an English name followed by the spelling in common use, "Siemreap (Siem Reap)"."""
    if not _in_english(name_km, name_en):
        return name_km or ""
    return english_name(name_en, common_name)


def english_name(name_en, common_name=""):
    """The official English name and, if it differs, the spelling in common use beside it."""
    if common_name and common_name != name_en:
        return f"{name_en} ({common_name})"
    return name_en or ""


def english_label_sql(alias):
    """SQL for the English name of the unit `alias` as shown_name gives it (both engines)."""
    return (
        f"CASE WHEN {alias}.common_name <> '' AND {alias}.common_name <> {alias}.name_en "
        f"THEN {alias}.name_en || ' (' || {alias}.common_name || ')' ELSE {alias}.name_en END"
    )


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
