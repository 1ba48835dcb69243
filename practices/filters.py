"""The browse page's filters and the count of results behind each option.

Values are checked by shape only (a slug, an official code, a known choice, a year), so that
validating costs no query; a malformed value is ignored, an unknown one finds nothing.
"""

import django_filters
from django.core.validators import RegexValidator
from django.db.models import Count, Exists, F, OuterRef, Q, Value
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from practices import search
from practices.models import Country, Practice, PracticePartner, PracticePlace

SLUG = RegexValidator(r"^[-a-zA-Z0-9_]{1,120}$")
PROVINCE_CODE = RegexValidator(r"^\d{2}$")
DISTRICT_CODE = RegexValidator(r"^\d{4}$")

SORTS = [
    ("relevance", pgettext_lazy("sort", "Relevance")),
    ("newest", pgettext_lazy("sort", "Newest")),
    ("title", pgettext_lazy("sort", "Title")),
]


class PracticeFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_q", max_length=search.MAX_QUERY_LENGTH
    )
    theme = django_filters.CharFilter(
        label=_("Thematic area"), method="filter_theme", validators=[SLUG]
    )
    province = django_filters.CharFilter(
        label=_("Province"), method="filter_place", validators=[PROVINCE_CODE]
    )
    district = django_filters.CharFilter(
        label=_("District"), method="filter_district", validators=[DISTRICT_CODE]
    )
    level = django_filters.ChoiceFilter(label=_("Level"), choices=Practice.Level.choices)
    partner = django_filters.CharFilter(
        label=_("Partner"), method="filter_partner", validators=[SLUG]
    )
    country = django_filters.ChoiceFilter(label=_("Country"), choices=Country.choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Practice.Status.choices)
    year_from = django_filters.NumberFilter(
        label=_("From year"), method="filter_year_from", min_value=1950, max_value=2100
    )
    year_to = django_filters.NumberFilter(
        label=_("To year"), method="filter_year_to", min_value=1950, max_value=2100
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORTS, method="order", empty_label=None
    )

    FACETS = ("theme", "province", "district", "level", "partner", "country", "status")

    class Meta:
        model = Practice
        fields = []

    def filter_q(self, queryset, name, value):
        return search.filter_matching(queryset, value)

    def filter_theme(self, queryset, name, value):
        through = Practice.themes.through.objects.filter(practice=OuterRef("pk"), theme__slug=value)
        return queryset.filter(Exists(through))

    def filter_place(self, queryset, name, value):
        places = PracticePlace.objects.filter(practice=OuterRef("pk"), unit__code=value)
        return queryset.filter(Exists(places))

    def filter_district(self, queryset, name, value):
        # A district outside the chosen province is left over from an earlier choice.
        province = self.form.cleaned_data.get("province")
        if province and not value.startswith(province):
            return queryset
        return self.filter_place(queryset, name, value)

    def filter_partner(self, queryset, name, value):
        roles = PracticePartner.objects.filter(practice=OuterRef("pk"), partner__slug=value)
        return queryset.filter(Exists(roles))

    def filter_year_from(self, queryset, name, value):
        # Periods that overlap the chosen years; an ongoing practice has no end.
        return queryset.filter(Q(end_date__isnull=True) | Q(end_date__year__gte=value))

    def filter_year_to(self, queryset, name, value):
        return queryset.filter(start_date__year__lte=value)

    def order(self, queryset, name, value):
        return queryset  # applied last, in `qs`, once every filter is in

    @property
    def sort_key(self):
        self.form.is_valid()
        sort = self.form.cleaned_data.get("sort")
        if sort in {"newest", "title"}:
            return sort
        return "relevance" if self.query else "newest"

    @property
    def query(self):
        self.form.is_valid()
        return self.form.cleaned_data.get("q") or ""

    @property
    def qs(self):
        if not hasattr(self, "_ordered"):
            self._ordered = self._order(super().qs)
        return self._ordered

    def _order(self, queryset):
        if self.sort_key == "title":
            lang = "en" if get_language() == "en" else "km"
            return queryset.order_by(f"title_{lang}", "pk")
        if self.sort_key == "relevance":
            return search.order_by_relevance(queryset, self.query)
        return queryset.order_by("-published_at", "-pk")

    def queryset_without(self, facet):
        """The results as if `facet` were not chosen: what each of its options would give."""
        self.form.is_valid()
        queryset = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            skip = name == facet or (facet == "province" and name == "district")
            if value not in (None, "") and not skip and name != "sort":
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    @property
    def active(self):
        """(name, value) of every filter in force, for the list of choices to undo."""
        self.form.is_valid()
        return [
            (name, value)
            for name, value in self.form.cleaned_data.items()
            if value not in (None, "") and name not in {"sort", "q"}
        ]


def facet_counts(filterset):
    """{facet: [(key, label_km, label_en, count)]} in one query, for the options on offer."""
    province = filterset.form.cleaned_data.get("province")
    parts = [
        _facet(filterset.queryset_without(name), name, province)
        for name in PracticeFilter.FACETS
        if name != "district" or province
    ]
    result = {name: [] for name in PracticeFilter.FACETS}
    for row in parts[0].union(*parts[1:], all=True).order_by():
        result[row["facet"]].append((row["key"], row["label_km"], row["label_en"], row["n"]))
    return result


def _facet(queryset, name, province):
    queryset = queryset.order_by()
    blank = Value("")
    if name == "theme":
        labels = {"key": F("themes__slug"), "km": F("themes__name_km"), "en": F("themes__name_en")}
    elif name == "partner":
        labels = {
            "key": F("partner_roles__partner__slug"),
            "km": F("partner_roles__partner__name_km"),
            "en": F("partner_roles__partner__name_en"),
        }
    elif name in {"province", "district"}:
        # One filter() call, so that the annotations below read the same join.
        within = {"places__unit__code__startswith": province} if name == "district" else {}
        queryset = queryset.filter(places__level=1 if name == "province" else 2, **within)
        labels = {
            "key": F("places__unit__code"),
            "km": F("places__unit__name_km"),
            "en": F("places__unit__name_en"),
        }
    else:
        labels = {"key": F(name), "km": blank, "en": blank}
    return (
        queryset.annotate(
            facet=Value(name), key=labels["key"], label_km=labels["km"], label_en=labels["en"]
        )
        .filter(key__isnull=False)
        .values("facet", "key", "label_km", "label_en")
        # Each join row is one practice, except a partner named in two roles.
        .annotate(n=Count("pk", distinct=name == "partner"))
    )
