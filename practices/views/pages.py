"""Lazy page data for the public views.

Every value here is computed on first use, inside a cached template fragment, so a page
served from the cache runs no query for it. Cache keys carry the language, the audience
(public or DELGOSEA network) and the public revision, which rises on every change.

Counts over every practice a reader may see (the home page's figures, the options of the
unfiltered browse page) are built when a change is committed and read from the database
(practices/counts.py); counts of filtered pages and searches are cached apart from the
fragments, under keys without the language, for every page and language to share.
"""

import hashlib
from functools import cached_property

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language

from practices import counts, search
from practices.counts import NETWORK, PUBLIC
from practices.filters import PracticeFilter, facet_counts
from practices.models import (
    Country,
    Practice,
    PracticePartner,
    PracticePlace,
    PublicRevision,
    Theme,
)
from practices.translation import PRACTICE_TEXT_FIELDS

PER_PAGE = 20
# Counts are keyed by the revision, so they never go stale; the time only bounds their memory.
COUNTS_SECONDS = 24 * 3600


def audience(request):
    """ "network" for a reader who also sees network practices (as visible_to decides)."""
    if not hasattr(request, "_glgp_audience"):
        user = request.user
        network = user.is_authenticated and (
            user.is_superuser or user.groups.filter(name="Partner").exists()
        )
        request._glgp_audience = NETWORK if network else PUBLIC
    return request._glgp_audience


def visible(request):
    """Published practices this reader may see; the one gate of every public page."""
    return counts.visible_for(audience(request))


def revision(request):
    if not hasattr(request, "_glgp_revision"):
        request._glgp_revision = PublicRevision.current()
    return request._glgp_revision


def cache_context(request, *parts):
    """Template variables that make up a fragment's cache key."""
    digest = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]
    return {
        "cache_key": f"{get_language()}:{audience(request)}:{revision(request)}:{digest}",
        "cache_seconds": 3600,
    }


def counted(request, name, compute):
    """compute(), kept for this audience until the next publication, in every language."""
    key = f"counts:{name}:{audience(request)}:{revision(request)}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, COUNTS_SECONDS)
    return value


def shared_counts(request):
    """{"facets", "figures"} over everything this reader may see (see practices/counts.py)."""
    return counted(request, "shared", lambda: counts.read(audience(request), revision(request)))


def nominate_url():
    # The nomination form may not be installed yet; pages link to it only when it is.
    try:
        return reverse("practices:nominate")
    except NoReverseMatch:
        return ""


def cards(queryset):
    """What a practice card shows, in a fixed number of queries, read on first use."""
    return Cards(queryset)


class Cards:
    """Practice cards: the practices, then the names of their places and themes as plain
    values (two queries), set as `card_places` ("Province › District › Commune") and
    `card_themes`. Prefetching built a model and a related manager for every link: 6-7 ms of a
    page of twenty cards, against 1-2 for the values. Sliced before use, it stays lazy."""

    FIELDS = ["pk", "slug", "is_sample", "visibility", "published_at", "status", "level"]
    FIELDS += [f"{f}_{lang}" for f in ("title", "summary") for lang in ("km", "en")]
    UNIT = ("adminunit", "adminunit__parent", "adminunit__parent__parent")

    def __init__(self, queryset):
        self.queryset = queryset.only(*self.FIELDS)
        self._practices = None

    def __getitem__(self, index):
        if isinstance(index, slice) and self._practices is None:
            return Cards(self.queryset[index])
        return self._list()[index]

    def __iter__(self):
        return iter(self._list())

    def __len__(self):
        return len(self._list())

    def _list(self):
        if self._practices is None:
            practices = list(self.queryset)
            ids = [p.pk for p in practices]
            themes, places = {pk: [] for pk in ids}, {pk: [] for pk in ids}
            links = Practice.themes.through.objects.filter(practice_id__in=ids)
            rows = links.order_by("theme__order", "theme__slug")
            for pk, km, en in rows.values_list("practice_id", "theme__name_km", "theme__name_en"):
                themes[pk].append(label(km, en))
            names = [f"{unit}__name_{lang}" for unit in self.UNIT for lang in ("km", "en")]
            links = Practice.units.through.objects.filter(practice_id__in=ids)
            for pk, *row in links.order_by("adminunit__code").values_list("practice_id", *names):
                chain = [
                    label(km, en) for km, en in zip(row[::2], row[1::2], strict=True) if km or en
                ]
                places[pk].append(" › ".join(reversed(chain)))
            for practice in practices:
                practice.card_themes = themes[practice.pk]
                practice.card_places = places[practice.pk]
            self._practices = practices
        return self._practices


class CardPaginator(Paginator):
    """Pages of practice cards, each page's ids read before its rows.

    Reaching page 2,500 skips 50,000 practices; skipping them in the listing index, and then
    reading the twenty wide rows shown, keeps a deep page as fast as the first. Same queries.
    """

    def page(self, number):
        page = super().page(number)
        ordering = self.object_list.query.order_by
        ids = page.object_list.values("pk")
        page.object_list = cards(Practice.objects.filter(pk__in=ids).order_by(*ordering))
        return page


def label(row_km, row_en):
    first, other = (row_en, row_km) if get_language() == "en" else (row_km, row_en)
    return first or other or ""


