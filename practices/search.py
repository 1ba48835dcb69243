"""Search across both languages, with Khmer segmented into words.

Khmer is written without spaces between words, and neither PostgreSQL's text-search parser
nor SQLite's FTS5 tokenizers can find the words. So the search document stores the text
already cut into words (khmercut), and queries are cut the same way: a Khmer run typed
without spaces becomes a phrase of adjacent words, its last word matched as a prefix.
Latin text is lower-cased, stripped of accents and stemmed (PostgreSQL's `english` config,
FTS5's porter tokenizer). Titles and summaries are also kept unsegmented: when the words match
nothing, a substring search there catches Khmer words the segmenter cut differently.

Ranking every match of a very common word is slow, so only a bounded set of candidates (the
newest matches) is ranked; the rest follow by date.
"""

import functools
import html
import re
import unicodedata

from django.db import connection
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.expressions import RawSQL
from django.utils.safestring import mark_safe
from khmercut import tokenize

from practices.models.core import (
    CASE_STUDY_FIELDS,
    AdminUnit,
    Practice,
    PracticePartner,
    Stage,
)
from practices.models.public import PracticePlace, PracticeSearch, PublicRevision

KHMER_LETTERS = "\u1780-\u17d3\u17dc\u17dd\u17e0-\u17e9\u19e0-\u19ff"
KHMER = re.compile(f"[{KHMER_LETTERS}]")
# Anything that is neither a letter, a digit nor a Khmer sign separates words; Khmer
# punctuation (។ ៕ ៖ ៗ) and the zero-width space included.
SEPARATORS = re.compile(rf"[^\w{KHMER_LETTERS}]+")
JOINERS = re.compile("[\u200c\u200d\u00ad]")
RANKED_CANDIDATES = 1000
MAX_QUERY_LENGTH = 200
SQLITE_FTS = "practices_search_fts"
SQLITE_TRIGRAM = "practices_search_trigram"
FACET_KEYS = "practices_facetkeys"  # PostgreSQL only
FACET_YEARS = "practices_facetyears"  # its keys counted by period (migration 0014)
PLAIN_FIELDS = ("title", "summary", "place_name")
BODY_FIELDS = (*CASE_STUDY_FIELDS, "place_name")


## TEXT


def fold(text):
    """Lower-case and strip accents from Latin letters, leaving Khmer signs alone."""
    if text.isascii():
        return text.lower()
    out = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and out[-1] < "\u0250":
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out)).casefold()


@functools.lru_cache(maxsize=100_000)
def _chunk_words(chunk):
    if not KHMER.search(chunk):
        return (fold(chunk),)
    words = (SEPARATORS.sub("", token) for token in tokenize(chunk))
    return tuple(fold(word) for word in words if word)


def words(text):
    """The words of `text`, Khmer segmented, folded for matching."""
    result = []
    for chunk in SEPARATORS.split(JOINERS.sub("", text or "")):
        if chunk:
            result.extend(_chunk_words(chunk))
    return result


def segment(*texts):
    return " ".join(word for text in texts for word in words(text))


def query_groups(query):
    """The query as groups of words: each group is typed without spaces and must stand together."""
    query = (query or "").replace("\x00", "")[:MAX_QUERY_LENGTH]
    groups = []
    for part in JOINERS.sub("", query).split():
        for chunk in SEPARATORS.split(part):
            if chunk:
                groups.append(list(_chunk_words(chunk)))
    return [group for group in groups if group]


def is_khmer(group):
    return any(KHMER.search(word) for word in group)


## THE INDEX


def _documents(practice):
    """Title, summary, body and plain text of one practice, in both languages."""
    names = []
    for unit in practice.units.all():
        names += [unit.name_km, unit.name_en]
        names += [n for a in unit.ancestors() for n in (a.name_km, a.name_en)]
    for role in practice.partner_roles.all():
        names += [role.partner.name_km, role.partner.name_en, role.partner.acronym]
    names += [n for t in practice.themes.all() for n in (t.name_km, t.name_en)]
    both = functools.partial(_both, practice)
    title, summary = both("title"), both("summary")
    body = [text for field in BODY_FIELDS for text in both(field)] + names
    plain = " ".join(fold(t) for t in (*title, *summary, *names, *both("place_name")) if t)
    return segment(*title), segment(*summary), segment(*body), plain


