"""The browse page: filtered, searched, sorted, paginated, with counts per option."""

import hashlib
from functools import cached_property

from django.core.paginator import Paginator
from django.utils.http import urlencode

from practices import audience
from practices.filters import PracticeFilter
from practices.models import Country, Practice
from practices.pages.cache import cache_context, counted, overview
from practices.pages.cards import NEWEST, PER_PAGE, CardPaginator, cards, label
from practices.search import queries


class Browse:
    """The browse page: filtered, searched, sorted, paginated, with counts per option."""

    def __init__(self, request, queryset, data=None):
        self.request = request
        self.data = request.GET if data is None else data
        self.filterset = PracticeFilter(self.data, queryset=queryset)
        self.filterset.visibilities = audience.VISIBILITIES[audience.of_request(request)]
        self.filterset.form.is_valid()
        params = sorted((k, v) for k, v in self.data.items() if k in self.filterset.filters)
        self.key_params = [(k, v) for k, v in params if v]
        self.cache = cache_context(request, "browse", self.key_params, self.page_number)

    @property
    def facet_params(self):
        return [(k, v) for k, v in self.key_params if k != "sort"]

    @property
    def page_number(self):
        return self.data.get("page", "1")[:6]

    @property
    def query(self):
        return self.filterset.query

    @cached_property
    def page(self):
        if self.query:
            return self._search_page()
        paginator = CardPaginator(self.filterset.qs, PER_PAGE)
        paginator.count = self.facets.total  # counted with the facets, in the same query
        return paginator.get_page(self.page_number)

    def _search_page(self):
        """A search lists its first RANKED_CANDIDATES matches; counting every match of a
        common word would take longer than reading them."""
        sort = {"newest": NEWEST, "title": self.filterset.title_order()}
        queryset = self.filterset.unordered_qs
        ids = queries.ranked_ids(queryset, self.query, sort.get(self.filterset.sort_key))
        self.more = len(ids) > queries.RANKED_CANDIDATES
        page = Paginator(ids[: queries.RANKED_CANDIDATES], PER_PAGE).get_page(self.page_number)
        # The ids passed every filter; reading their cards needs no search again.
        shown = self.filterset.queryset.filter(pk__in=page.object_list).order_by()
        found = {p.pk: p for p in cards(shown)}
        page.object_list = [found[pk] for pk in page.object_list if pk in found]
        return page

    more = False  # a search found more matches than it lists

    @cached_property
    def similar(self):
        """For a misspelt word that found nothing: practices with similar titles or names."""
        if self.page.paginator.count or not self.query:
            return []
        return list(cards(queries.filter_similar(self.filterset.queryset, self.query))[:PER_PAGE])

    @cached_property
    def suggestion(self):
        """(respelt query, address) when a search found nothing and the query respelt with the
        nearest indexed words finds more among the practices this reader may see."""
        if not self.query:
            return None
        found = self.page.paginator.count
        text = queries.suggestion(self.filterset.queryset, self.query, found)
        return (text, self.url(q=text, page=None)) if text else None

    @cached_property
    def facets(self):
        return FacetOptions(self.counts, self.filterset.form.cleaned_data)

    @cached_property
    def counts(self):
        """Results per option of each filter; the same in both languages, as the labels of
        both are kept."""
        if not self.facet_params:
            return overview(self.request)["facets"]
        digest = hashlib.sha1(repr(self.facet_params).encode()).hexdigest()[:16]
        bound = queries.RANKED_CANDIDATES + 1 if self.query else None

        def audience_counts():
            return overview(self.request)["facets"]

        def compute():
            return self.filterset.option_counts(bound, audience_counts)

        return counted(self.request, f"facets:{digest}", compute)

    @cached_property
    def chips(self):
        """(label, address without it) of each filter in force."""
        facets, chips = self.facets, []
        for name, value in self.filterset.active:
            text = (
                {key: text for key, text, _n, _s in facets[name]}.get(value, value)
                if (name in PracticeFilter.FACETS)
                else value
            )
            field = self.filterset.form.fields[name].label
            chips.append((f"{field}: {text}", self.url(**{name: None, "page": None})))
        return chips

    @property
    def chosen_count(self):
        """How many filters are in force, for the "Filter (n chosen)" control."""
        return len(self.filterset.active)

    def url(self, **changes):
        """This page's address with some parameters changed (None removes one)."""
        params = dict(self.key_params)
        params.update(changes)
        if "province" in changes:
            params.pop("district", None)
        return "?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})


def clean_url(request):
    """The browse address without its empty parameters and a default sort (a GET form sends
    every field), or None when it is already clean."""
    default_sort = "relevance" if request.GET.get("q") else "newest"
    pairs = [(name, value) for name, values in request.GET.lists() for value in values]
    kept = [
        (name, value)
        for name, value in pairs
        if value != "" and not (name == "sort" and value == default_sort)
    ]
    if len(kept) == len(pairs):
        return None
    return request.path + ("?" + urlencode(kept) if kept else "")


class FacetOptions:
    """Options of each filter as (value, label, count, selected), in the current language."""

    CHOICES = {
        "level": Practice.Level.choices,
        "status": Practice.Status.choices,
        "country": Country.choices,
    }

    def __init__(self, counts, chosen):
        self.counts = counts
        self.chosen = chosen
        self.total = counts.get("total", 0)
        # Counted among the newest matches only, when a search found more.
        self.seen = counts.get("seen", 0)
        self.partial = self.seen > queries.RANKED_CANDIDATES

    def __getitem__(self, name):
        chosen = self.chosen.get(name) or ""
        rows = self.counts.get(name, [])
        if name in self.CHOICES:
            names = dict(self.CHOICES[name])
            options = [(key, names.get(key, key), n) for key, _, _, n in rows]
            order = list(names)
            options.sort(key=lambda o: order.index(o[0]) if o[0] in order else 99)
        else:
            options = [(key, label(km, en), n) for key, km, en, n in rows]
            options.sort(key=lambda o: o[0] if name in {"province", "district"} else o[1])
        if chosen and chosen not in {o[0] for o in options}:
            options.append((chosen, chosen, 0))
        return [(key, text, n, key == chosen) for key, text, n in options]