class Browse:
    """The browse page: filtered, searched, sorted, paginated, with counts per option."""

    def __init__(self, request, queryset, data=None):
        self.request = request
        self.data = request.GET if data is None else data
        self.filterset = PracticeFilter(self.data, queryset=queryset)
        self.filterset.visibilities = counts.VISIBILITIES[audience(request)]
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
        sort = {"newest": ("-published_at", "-pk"), "title": self.filterset.title_order()}
        queryset = self.filterset.unordered_qs
        ids = search.ranked_ids(queryset, self.query, sort.get(self.filterset.sort_key))
        self.more = len(ids) > search.RANKED_CANDIDATES
        page = Paginator(ids[: search.RANKED_CANDIDATES], PER_PAGE).get_page(self.page_number)
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
        return list(cards(search.filter_similar(self.filterset.queryset, self.query))[:PER_PAGE])

    @cached_property
    def facets(self):
        return FacetOptions(self.counts, self.filterset.form.cleaned_data)

    @cached_property
    def counts(self):
        """Results per option of each filter; the same in both languages, as the labels of
        both are kept."""
        if not self.facet_params:
            return shared_counts(self.request)["facets"]
        digest = hashlib.sha1(repr(self.facet_params).encode()).hexdigest()[:16]
        bound = search.RANKED_CANDIDATES + 1 if self.query else None
        everything = lambda: shared_counts(self.request)["facets"]  # noqa: E731
        compute = lambda: facet_counts(self.filterset, bound, everything)  # noqa: E731
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

    def url(self, **changes):
        """This page's address with some parameters changed (None removes one)."""
        params = dict(self.key_params)
        params.update(changes)
        if "province" in changes:
            params.pop("district", None)
        from django.utils.http import urlencode

        return "?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})


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
        self.partial = self.seen > search.RANKED_CANDIDATES

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


class Home:
    def __init__(self, request):
        self.request = request
        self.visible = visible(request)

    @cached_property
    def counts(self):
        """The unfiltered browse page's counts, which the two pages share."""
        return shared_counts(self.request)["facets"]

    @cached_property
    def themes(self):
        counts = {slug: n for slug, _km, _en, n in self.counts["theme"]}
        themes = list(Theme.objects.order_by("order", "slug"))
        for theme in themes:
            theme.n = counts.get(theme.slug, 0)
        return themes

    @cached_property
    def latest(self):
        return cards(self.visible.order_by("-published_at", "-pk"))[:6]

    @cached_property
    def featured(self):
        return cards(self.visible.filter(is_featured=True).order_by("-published_at", "-pk"))[:3]

    @cached_property
    def provinces(self):
        rows = sorted(self.counts["province"])
        return [(code, label(km, en), n) for code, km, en, n in rows]

    @cached_property
    def figures(self):
        return shared_counts(self.request)["figures"]


class PracticePage:
    """A practice's sections, each in the current language or, failing that, the other."""

    SKIP = {"title", "summary", "place_name"}

    def __init__(self, request, practice):
        self.request = request
        self.practice = practice
        self.lang = "en" if get_language() == "en" else "km"
        self.other = "km" if self.lang == "en" else "en"

    def _text(self, field):
        own = getattr(self.practice, f"{field}_{self.lang}") or ""
        if own.strip():
            return own, self.lang, False
        other = getattr(self.practice, f"{field}_{self.other}") or ""
        return other, self.other, bool(other.strip())

    @cached_property
    def title(self):
        return self._text("title")

    @cached_property
    def summary(self):
        return self._text("summary")

    @cached_property
    def place_name(self):
        return self._text("place_name")

    @cached_property
    def sections(self):
        labels = {f.name: f.verbose_name for f in Practice._meta.fields}
        rows = []
        for field in PRACTICE_TEXT_FIELDS:
            text, lang, fallback = self._text(field)
            if field not in self.SKIP and text.strip():
                rows.append(
                    {
                        "field": field,
                        "label": labels[field],
                        "text": text,
                        "lang": lang,
                        "fallback": fallback,
                    }
                )
        return rows

    @cached_property
    def units(self):
        return list(self.practice.units.select_related("parent__parent"))

    @cached_property
    def themes(self):
        return list(self.practice.themes.all())

    @cached_property
    def roles(self):
        return list(self.practice.partner_roles.select_related("partner").order_by("partner__name"))

    @cached_property
    def photos(self):
        return list(self.practice.photos.all())

    @cached_property
    def documents(self):
        return list(self.practice.documents.all())

    @cached_property
    def related(self):
        shared = Practice.themes.through.objects.filter(
            practice=OuterRef("pk"), theme__in=[t.pk for t in self.themes]
        )
        queryset = visible(self.request).filter(Exists(shared)).exclude(pk=self.practice.pk)
        return list(cards(queryset.order_by("-published_at", "-pk"))[:3])


def paged_cards(request, queryset):
    paginator = CardPaginator(queryset.order_by("-published_at", "-pk"), PER_PAGE)
    return paginator.get_page(request.GET.get("page", "1")[:6])


def practices_in(request, unit):
    places = PracticePlace.objects.filter(practice=OuterRef("pk"), unit=unit)
    return visible(request).filter(Exists(places))


def practices_of(request, partner):
    roles = PracticePartner.objects.filter(practice=OuterRef("pk"), partner=partner)
    return visible(request).filter(Exists(roles))


def children_counts(request, unit):
    rows = (
        PracticePlace.objects.filter(unit__parent=unit, practice__in=visible(request).values("pk"))
        .values("unit__code", "unit__name_km", "unit__name_en")
        .annotate(n=Count("practice", distinct=True))
        .order_by("unit__code")
    )
    return [(r["unit__code"], label(r["unit__name_km"], r["unit__name_en"]), r["n"]) for r in rows]