def _both(practice, field):
    return (getattr(practice, f"{field}_km") or "", getattr(practice, f"{field}_en") or "")


def _load(ids):
    from django.db.models import Prefetch

    return (
        Practice.objects.filter(pk__in=ids, stage=Stage.PUBLISHED)
        .prefetch_related(
            "themes",
            Prefetch("units", queryset=AdminUnit.objects.select_related("parent__parent")),
            Prefetch("partner_roles", queryset=PracticePartner.objects.select_related("partner")),
        )
        .order_by()
    )


def reindex(ids):
    """Rebuild the search documents and places of these practices; drop unpublished ones.

    Side effects: rewrites PracticeSearch, PracticePlace (and the FTS5 tables on SQLite)
    for `ids`, and, if any of them is or was published, raises the public revision so that
    cached pages and counts are rebuilt. Editing a draft leaves the public caches alone.
    """
    ids = [pk for pk in set(ids) if pk is not None]
    if not ids:
        return
    touched = False
    for start in range(0, len(ids), 500):
        touched |= _reindex_batch(ids[start : start + 500])
    if touched:
        PublicRevision.bump()


def _reindex_batch(ids):
    """Reindex these practices; True if any of them is or was on the public site."""
    practices = list(_load(ids))
    was_indexed = PracticeSearch.objects.filter(practice_id__in=ids).exists()
    if not practices and not was_indexed:
        _delete_facet_keys(ids)  # a practice deleted with its search document
        return False
    _delete(ids)
    rows = [(p.pk, *_documents(p)) for p in practices]
    places = {p.pk: _places(p) for p in practices}
    if connection.vendor == "postgresql":
        _write_postgresql(rows)
        _write_facet_keys(
            [(p.pk, p.visibility, facet_keys(p, places[p.pk]), *_years(p)) for p in practices]
        )
    else:
        PracticeSearch.objects.bulk_create(
            [PracticeSearch(practice_id=row[0], plain=row[4]) for row in rows]
        )
        _write_sqlite(rows)
    PracticePlace.objects.bulk_create(
        [
            PracticePlace(practice_id=p.pk, unit_id=u.pk, level=u.level)
            for p in practices
            for u in places[p.pk]
        ]
    )
    return True


def _places(practice):
    """The units a practice covers, with every unit above them."""
    return {unit for own in practice.units.all() for unit in (*own.ancestors(), own)}


FACET_LEVELS = {AdminUnit.Level.PROVINCE: "province", AdminUnit.Level.DISTRICT: "district"}


def facet_keys(practice, places):
    """The browse filters' values of a practice, as "filter:value" (see migration 0010)."""
    keys = [
        f"{name}:{value}"
        for name in ("level", "status", "country")
        if (value := getattr(practice, name))
    ]
    keys += sorted(f"theme:{theme.slug}" for theme in practice.themes.all())
    keys += sorted(f"{FACET_LEVELS[u.level]}:{u.code}" for u in places if u.level in FACET_LEVELS)
    keys += sorted({f"partner:{role.partner.slug}" for role in practice.partner_roles.all()})
    return keys


def _years(practice):
    """First and last year of a practice's period (None when not known, or ongoing)."""
    return tuple(day.year if day else None for day in (practice.start_date, practice.end_date))


def unindex(ids):
    """Drop these practices from the index (before removing them in bulk)."""
    _delete(list(ids))


def _delete(ids):
    PracticeSearch.objects.filter(practice_id__in=ids).delete()
    PracticePlace.objects.filter(practice_id__in=ids).delete()
    _delete_facet_keys(ids)
    if connection.vendor == "sqlite":
        marks = ",".join("%s" for _ in ids)
        with connection.cursor() as cursor:
            for table in (SQLITE_FTS, SQLITE_TRIGRAM):
                cursor.execute(f"DELETE FROM {table} WHERE rowid IN ({marks})", ids)


def _delete_facet_keys(ids):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FACET_KEYS} WHERE practice_id = ANY(%s)", [list(ids)])


def drop_stray_facet_keys(using="default"):
    """Drop the keys of practices that no longer exist (after the tables were emptied)."""
    from django.db import connections

    if connections[using].vendor == "postgresql":
        with connections[using].cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {FACET_KEYS} f WHERE NOT EXISTS "
                "(SELECT 1 FROM practices_practice p WHERE p.id = f.practice_id)"
            )


