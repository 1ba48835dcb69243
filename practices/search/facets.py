"""The browse filters' options, each with the number of results it would give.

A facet is a filter whose options are counted: thematic area, province, district, level,
partner, country and status. Each practice's facet values are also written as keys,
"facet:value" (`key`), which PostgreSQL keeps per practice (FacetKeys) to count the options of
a filtered page without joining every link table.

A count reads the practices that pass every filter but perhaps one, once: each filter in force
becomes a flag, and a facet counts the rows whose other flags hold, so that choosing a theme
still shows how many practices each other theme has.
"""

from dataclasses import dataclass, field

from django.db import connection
from django.db.models import QuerySet

from practices.models import (
    AdminUnit,
    Partner,
    Practice,
    PracticePartner,
    PracticePlace,
    Theme,
    english_label_sql,
)
from practices.search.engine import current as engine

FACETS = ("theme", "province", "district", "level", "partner", "country", "status")
# Facets that are fields of the practice itself; the others are read through a link table.
OWN_FIELDS = ("level", "country", "status")
PLACE_FACETS = {AdminUnit.Level.PROVINCE: "province", AdminUnit.Level.DISTRICT: "district"}
TOTAL, SEEN = "total", "seen"


def key(facet, value):
    """The facet key of one value: "theme:water", "province:08"."""
    return f"{facet}:{value}"


def practice_keys(practice, places):
    """Every facet key of `practice`, whose `places` are the units it covers and above."""
    keys = [key(name, value) for name in OWN_FIELDS if (value := getattr(practice, name))]
    keys += sorted(key("theme", theme.slug) for theme in practice.themes.all())
    keys += sorted(key(PLACE_FACETS[u.level], u.code) for u in places if u.level in PLACE_FACETS)
    keys += sorted({key("partner", role.partner.slug) for role in practice.partner_roles.all()})
    return keys


@dataclass
class Selection:
    """What counting needs to know of the filters in force on a browse page."""

    base: QuerySet  # the results before any facet filter (search and years applied)
    flags: dict = field(default_factory=dict)  # {"ok_theme": condition} per facet in force
    chosen: dict = field(default_factory=dict)  # {"theme": "theme:water"} per facet in force
    province: str = ""
    years: dict = field(default_factory=dict)  # {"year_from": 2020, "year_to": ...}
    searching: bool = False
    visibilities: tuple = ()  # the reader's audience, which the facet keys are counted for


def counts(selection, bound=None, audience_counts=None):
    """{facet: [(value, label_km, label_en, count)]}, "total" and, for a search, "seen".

    `bound` limits a search to its newest matches. `audience_counts()`, if given, returns the
    unfiltered counts of the reader's audience, which facets left unfiltered reuse.
    """
    plain = not selection.searching and not selection.years
    if _keyed(selection):
        return _keyed_counts(selection, audience_counts)
    return _joined_counts(selection, bound, audience_counts if plain else None)


def _keyed(selection):
    return (
        engine().KEEPS_FACET_KEYS
        and bool(selection.visibilities)
        and not selection.searching
        and bool(selection.chosen or selection.years)
    )


## COUNTING FROM THE LINK TABLES


def _joined_counts(selection, bound=None, audience_counts=None):
    """The counts in one query, for the options on offer, plus "total" (the results) and
    "seen" (the practices counted, when a search counts only its newest `bound`). With a
    single facet chosen and no other filter, the other facets' options are the audience's,
    and only the practices that pass it are read."""
    flags = selection.flags
    columns = ["id", "published_at", *OWN_FIELDS, *flags]
    base = selection.base.annotate(**flags).values(*columns).order_by()
    sql, params = base.query.sql_with_params()
    # A district lies in its province: failing either is one failure, so that the province
    # options count the practices outside the chosen province too.
    terms = [name for name in flags if not (name == "ok_province" and "ok_district" in flags)]
    failed = " + ".join(f"CASE WHEN m0.{name} THEN 0 ELSE 1 END" for name in terms) or "0"
    passes, reused = f"{failed} <= 1", set()
    if audience_counts and len(terms) == 1:
        reused = {facet for facet in FACETS if _where(flags, facet) == "1 = 1"}
        passes = "m0.ok_province" if "ok_province" in flags else f"m0.{terms[0]}"
    limit = f"ORDER BY m0.published_at DESC, m0.id DESC LIMIT {int(bound)}" if bound else ""
    # Not for a search, whose newest matches must come from the listing index in order.
    apart = engine().KEEP_SUBQUERY_APART if flags and not bound else ""
    lookup_links = bool(flags or bound)
    parts, part_params = _facet_parts(selection, lookup_links, bool(bound), skip=reused)
    query = (
        f"WITH m AS MATERIALIZED (SELECT * FROM ({sql}{apart}) m0 WHERE {passes} {limit}) "
        + " UNION ALL ".join(parts)
    )
    result = {name: [] for name in FACETS}
    for facet in reused:
        result[facet] = [tuple(row) for row in audience_counts().get(facet, [])]
    with connection.cursor() as cursor:
        cursor.execute(query, [*params, *part_params])
        for facet, value, label_km, label_en, n in cursor.fetchall():
            if facet in result:
                result[facet].append((value, label_km or "", label_en or "", n))
            else:
                result[facet] = n
    return result


