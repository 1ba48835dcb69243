"""The browse page's filters and the count of results behind each option.

Values are checked by shape only (a slug, an official code, a known choice, a year), so that
validating costs no query; a malformed value is ignored, an unknown one finds nothing.
"""

import django_filters
from django.core.validators import RegexValidator
from django.db import connection
from django.db.models import BooleanField, ExpressionWrapper, F, Q
from django.db.models.expressions import RawSQL
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
        label=_("Thematic area"), method="filter_facet", validators=[SLUG]
    )
    province = django_filters.CharFilter(
        label=_("Province"), method="filter_facet", validators=[PROVINCE_CODE]
    )
    district = django_filters.CharFilter(
        label=_("District"), method="filter_facet", validators=[DISTRICT_CODE]
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

    FACETS = ("theme", "province", "district", "level", "partner", "country", "status")

    class Meta:
        model = Practice
        fields = []

    # The visibilities of the reader's audience, set by the page; with them, PostgreSQL counts
    # the options of filtered pages from the facet keys table (see facet_counts).
    visibilities = None

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        keys = list(self.chosen_keys().values()) if self._keyed() else []
        if keys:
            sql = f"SELECT practice_id FROM {search.FACET_KEYS} WHERE keys @> %s::text[]"
            queryset = queryset.filter(pk__in=RawSQL(sql, [keys]))
        return queryset

    def chosen_keys(self):
        """{facet: "facet:value"} of the facet filters in force, as the keys table holds them."""
        self.form.is_valid()
        chosen = {}
        for name in self.FACETS:
            value = self.form.cleaned_data.get(name)
            if value in (None, "") or (name == "district" and self._stray_district(value)):
                continue
            chosen[name] = f"{name}:{value}"
        return chosen

    def _stray_district(self, value):
        # A district outside the chosen province is left over from an earlier choice.
        province = self.form.cleaned_data.get("province")
        return bool(province) and not value.startswith(province)

    def _keyed(self):
        return connection.vendor == "postgresql"

    def filter_q(self, queryset, name, value):
        return search.filter_matching(queryset, value)

    def filter_facet(self, queryset, name, value):
        # On PostgreSQL every facet is applied at once, in filter_queryset. On SQLite, testing
        # pk + 0 keeps it from fetching each practice of an option by its id (10 ms for three
        # filters at 10,000): it reads the covering listing index newest first, and stops at
        # the page (1 ms).
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
        # Relevance is ranked by search.ranked_ids, which the browse page lists a search by.
        return queryset.order_by("-published_at", "-pk")

    def facet_base(self):
        """The results before any facet filter, and {flag: condition} of the facets in force."""
        self.form.is_valid()
        queryset, flags = self.queryset.all(), {}
        for name, value in self.form.cleaned_data.items():
            if value in (None, "") or name == "sort":
                continue
            if name not in self.FACETS:
                queryset = self.filters[name].filter(queryset, value)
            elif (condition := self.condition(name, value)) is not None:
                flags[f"ok_{name}"] = ExpressionWrapper(condition, output_field=BooleanField())
        return queryset, flags

    @property
    def active(self):
        """(name, value) of every filter in force, for the list of choices to undo."""
        self.form.is_valid()
        return [
            (name, value)
            for name, value in self.form.cleaned_data.items()
            if value not in (None, "") and name not in {"sort", "q"}
        ]


def facet_counts(filterset, bound=None, everything=None):
    """{facet: [(key, label_km, label_en, count)]}, "total" and, for a search, "seen".

    On PostgreSQL, a page filtered by facets and years (no search) is counted from the facet
    keys table, and what needs no key from their counts by period; `everything`, if given,
    returns the unfiltered counts of the reader's audience, which a facet chosen alone reuses
    for its own options.
    """
    filterset.form.is_valid()
    data = filterset.form.cleaned_data  # the valid filters, as the list applies them
    chosen = filterset.chosen_keys()
    years = {name: data[name] for name in ("year_from", "year_to") if data.get(name) is not None}
    plain = not data.get("q") and not years
    keyed = connection.vendor == "postgresql" and filterset.visibilities and not data.get("q")
    if keyed and (chosen or years):
        return _keyed_counts(filterset, chosen, everything, years)
    return _joined_counts(filterset, bound, everything if plain else None)


def _joined_counts(filterset, bound=None, everything=None):
    """{facet: [(key, label_km, label_en, count)]} in one query, for the options on offer,
    plus "total" (the results) and "seen" (the practices counted).

    The practices that pass every filter but perhaps one are read once; each filter in force
    becomes a flag, and a facet counts the rows whose other flags hold. A search counts only
    the newest `bound` of them, as reading every match of a common word takes seconds. With a
    single facet chosen and no other filter, that facet's options are `everything`'s (the
    reader's unfiltered counts), and only the practices that pass it are read.
    """
    base, flags = filterset.facet_base()
    columns = ["id", "published_at", "level", "country", "status", *flags]
    sql, params = base.annotate(**flags).values(*columns).order_by().query.sql_with_params()
    # A district lies in its province: failing either is one failure, so that the province
    # options count the practices outside the chosen province too.
    terms = [name for name in flags if not (name == "ok_province" and "ok_district" in flags)]
    failed = " + ".join(f"CASE WHEN m0.{name} THEN 0 ELSE 1 END" for name in terms) or "0"
    keep = f"{failed} <= 1"
    shared = set()
    if everything and len(terms) == 1:
        # One facet chosen (or a district with its province) and no other filter: the facets
        # that count every practice read the audience's counts, the rest pass the facet.
        shared = {f for f in PracticeFilter.FACETS if _where(flags, f) == "1 = 1"}
        keep = "m0.ok_province" if "ok_province" in flags else f"m0.{terms[0]}"
    limit = f"ORDER BY m0.published_at DESC, m0.id DESC LIMIT {int(bound)}" if bound else ""
    province = filterset.form.cleaned_data.get("province")
    # LATERAL lookups: PostgreSQL only; SQLite's planner finds the link indexes itself.
    few = bool(flags or bound) and connection.vendor == "postgresql"
    parts, part_params = _facet_parts(flags, province, few, bool(bound), skip=shared)
    # OFFSET 0 keeps PostgreSQL from computing the flags again in the outer filter; not for a
    # search, whose newest matches must come from the listing index in order.
    fence = " OFFSET 0" if connection.vendor == "postgresql" and flags and not bound else ""
    query = (
        f"WITH m AS MATERIALIZED (SELECT * FROM ({sql}{fence}) m0 WHERE {keep} {limit}) "
        + " UNION ALL ".join(parts)
    )
    result = {name: [] for name in PracticeFilter.FACETS}
    for facet in shared:
        result[facet] = [tuple(row) for row in everything().get(facet, [])]
    with connection.cursor() as cursor:
        cursor.execute(query, [*params, *part_params])
        for facet, key, label_km, label_en, n in cursor.fetchall():
            if facet in result:
                result[facet].append((key, label_km or "", label_en or "", n))
            else:
                result[facet] = n
    return result


def _where(flags, facet):
    skip = {f"ok_{facet}"} | ({"ok_district"} if facet == "province" else set())
    held = [f"m.{name}" for name in flags if name not in skip]
    return " AND ".join(held) or "1 = 1"


LINKS = {
    "theme": ("practices_practice_themes", "theme_id", "practices_theme", "slug", ""),
    "partner": ("practices_practicepartner", "partner_id", "practices_partner", "slug", ""),
    "province": ("practices_practiceplace", "unit_id", "practices_adminunit", "code", "1"),
    "district": ("practices_practiceplace", "unit_id", "practices_adminunit", "code", "2"),
}


def _facet_parts(flags, province, few, bounded, skip=()):
    """The counting selects, but for the facets in `skip`; `few` when a filter or a search leaves
    a small share of the practices, whose links are then looked up one practice at a time in
    the link indexes rather than by reading every link."""
    parts, params = [], []
    outer = "CROSS JOIN" if connection.vendor == "sqlite" else "JOIN"
    for facet in PracticeFilter.FACETS:
        if (facet == "district" and not province) or facet in skip:
            continue
        where = _where(flags, facet)
        if facet not in LINKS:
            parts.append(
                f"SELECT '{facet}', m.{facet}, '', '', COUNT(*) FROM m "
                f"WHERE {where} AND m.{facet} IS NOT NULL GROUP BY m.{facet}"
            )
            continue
        link, column, table, key, level = LINKS[facet]
        within = f" AND l.level = {level}" if level else ""
        # A partner named in two roles is one practice.
        counted = "COUNT(DISTINCT m.id)" if facet == "partner" else "COUNT(*)"
        if few:
            within = f" AND {link}.level = {level}" if level else ""
            # OFFSET 0 keeps the lookup a lookup: pulled up into a join, it became a hash of
            # every link at 10,000 practices (16-27 ms instead of 10).
            joined = (
                f"CROSS JOIN LATERAL (SELECT {column} FROM {link} "
                f"WHERE {link}.practice_id = m.id{within} OFFSET 0) l"
            )
        else:
            # SQLite knows nothing of m's size; CROSS JOIN has it read m first and look up
            # each practice's links, rather than read every link and look m up.
            joined = f"{outer} {link} l ON l.practice_id = m.id{within}"
        inner = (
            f"SELECT l.{column} AS k, {counted} AS n FROM m {joined} "
            f"WHERE {where} GROUP BY l.{column}"
        )
        code = ""
        if facet == "district":
            code = " AND t.code LIKE %s"
            params.append(f"{province}%")
        parts.append(
            f"SELECT '{facet}', t.{key}, t.name_km, t.name_en, c.n FROM ({inner}) c "
            f"JOIN {table} t ON t.id = c.k WHERE 1 = 1{code}"
        )
    parts.append(f"SELECT 'total', '', '', '', COUNT(*) FROM m WHERE {_where(flags, '')}")
    if bounded:  # how many a search's counts cover, when it found more than it counts
        parts.append("SELECT 'seen', '', '', '', COUNT(*) FROM m")
    return parts, params


def _keyed_counts(filterset, chosen, everything, years=None):
    """Each facet counts the practices that hold every chosen key but its own (and a province
    ignores the district); the facets not chosen count those that hold them all. Practices
    holding a set of keys come from the GIN index; their keys are unnested and counted. The
    facets that need no key read `everything` (the audience's unfiltered counts), or, within
    `years` ({"year_from": 2020, "year_to": …}), add up the keys counted by period."""
    held = "visibility = ANY(%s) AND keys @> %s::text[]"
    period, year_params = "visibility = ANY(%s)", []
    if (years or {}).get("year_from") is not None:
        held += " AND (end_year IS NULL OR end_year >= %s)"
        period += " AND end_year >= %s"  # an ongoing period ends in 9999 (migration 0014)
        year_params.append(int(years["year_from"]))
    if (years or {}).get("year_to") is not None:
        held += " AND start_year <= %s"
        period += " AND start_year <= %s"  # as does an unknown start
        year_params.append(int(years["year_to"]))
    province = filterset.form.cleaned_data.get("province")
    groups = {}
    for facet in PracticeFilter.FACETS:
        if facet == "district" and not province:
            continue
        skip = {facet} | ({"district"} if facet == "province" else set())
        required = tuple(key for name, key in chosen.items() if name not in skip)
        groups.setdefault(required, []).append(facet)
    result = {name: [] for name in PracticeFilter.FACETS} | {"total": 0}
    if everything and not years and () in groups:
        shared = everything()
        for facet in groups.pop(()):
            result[facet] = [tuple(row) for row in shared.get(facet, [])]
    visibilities = list(filterset.visibilities)
    picked = "WHERE split_part(k, ':', 1) = ANY(%s) AND (k NOT LIKE 'district:%%' OR k LIKE %s)"
    # '*' counts the practices: the total, taken from the group that holds every chosen key.
    everyone = tuple(chosen.values())
    parts, params = [], []
    for required, facets in groups.items():
        counted = [*facets, "*"] if required == everyone else facets
        if required:
            keys = "keys || '*'::text" if required == everyone else "keys"
            # Every key is counted and the facets picked from the few groups: cheaper than
            # testing each of a hundred thousand keys (OFFSET 0 keeps the test after the count).
            parts.append(
                f"SELECT k, n FROM (SELECT k, COUNT(*) AS n FROM (SELECT unnest({keys}) AS k "
                f"FROM {search.FACET_KEYS} WHERE {held}) x GROUP BY k OFFSET 0) c {picked}"
            )
            params += [visibilities, list(required), *year_params]
        else:
            parts.append(
                "SELECT k, n FROM (SELECT key AS k, SUM(n) AS n "
                f"FROM {search.FACET_YEARS} WHERE {period} GROUP BY key) c {picked} AND n > 0"
            )
            params += [visibilities, *year_params]
        params += [counted, f"district:{province or ''}%"]
    if everyone not in groups:  # every filter chosen: no facet is left to count them
        parts.append(f"SELECT '*', COUNT(*) FROM {search.FACET_KEYS} WHERE {held}")
        params += [visibilities, list(everyone), *year_params]
    facet, key = "split_part(g.k, ':', 1)", "split_part(g.k, ':', 2)"
    query = (
        f"SELECT {facet}, {key}, COALESCE(t.name_km, p.name_km, u.name_km), "
        "COALESCE(t.name_en, p.name_en, u.name_en), g.n "
        f"FROM ({' UNION ALL '.join(parts)}) g "
        f"LEFT JOIN practices_theme t ON {facet} = 'theme' AND t.slug = {key} "
        f"LEFT JOIN practices_partner p ON {facet} = 'partner' AND p.slug = {key} "
        f"LEFT JOIN practices_adminunit u ON {facet} IN ('province', 'district') "
        f"AND u.code = {key}"
    )
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        for name, value, label_km, label_en, n in cursor.fetchall():
            if name == "*":
                result["total"] = n or 0
            elif name in result:
                result[name].append((value, label_km or "", label_en or "", n))
    return result
