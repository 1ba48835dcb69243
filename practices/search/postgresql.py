"""PostgreSQL: every way the portal uses it differently from SQLite.

Search documents are weighted tsvectors of the segmented text (`english` config: stemmed),
GIN-indexed, in a `vector` column that migration 0005 adds to PracticeSearch. Misspelt Latin
words find similar titles and names through pg_trgm. The browse filters' values of each
practice are also kept as an array of facet keys (FacetKeys), from which filtered pages count
their options, and the database counts those keys by period itself (FacetYears, migration 0014).
"""

from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL

from practices.models import (
    AdminUnit,
    FacetKeys,
    FacetYears,
    Partner,
    PracticeSearch,
    Theme,
    english_label_sql,
)
from practices.search.text import is_khmer, like_escape

NAME = "postgresql"
# ts_rank divides by 1 + the logarithm of the document's length, as SQLite's bm25 normalises
# by length: a long practice repeating a word does not outrank a short one named by it. The
# weights (title A, summary B, body C) still order a title above a summary above a body.
RANK_NORMALISATION = 1
KEEPS_FACET_KEYS = True
# Keeps PostgreSQL from computing a subquery's flags again in the outer filter.
KEEP_SUBQUERY_APART = " OFFSET 0"
SEARCH = PracticeSearch._meta.db_table
KEYS = FacetKeys._meta.db_table
YEARS = FacetYears._meta.db_table


## SEARCH DOCUMENTS


def write_documents(rows):
    """Store (practice id, title, summary, body, plain) rows, weighted A, B and C."""
    sql = (
        f"INSERT INTO {SEARCH} (practice_id, plain, updated_at, vector) "
        "VALUES (%s, %s, now(), setweight(to_tsvector('english', %s), 'A') || "
        "setweight(to_tsvector('english', %s), 'B') || setweight(to_tsvector('english', %s), 'C'))"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, [(pk, plain, t, s, b) for pk, t, s, b, plain in rows])


def delete_documents(ids):
    """Nothing beside PracticeSearch rows to delete."""


## MATCHING


def _tsquery(groups):
    parts = []
    for group in groups:
        quoted = [f"'{word}'" for word in group]
        if is_khmer(group):
            quoted[-1] += ":*"
        parts.append(f"({' <-> '.join(quoted)})")
    return " & ".join(parts)


def match(queryset, groups):
    matches = f"SELECT practice_id FROM {SEARCH} WHERE vector @@ to_tsquery('english', %s)"
    return queryset.filter(pk__in=RawSQL(matches, [_tsquery(groups)]))


def contains(queryset, terms):
    """Practices whose unsegmented titles, summaries and names contain every term."""
    like = " AND ".join("plain LIKE %s" for _ in terms)
    params = [f"%{like_escape(term)}%" for term in terms]
    return queryset.filter(
        Q(pk__in=RawSQL(f"SELECT practice_id FROM {SEARCH} WHERE {like}", params))
    )


def resembling(queryset, groups, respelt):
    """Practices whose titles and names resemble the (misspelt, Latin) words (pg_trgm), or
    that match the words respelt as the nearest indexed words."""
    words = " ".join(word for group in groups for word in group)
    similar = Q(pk__in=RawSQL(f"SELECT practice_id FROM {SEARCH} WHERE %s <%% plain", [words]))
    if respelt:
        similar |= Q(pk__in=match(queryset.model.objects.all(), respelt).values("pk"))
    return queryset.filter(similar)


def rank(candidates, params, groups):
    """The ids of `candidates` (SQL selecting id, published_at), best match first."""
    score = f"ts_rank(s.vector, to_tsquery('english', %s), {RANK_NORMALISATION})"
    query = (
        f"SELECT c.id FROM ({candidates}) c LEFT JOIN {SEARCH} s ON s.practice_id = c.id "
        f"ORDER BY COALESCE({score}, 0) DESC, c.published_at DESC, c.id DESC"
    )
    with connection.cursor() as cursor:
        cursor.execute(query, [*params, _tsquery(groups)])
        return [row[0] for row in cursor.fetchall()]


## FACETS