def _write_postgresql(rows):
    sql = (
        "INSERT INTO practices_practicesearch (practice_id, plain, updated_at, vector) "
        "VALUES (%s, %s, now(), setweight(to_tsvector('english', %s), 'A') || "
        "setweight(to_tsvector('english', %s), 'B') || setweight(to_tsvector('english', %s), 'C'))"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, [(pk, plain, t, s, b) for pk, t, s, b, plain in rows])


def _write_facet_keys(rows):
    if not rows:
        return
    # One statement, so that the counts by period follow in one trigger run (migration 0014).
    values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(rows))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {FACET_KEYS} (practice_id, visibility, keys, start_year, end_year) "
            f"VALUES {values}",
            [value for row in rows for value in row],
        )


def _write_sqlite(rows):
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {SQLITE_FTS} (rowid, title, summary, body) VALUES (%s, %s, %s, %s)",
            [row[:4] for row in rows],
        )
        cursor.executemany(
            f"INSERT INTO {SQLITE_TRIGRAM} (rowid, plain) VALUES (%s, %s)",
            [(row[0], row[4]) for row in rows],
        )


def reindex_all():
    ids = list(Practice.objects.filter(stage=Stage.PUBLISHED).values_list("pk", flat=True))
    PracticeSearch.objects.exclude(practice_id__in=ids).delete()
    PracticePlace.objects.exclude(practice_id__in=ids).delete()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FACET_KEYS} WHERE NOT (practice_id = ANY(%s))", [ids])
    reindex(ids)
    return len(ids)


## QUERIES


def _tsquery(groups):
    parts = []
    for group in groups:
        quoted = [f"'{word}'" for word in group]
        if is_khmer(group):
            quoted[-1] += ":*"
        parts.append(f"({' <-> '.join(quoted)})")
    return " & ".join(parts)


def _fts5_query(groups):
    parts = []
    for group in groups:
        phrase = '"' + " ".join(group) + '"'
        parts.append(phrase + "*" if is_khmer(group) else phrase)
    return " AND ".join(parts)


def _substring_terms(groups):
    """Khmer groups long enough to look up as substrings of the unsegmented text."""
    return ["".join(group) for group in groups if is_khmer(group) and len("".join(group)) >= 3]


def _match_postgresql(groups):
    return Q(
        pk__in=RawSQL(
            "SELECT practice_id FROM practices_practicesearch "
            "WHERE vector @@ to_tsquery('english', %s)",
            [_tsquery(groups)],
        )
    )


def _substring_postgresql(terms):
    like = " AND ".join("plain LIKE %s" for _ in terms)
    params = [f"%{_like_escape(term)}%" for term in terms]
    return Q(
        pk__in=RawSQL(f"SELECT practice_id FROM practices_practicesearch WHERE {like}", params)
    )


def _like_escape(term):
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _match_sqlite(queryset, groups):
    # Testing id + 0 keeps SQLite from reading the matches one by one through the primary
    # key and sorting them all: it reads the listing index in order and stops at the page.
    matches = RawSQL(
        f"SELECT rowid FROM {SQLITE_FTS} WHERE {SQLITE_FTS} MATCH %s", [_fts5_query(groups)]
    )
    return queryset.alias(_fts_id=F("pk") + 0).filter(_fts_id__in=matches)


def _substring_sqlite(terms):
    query = " AND ".join(f'"{term}"' for term in terms)
    return Q(
        pk__in=RawSQL(
            f"SELECT rowid FROM {SQLITE_TRIGRAM} WHERE {SQLITE_TRIGRAM} MATCH %s", [query]
        )
    )


def filter_matching(queryset, query):
    """Practices of `queryset` that match `query`; the queryset itself for an empty query."""
    groups = query_groups(query)
    if not groups:
        return queryset
    if connection.vendor == "postgresql":
        return queryset.filter(_match_postgresql(groups))
    return _match_sqlite(queryset, groups)


