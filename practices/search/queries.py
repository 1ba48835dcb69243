"""Which practices match a search, and in what order.

Titles and summaries are also kept unsegmented: when the words match nothing, a substring
search there catches Khmer words the segmenter cut differently. Ranking every match of a very
common word is slow, so only a bounded set of candidates (the newest matches) is ranked; the
rest follow by date.
"""

from practices.search.engine import current as engine
from practices.search.text import is_khmer, query_groups, substring_terms

RANKED_CANDIDATES = 1000
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
    return engine().resembling(queryset, groups)


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
