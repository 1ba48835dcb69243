"""Which practices an export holds: exactly those the browse page lists for the same address
and reader, in the same order."""

from practices import audience
from practices.filters import PracticeFilter
from practices.pages.cards import NEWEST
from practices.search import queries

FORMATS = ("csv", "xlsx", "json")


def selected(request, data=None):
    """(filterset, ids): the practices the browse page lists for `data` (its query string),
    as an iterable of ids. A search lists its best-ranked matches, as the page does."""
    data = request.GET if data is None else data
    filterset = PracticeFilter(data, queryset=audience.readable_in(request))
    filterset.form.is_valid()
    if filterset.query:
        sort = {"newest": NEWEST, "title": filterset.title_order()}
        ids = queries.ranked_ids(
            filterset.unordered_qs, filterset.query, sort.get(filterset.sort_key)
        )
        return filterset, ids[: queries.RANKED_CANDIDATES]
    return filterset, filterset.qs.values_list("pk", flat=True).iterator(chunk_size=2000)


def languages(request, current):
    """("km",), ("en",) or both, from ?lang=; the reader's language by default."""
    chosen = request.GET.get("lang", "")
    if chosen == "both":
        return ("km", "en")
    return (chosen,) if chosen in ("km", "en") else (current,)
