"""Which practices match a search, and in what order.

Titles and summaries are also kept unsegmented: when the words match nothing, a substring
search there catches Khmer words the segmenter cut differently. Ranking every match of a very
common word is slow, so only a bounded set of candidates (the newest matches) is ranked; the
rest follow by date.
"""

from django.db.models.functions import Length

from practices.models import SearchWord
from practices.search.engine import current as engine
from practices.search.text import closest, is_khmer, query_groups, substring_terms

RANKED_CANDIDATES = 1000
MIN_SUGGESTED_LENGTH = 3
NEWEST = ("-published_at", "-pk")


def filter_matching(queryset, query):
    """Practices of `queryset` that match `query`; the queryset itself for an empty query."""
    groups = query_groups(query)
    if not groups:
        return queryset
    return engine().match(queryset, groups)


def filter_similar(queryset, query):
    """For a query whose words matched nothing: Khmer text found inside longer words (the
    segmenter may cut a compound differently), or titles and names resembling a misspelt
    Latin word. Scanning substrings of a common word is costly, so this runs only when the
    word search found nothing."""
    groups = query_groups(query)
    substrings = substring_terms(groups)
    if substrings and len(substrings) == len(groups):
        return engine().contains(queryset, substrings)
    if not groups or any(is_khmer(group) for group in groups):
        return queryset.none()
    return engine().resembling(queryset, groups, nearest_groups(groups))


def ranked_ids(queryset, query, order=None):
    """Ids of the first RANKED_CANDIDATES + 1 matches: the newest ranked best first, or in
    `order`. One more than can be shown tells that there are more."""
    candidates = queryset.order_by(*(order or NEWEST)).values_list("id", "published_at")
    candidates = candidates[: RANKED_CANDIDATES + 1]
    groups = query_groups(query)
    if order or not groups:
        return [pk for pk, _ in candidates]
    sql, params = candidates.query.sql_with_params()
    return engine().rank(sql, params, groups)


## SUGGESTIONS

# A search that finds fewer practices than this is offered a respelt query, if one finds more.
# Nothing but an empty result asks for one: a page then makes as many queries for one match as
# for three (tests/test_public_pages.py).
SUGGEST_BELOW = 1
MAX_SUGGESTED_WORDS = 6
NEAREST_CANDIDATES = 5000


def suggestion(queryset, query, found=0):
    """The query respelt with the nearest indexed words, if it found fewer than SUGGEST_BELOW
    practices and the respelt query finds more among `queryset`'s; else None. Only words of
    practices the reader may see count, as the respelt query is searched in `queryset`."""
    if found >= SUGGEST_BELOW:
        return None
    respelt = nearest_groups(query_groups(query))
    if not respelt:
        return None
    text = " ".join(_typed(group) for group in respelt)
    if filter_matching(queryset, text)[: found + 1].count() <= found:
        return None
    return text


def nearest_groups(groups):
    """`groups` with each unknown word replaced by the nearest indexed word; None when every
    word is known, or an unknown one has no near word."""
    words = {word for group in groups for word in group}
    if not words or len(words) > MAX_SUGGESTED_WORDS:
        return None
    known = set(SearchWord.objects.filter(word__in=words).values_list("word", flat=True))
    if known == words:
        return None
    respelt = [_nearest_group(group, known) for group in groups]
    return None if None in respelt else respelt


def _nearest_group(group, known):
    if all(word in known for word in group):
        return group
    if is_khmer(group):
        # A misspelt Khmer word is cut into odd pieces; the whole run is the word meant.
        whole = _nearest_word("".join(group))
        if whole:
            return [whole]
    respelt = [word if word in known else _nearest_word(word) for word in group]
    return None if None in respelt else respelt


def _nearest_word(word):
    """The indexed word nearest to `word`, among those of its first letter and a near length."""
    if len(word) < MIN_SUGGESTED_LENGTH:
        return None
    first = word[0]
    candidates = (
        SearchWord.objects.filter(word__gte=first, word__lt=chr(ord(first) + 1))
        .annotate(n=Length("word"))
        .filter(n__gte=len(word) - 2, n__lte=len(word) + 3)
        .values_list("word", flat=True)[:NEAREST_CANDIDATES]
    )
    nearest = closest(word, candidates, limit=1)
    return nearest[0] if nearest else None


def _typed(group):
    """A group of words as a reader would type it: Khmer run together, Latin spaced."""
    return "".join(group) if is_khmer(group) else " ".join(group)
