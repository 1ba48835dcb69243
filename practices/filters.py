"""The browse page's filters and the count of results behind each option.

Values are checked by shape only (a slug, an official code, a known choice, a year), so that
validating costs no query; a malformed value is ignored, an unknown one finds nothing.
"""

import django_filters
from django.core.validators import RegexValidator
from django.db.models import BooleanField, ExpressionWrapper, F, Q
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from practices.models import Country, Practice, PracticePartner, PracticePlace
from practices.search import facets
from practices.search.engine import current as engine
from practices.search.queries import filter_matching
from practices.search.text import MAX_QUERY_LENGTH

SLUG = RegexValidator(r"^[-a-zA-Z0-9_]{1,120}$")
PROVINCE_CODE = RegexValidator(r"^\d{2}$")
DISTRICT_CODE = RegexValidator(r"^\d{4}$")

SORTS = [
    ("relevance", pgettext_lazy("sort", "Relevance")),
    ("newest", pgettext_lazy("sort", "Newest")),
    ("title", pgettext_lazy("sort", "Title")),
]


class PracticeFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Search"), method="filter_q", max_length=MAX_QUERY_LENGTH)
    theme = django_filters.CharFilter(
        label=_("Thematic area"), method="filter_facet", validators=[SLUG]
    )
    province = django_filters.CharFilter(
        label=pgettext_lazy("filter", "Province"), method="filter_facet", validators=[PROVINCE_CODE]
    )
    district = django_filters.CharFilter(
        label=pgettext_lazy("filter", "District"), method="filter_facet", validators=[DISTRICT_CODE]
    )
    level = django_filters.ChoiceFilter(label=_("Level"), choices=Practice.Level.choices)
    partner = django_filters.CharFilter(
        label=_("Partner"), method="filter_facet", validators=[SLUG]
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

    FACETS = facets.FACETS

    class Meta:
        model = Practice
        fields = []

    # The visibilities of the reader's audience, set by the page; with them, an engine that
    # keeps facet keys counts the options of filtered pages from them (see facets.counts).
    visibilities = ()

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        keys = list(self.chosen_keys().values()) if self._keyed() else []
        if keys:
            queryset = engine().filter_by_keys(queryset, keys)
        return queryset

    def chosen_keys(self):
        """{facet: "facet:value"} of the facet filters in force, as the keys table holds them."""
        self.form.is_valid()
        chosen = {}
        for name in self.FACETS:
            value = self.form.cleaned_data.get(name)
            if value in (None, "") or (name == "district" and self._stray_district(value)):
                continue
            chosen[name] = facets.key(name, value)
        return chosen

    def _stray_district(self, value):
        # A district outside the chosen province is left over from an earlier choice.
        province = self.form.cleaned_data.get("province")
        return bool(province) and not value.startswith(province)

    def _keyed(self):
        return engine().KEEPS_FACET_KEYS

    def filter_q(self, queryset, name, value):
        return filter_matching(queryset, value)

    def filter_facet(self, queryset, name, value):
        # With facet keys, every facet is applied at once, in filter_queryset. Without them,
        # testing pk + 0 keeps SQLite from fetching each practice of an option by its id: it
        # reads the covering listing index newest first, and stops at the page.
        if self._keyed():
            return queryset
        condition = self.condition(name, value, pk="listed_pk")
        if condition is None:
            return queryset
        if "listed_pk" not in queryset.query.annotations:
            queryset = queryset.alias(listed_pk=F("pk") + 0)
        return queryset.filter(condition)

    def condition(self, name, value, pk="pk"):
        """The facet filter `name` = `value` as a condition on a practice (its `pk`)."""
        # An IN list is read once; a correlated EXISTS runs once per practice when it is a flag.
        if name == "theme":
            through = Practice.themes.through.objects
            return Q(**{f"{pk}__in": through.filter(theme__slug=value).values("practice_id")})
        if name == "district" and self._stray_district(value):
            return None
        if name in {"province", "district"}:
            places = PracticePlace.objects.filter(unit__code=value)
            return Q(**{f"{pk}__in": places.values("practice_id")})
        if name == "partner":
            roles = PracticePartner.objects.filter(partner__slug=value)
            return Q(**{f"{pk}__in": roles.values("practice_id")})
        return Q(**{name: value})

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

    @property
    def unordered_qs(self):
        return super().qs

    def title_order(self):
        return ("title_en" if get_language() == "en" else "title_km", "pk")

    def _order(self, queryset):
        if self.sort_key == "title":
            return queryset.order_by(*self.title_order())
        # Relevance is ranked by queries.ranked_ids, which the browse page lists a search by.
        return queryset.order_by("-published_at", "-pk")

    def selection(self):
        """The filters in force, as counting their options needs them (facets.Selection): the
        results before any facet filter, and a flag per facet filter."""
        self.form.is_valid()
        data = self.form.cleaned_data
        queryset, flags = self.queryset.all(), {}
        for name, value in data.items():
            if value in (None, "") or name == "sort":
                continue
            if name not in self.FACETS:
                queryset = self.filters[name].filter(queryset, value)
            elif (condition := self.condition(name, value)) is not None:
                flags[f"ok_{name}"] = ExpressionWrapper(condition, output_field=BooleanField())
        years = {n: data[n] for n in ("year_from", "year_to") if data.get(n) is not None}
        return facets.Selection(
            base=queryset,
            flags=flags,
            chosen=self.chosen_keys(),
            province=data.get("province") or "",
            years=years,
            searching=bool(data.get("q")),
            visibilities=tuple(self.visibilities),
        )

    def option_counts(self, bound=None, audience_counts=None):
        """{facet: [(value, label_km, label_en, count)]}, "total" and, for a search, "seen"
        (see facets.counts)."""
        return facets.counts(self.selection(), bound, audience_counts)

    @property
    def active(self):
        """(name, value) of every filter in force, for the list of choices to undo."""
        self.form.is_valid()
        return [
            (name, value)
            for name, value in self.form.cleaned_data.items()
            if value not in (None, "") and name not in {"sort", "q"}
        ]
