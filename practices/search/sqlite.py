"""SQLite: every way the portal uses it differently from PostgreSQL.

Search documents live in two FTS5 tables keyed by practice id (migration 0005): one with the
porter tokenizer over the segmented title, summary and body (ranked by bm25), one with the
trigram tokenizer over the unsegmented titles, summaries and names. Filtered pages count their
options from the link tables; there are no facet keys.
"""

from django.db import connection
from django.db.models import F, Q
from django.db.models.expressions import RawSQL

from practices.models import PracticeSearch
from practices.search.text import is_khmer

NAME = "sqlite"
KEEPS_FACET_KEYS = False
KEEP_SUBQUERY_APART = ""  # SQLite computes a subquery once anyway
FTS = "practices_search_fts"
TRIGRAM = "practices_search_trigram"
# Column weights of bm25: a word in the title counts most, then the summary, then the body.
WEIGHTS = "10.0, 4.0, 1.0"


## SEARCH DOCUMENTS


def write_documents(rows):
    """Store (practice id, title, summary, body, plain) rows in the FTS5 tables, and a
    PracticeSearch row that marks each practice indexed."""
    PracticeSearch.objects.bulk_create(
        [PracticeSearch(practice_id=row[0], plain=row[4]) for row in rows]
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {FTS} (rowid, title, summary, body) VALUES (%s, %s, %s, %s)",
            [row[:4] for row in rows],
        )
        cursor.executemany(
            f"INSERT INTO {TRIGRAM} (rowid, plain) VALUES (%s, %s)",
            [(row[0], row[4]) for row in rows],
        )


def delete_documents(ids):
    marks = ",".join("%s" for _ in ids)
    with connection.cursor() as cursor:
        for table in (FTS, TRIGRAM):
            cursor.execute(f"DELETE FROM {table} WHERE rowid IN ({marks})", list(ids))


## MATCHING


def _fts5_query(groups):
    parts = []
    for group in groups:
        phrase = '"' + " ".join(group) + '"'
        parts.append(phrase + "*" if is_khmer(group) else phrase)
    return " AND ".join(parts)


def match(queryset, groups):
    # Testing id + 0 keeps SQLite from reading the matches one by one through the primary
    # key and sorting them all: it reads the listing index in order and stops at the page.
    matches = RawSQL(f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s", [_fts5_query(groups)])
    return queryset.alias(_fts_id=F("pk") + 0).filter(_fts_id__in=matches)


def contains(queryset, terms):
    """Practices whose unsegmented titles, summaries and names contain every term."""
    query = " AND ".join(f'"{term}"' for term in terms)
    matches = RawSQL(f"SELECT rowid FROM {TRIGRAM} WHERE {TRIGRAM} MATCH %s", [query])
    return queryset.filter(Q(pk__in=matches))


def resembling(queryset, groups, respelt):
    """Practices matching the (misspelt, Latin) words respelt as the nearest indexed words
    (SQLite has no trigram similarity of its own)."""
    return match(queryset, respelt) if respelt else queryset.none()


def rank(candidates, params, groups):
    """The ids of `candidates` (SQL selecting id, published_at), best match first.

    FTS5 scores the matches within the candidates' rowids in one pass; a MATCH per candidate,
    or a join on every match, takes seconds for a common word. Merging the scores by grouping
    avoids a join that SQLite would run as a nested scan.
    """
    query = (
        f"WITH c AS MATERIALIZED ({candidates}) "
        "SELECT id FROM (SELECT id, published_at, 0.0 AS score, 1 AS candidate FROM c "
        f"UNION ALL SELECT rowid, NULL, -bm25({FTS}, {WEIGHTS}), 0 FROM {FTS} "
        f"WHERE {FTS} MATCH %s "
        "AND rowid BETWEEN (SELECT MIN(id) FROM c) AND (SELECT MAX(id) FROM c)) "
        "GROUP BY id HAVING MAX(candidate) = 1 "
        "ORDER BY SUM(score) DESC, MAX(published_at) DESC, id DESC"
    )
    with connection.cursor() as cursor:
        cursor.execute(query, [*params, _fts5_query(groups)])
        return [row[0] for row in cursor.fetchall()]


## FACETS


def link_join(link, column, level, few):
    """Join the practices counted (`m`) to their links. SQLite knows nothing of m's size;
    CROSS JOIN has it read m first and look up each practice's links, rather than read every
    link and look m up."""
    within = f" AND l.level = {level}" if level else ""
    return f"CROSS JOIN {link} l ON l.practice_id = m.id{within}"


def filter_by_keys(queryset, keys):
    raise NotImplementedError("SQLite keeps no facet keys")


def keyed_counts(plan, visibilities, years, province):
    raise NotImplementedError("SQLite keeps no facet keys")


## BULK LOADS


def analyze():
    """Fresh statistics after a bulk load, so that the planner knows how many rows it brought."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