def link_join(link, column, level, few):
    """Join the practices counted (`m`) to their links; for `few` of them, look each one's
    links up in the link index (OFFSET 0 keeps the lookup a lookup: pulled up into a join,
    it becomes a hash of every link)."""
    if few:
        within = f" AND {link}.level = {level}" if level else ""
        return (
            f"CROSS JOIN LATERAL (SELECT {column} FROM {link} "
            f"WHERE {link}.practice_id = m.id{within} OFFSET 0) l"
        )
    within = f" AND l.level = {level}" if level else ""
    return f"JOIN {link} l ON l.practice_id = m.id{within}"


def filter_by_keys(queryset, keys):
    """Practices holding every facet key of `keys`, found in the GIN index."""
    return queryset.filter(pk__in=FacetKeys.objects.filter(keys__contains=keys).values("pk"))


def keyed_counts(plan, visibilities, years, province):
    """[(facet, value, name_km, name_en, count)] for a page filtered by facets and years, no
    search; the facet "*" counts the practices.

    `plan` maps each tuple of required keys to the facets counted over the practices holding
    them (facets.plan). Practices holding a set of keys come from the GIN index and their keys
    are unnested and counted; a group that requires no key adds up the keys counted by period.
    """
    held, period, year_params = _year_conditions(years)
    picked = "WHERE split_part(k, ':', 1) = ANY(%s) AND (k NOT LIKE 'district:%%' OR k LIKE %s)"
    parts, params = [], []
    for required, counted in plan.items():
        if required and counted == ["*"]:  # every facet chosen: only the practices to count
            parts.append(f"SELECT '*' AS k, COUNT(*) AS n FROM {KEYS} WHERE {held}")
            params += [list(visibilities), list(required), *year_params]
            continue
        if required:
            keys = "keys || '*'::text" if "*" in counted else "keys"
            # Every key is counted and the facets picked from the few groups: cheaper than
            # testing each of a hundred thousand keys (OFFSET 0 keeps the test after the count).
            parts.append(
                f"SELECT k, n FROM (SELECT k, COUNT(*) AS n FROM (SELECT unnest({keys}) AS k "
                f"FROM {KEYS} WHERE {held}) x GROUP BY k OFFSET 0) c {picked}"
            )
            params += [list(visibilities), list(required), *year_params]
        else:
            parts.append(
                f"SELECT k, n FROM (SELECT key AS k, SUM(n) AS n FROM {YEARS} "
                f"WHERE {period} GROUP BY key) c {picked} AND n > 0"
            )
            params += [list(visibilities), *year_params]
        params += [list(counted), f"district:{province or ''}%"]
    with connection.cursor() as cursor:
        cursor.execute(_labelled(" UNION ALL ".join(parts)), params)
        return cursor.fetchall()


def _labelled(counts):
    """(facet, value, name_km, name_en, n) of the (key, n) rows of `counts`."""
    facet, value = "split_part(g.k, ':', 1)", "split_part(g.k, ':', 2)"
    return (
        f"SELECT {facet}, {value}, COALESCE(t.name_km, p.name_km, u.name_km), "
        f"COALESCE(t.name_en, p.name_en, {english_label_sql('u')}), g.n "
        f"FROM ({counts}) g "
        f"LEFT JOIN {Theme._meta.db_table} t ON {facet} = 'theme' AND t.slug = {value} "
        f"LEFT JOIN {Partner._meta.db_table} p ON {facet} = 'partner' AND p.slug = {value} "
        f"LEFT JOIN {AdminUnit._meta.db_table} u ON {facet} IN ('province', 'district') "
        f"AND u.code = {value}"
    )


def _year_conditions(years):
    """(condition on FacetKeys, condition on FacetYears, their parameters) for a period."""
    held = "visibility = ANY(%s) AND keys @> %s::text[]"
    period, params = "visibility = ANY(%s)", []
    if years.get("year_from") is not None:
        held += " AND (end_year IS NULL OR end_year >= %s)"
        period += " AND end_year >= %s"  # an ongoing period ends in UNKNOWN_YEAR
        params.append(int(years["year_from"]))
    if years.get("year_to") is not None:
        held += " AND start_year <= %s"
        period += " AND start_year <= %s"  # as does an unknown start
        params.append(int(years["year_to"]))
    return held, period, params


## BULK LOADS


def analyze():
    """Fresh statistics after a bulk load, and a vacuum, so that listings read the covering
    index alone at once (a vacuum cannot run inside a transaction)."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