def _where(flags, facet):
    """The flags a row must hold to count for `facet`: all but its own."""
    skip = {f"ok_{facet}"} | ({"ok_district"} if facet == "province" else set())
    held = [f"m.{name}" for name in flags if name not in skip]
    return " AND ".join(held) or "1 = 1"


def _links():
    """facet → (link table, its column, the table named, the name's column, level)."""
    themes = Practice.themes.through._meta.db_table
    return {
        "theme": (themes, "theme_id", Theme._meta.db_table, "slug", ""),
        "partner": (
            PracticePartner._meta.db_table,
            "partner_id",
            Partner._meta.db_table,
            "slug",
            "",
        ),
        "province": (
            PracticePlace._meta.db_table,
            "unit_id",
            AdminUnit._meta.db_table,
            "code",
            "1",
        ),
        "district": (
            PracticePlace._meta.db_table,
            "unit_id",
            AdminUnit._meta.db_table,
            "code",
            "2",
        ),
    }


def _facet_parts(selection, lookup_links, bounded, skip=()):
    """The counting selects, but for the facets in `skip`. `lookup_links` when a filter or a
    search leaves a small share of the practices, whose links the engine may then look up one
    practice at a time rather than read every link."""
    parts, params, links = [], [], _links()
    for facet in FACETS:
        if (facet == "district" and not selection.province) or facet in skip:
            continue
        where = _where(selection.flags, facet)
        if facet in OWN_FIELDS:
            parts.append(
                f"SELECT '{facet}', m.{facet}, '', '', COUNT(*) FROM m "
                f"WHERE {where} AND m.{facet} IS NOT NULL GROUP BY m.{facet}"
            )
            continue
        link, column, table, name, level = links[facet]
        # A partner named in two roles is one practice.
        counted = "COUNT(DISTINCT m.id)" if facet == "partner" else "COUNT(*)"
        joined = engine().link_join(link, column, level, lookup_links)
        inner = (
            f"SELECT l.{column} AS k, {counted} AS n FROM m {joined} "
            f"WHERE {where} GROUP BY l.{column}"
        )
        code = ""
        if facet == "district":
            code = " AND t.code LIKE %s"
            params.append(f"{selection.province}%")
        name_en = english_label_sql("t") if table == AdminUnit._meta.db_table else "t.name_en"
        parts.append(
            f"SELECT '{facet}', t.{name}, t.name_km, {name_en}, c.n FROM ({inner}) c "
            f"JOIN {table} t ON t.id = c.k WHERE 1 = 1{code}"
        )
    parts.append(
        f"SELECT '{TOTAL}', '', '', '', COUNT(*) FROM m WHERE {_where(selection.flags, '')}"
    )
    if bounded:  # how many a search's counts cover, when it found more than it counts
        parts.append(f"SELECT '{SEEN}', '', '', '', COUNT(*) FROM m")
    return parts, params


## COUNTING FROM THE FACET KEYS


def plan(chosen, province):
    """{required keys: facets counted}: each facet counts the practices that hold every chosen
    key but its own (a province ignores the district too); "*" counts the practices that hold
    them all, the total."""
    groups = {}
    for facet in FACETS:
        if facet == "district" and not province:
            continue
        skip = {facet} | ({"district"} if facet == "province" else set())
        required = tuple(value for name, value in chosen.items() if name not in skip)
        groups.setdefault(required, []).append(facet)
    everyone = tuple(chosen.values())
    groups.setdefault(everyone, []).append("*")
    return groups


def _keyed_counts(selection, audience_counts=None):
    """The counts of a page filtered by facets and years (no search), from the facet keys.
    Facets whose own filter is the only one chosen reuse `audience_counts()`."""
    groups = plan(selection.chosen, selection.province)
    result = {name: [] for name in FACETS} | {TOTAL: 0}
    if audience_counts and not selection.years and () in groups:
        unfiltered = audience_counts()
        for facet in groups.pop(()):
            result[facet] = [tuple(row) for row in unfiltered.get(facet, [])]
    rows = engine().keyed_counts(
        groups, selection.visibilities, selection.years, selection.province
    )
    for facet, value, label_km, label_en, n in rows:
        if facet == "*":
            result[TOTAL] = n or 0
        elif facet in result:
            result[facet].append((value, label_km or "", label_en or "", n))
    return result