def filter_similar(queryset, query):
    """For a query whose words matched nothing: Khmer text found inside longer words (the
    segmenter may cut a compound differently), or titles and names resembling a misspelt
    Latin word (PostgreSQL). Scanning substrings of a common word is costly, so this runs
    only when the word search found nothing."""
    groups = query_groups(query)
    substrings = _substring_terms(groups)
    if substrings and len(substrings) == len(groups):
        if connection.vendor == "postgresql":
            return queryset.filter(_substring_postgresql(substrings))
        return queryset.filter(_substring_sqlite(substrings))
    if connection.vendor != "postgresql" or not groups or any(is_khmer(g) for g in groups):
        return queryset.none()
    similar = RawSQL(
        "SELECT practice_id FROM practices_practicesearch WHERE %s <%% plain",
        [" ".join(word for group in groups for word in group)],
    )
    return queryset.filter(pk__in=similar)


def ranked_ids(queryset, query, order=None):
    """Ids of the first RANKED_CANDIDATES + 1 matches: the newest ranked best first, or in
    `order`. One more than can be shown tells that there are more."""
    newest = ("-published_at", "-pk")
    candidates = queryset.order_by(*(order or newest)).values_list("id", "published_at")
    candidates = candidates[: RANKED_CANDIDATES + 1]
    groups = query_groups(query)
    if order or not groups:
        return [pk for pk, _ in candidates]
    sql, params = candidates.query.sql_with_params()
    if connection.vendor == "postgresql":
        rank = "ts_rank(s.vector, to_tsquery('english', %s))"
        query = (
            f"SELECT c.id FROM ({sql}) c "
            "LEFT JOIN practices_practicesearch s ON s.practice_id = c.id "
            f"ORDER BY COALESCE({rank}, 0) DESC, c.published_at DESC, c.id DESC"
        )
    else:
        # FTS5 scores the matches within the candidates' rowids in one pass; a MATCH per
        # candidate, or a join on every match, takes seconds for a common word. Merging the
        # scores by grouping avoids a join that SQLite would run as a nested scan.
        score = f"-bm25({SQLITE_FTS}, 10.0, 4.0, 1.0)"
        query = (
            f"WITH c AS MATERIALIZED ({sql}) "
            "SELECT id FROM (SELECT id, published_at, 0.0 AS score, 1 AS candidate FROM c "
            f"UNION ALL SELECT rowid, NULL, {score}, 0 FROM {SQLITE_FTS} "
            f"WHERE {SQLITE_FTS} MATCH %s "
            "AND rowid BETWEEN (SELECT MIN(id) FROM c) AND (SELECT MAX(id) FROM c)) "
            "GROUP BY id HAVING MAX(candidate) = 1 "
            "ORDER BY SUM(score) DESC, MAX(published_at) DESC, id DESC"
        )
    match = _tsquery(groups) if connection.vendor == "postgresql" else _fts5_query(groups)
    with connection.cursor() as cursor:
        cursor.execute(query, [*params, match])
        return [row[0] for row in cursor.fetchall()]


def has_places(unit):
    return Exists(PracticePlace.objects.filter(practice=OuterRef("pk"), unit=unit))


## SNIPPETS


def highlight(text, query, length=220):
    """A passage of `text` around the first match of `query`, matches in <mark>, escaped."""
    text = text or ""
    patterns = [_pattern(word) for group in query_groups(query) for word in group]
    patterns = [p for p in patterns if p]
    if not patterns:
        return _shorten(text, 0, length)
    regex = re.compile("|".join(patterns), re.IGNORECASE)
    first = regex.search(text)
    start = max(0, first.start() - length // 3) if first else 0
    passage = text[start : start + length]
    marked = regex.sub(lambda m: f"\x01{m.group(0)}\x02", passage)
    escaped = html.escape(marked).replace("\x01", "<mark>").replace("\x02", "</mark>")
    prefix = "…" if start else ""
    suffix = "…" if start + length < len(text) else ""
    return mark_safe(prefix + escaped + suffix)  # escaped just above


def _pattern(word):
    if KHMER.search(word):
        return re.escape(word)
    if len(word) < 3:
        return ""
    # A stem-sized prefix, so that "participate" marks "participation" too.
    return r"\b" + re.escape(word[: max(4, len(word) - 3)]) + r"\w*"


def _shorten(text, start, length):
    passage = text[start : start + length]
    return passage + ("…" if len(text) > start + length else "")
