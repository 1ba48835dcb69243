"""What the public pages of knowledge exchange show: replications (browse with counted
filters, a replication's page), events (upcoming and past, an event's page), and the
replications and events beside a practice, a place or a partner.

Every list takes its records from practices/audience.py: replications and events by their
visibility, logbook entries never internal, source and resulting practices only when the
reader may read them.
"""

from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.db.models.functions import ExtractYear, Substr
from django.utils import timezone
from django.utils.http import urlencode

from practices import audience
from practices.models import (
    PLAN_FIELDS,
    RESULT_FIELDS,
    AdminUnit,
    Country,
    Event,
    Partner,
    Replication,
    ReplicationPartner,
    ReplicationStage,
    Theme,
)
from practices.pages.cache import counted

PER_PAGE = 20


def _page(request, queryset):
    return Paginator(queryset, PER_PAGE).get_page(request.GET.get("page", "1")[:6])


def _provinces():
    return {u.code: u.display_name for u in AdminUnit.objects.provinces()}


def _unit_names(queryset):
    """The adopter's or event's unit with the units above it, for a list: one join."""
    return queryset.select_related("unit__parent__parent")


def with_sources(request, replications):
    """Replications with only the source practices this reader may read, prefetched."""
    readable = audience.readable_in(request).only("pk", "slug", "title_km", "title_en", "country")
    return replications.prefetch_related(Prefetch("sources", queryset=readable, to_attr="shown"))


# Replications.


class ReplicationFilters:
    """The browse page's filters: each one's options counted with the other filters applied.
    An unknown value is ignored and said so, never an error."""

    NAMES = ("stage", "province", "country", "theme", "partner")

    def __init__(self, request):
        self.request = request
        self.base = audience.replications_in(request)
        self.readable = audience.readable_in(request)
        self.options = {
            "stage": {s.value: s.label for s in ReplicationStage},
            "province": _provinces(),
            "country": {c.value: c.label for c in Country},
            "theme": {t.slug: t.name for t in Theme.objects.all()},
            "partner": {
                p.slug: str(p)
                for p in Partner.objects.filter(replication_roles__isnull=False).distinct()
            },
        }
        self.chosen, self.ignored = {}, False
        for name in self.NAMES:
            value = request.GET.get(name, "")[:60]
            if value and value in self.options[name]:
                self.chosen[name] = value
            elif value:
                self.ignored = True

    def _apply(self, queryset, skip=None):
        for name, value in self.chosen.items():
            if name != skip:
                queryset = self._filter(queryset, name, value)
        return queryset

    def _filter(self, queryset, name, value):
        if name == "stage":
            return queryset.filter(stage=value)
        if name == "province":
            return queryset.filter(unit__code__startswith=value)
        if name == "partner":
            return queryset.filter(partner_roles__partner__slug=value).distinct()
        sources = self.readable.filter(
            **({"country": value} if name == "country" else {"themes__slug": value})
        )
        return queryset.filter(sources__in=sources.values("pk")).distinct()

    def _counts(self, name):
        queryset = self._apply(self.base, skip=name)
        if name == "stage":
            rows = queryset.values_list("stage")
        elif name == "province":
            rows = queryset.filter(unit__isnull=False).values_list(Substr("unit__code", 1, 2))
        elif name == "partner":
            rows = queryset.values_list("partner_roles__partner__slug")
        else:
            field = "sources__country" if name == "country" else "sources__themes__slug"
            rows = queryset.filter(sources__in=self.readable.values("pk")).values_list(field)
        counted = rows.order_by().annotate(n=Count("pk", distinct=True))
        return {value: n for value, n in counted if value}

    @cached_property
    def facets(self):
        """{name: [(value, text, count, selected)]}, options with no replication left out."""
        chosen = urlencode(sorted(self.chosen.items()))
        counts = counted(self.request, f"replication-facets:{chosen}", self._all_counts)
        facets = {}
        for name in self.NAMES:
            facets[name] = [
                (value, text, counts[name][value], self.chosen.get(name) == value)
                for value, text in self.options[name].items()
                if value in counts[name]
            ]
        return facets

    def _all_counts(self):
        # Kept per audience until the public site changes, in every language: numbers only.
        return {name: self._counts(name) for name in self.NAMES}

    @cached_property
    def results(self):
        return self._apply(self.base)


class ReplicationList:
    def __init__(self, request):
        self.request = request
        self.filters = ReplicationFilters(request)

    @cached_property
    def page(self):
        queryset = _unit_names(with_sources(self.request, self.filters.results))
        return _page(self.request, queryset.order_by("-created_at", "-pk"))


class ReplicationPage:
    """A replication's plan, public logbook, results, sources, events and partners."""

    def __init__(self, request, replication):
        self.request = request
        self.replication = replication

    def _sections(self, fields):
        labels = {f.name: f.verbose_name for f in Replication._meta.fields}
        rows = []
        for field in fields:
            text = getattr(self.replication, field) or ""
            if text.strip():
                rows.append({"field": field, "label": labels[field], "text": text})
        return rows

    @cached_property
    def plan(self):
        return self._sections(PLAN_FIELDS)

    @cached_property
    def results(self):
        return self._sections(RESULT_FIELDS)

    @cached_property
    def sources(self):
        return list(audience.readable_in(self.request).filter(replications=self.replication))

    @cached_property
    def resulting_practice(self):
        pk = self.replication.resulting_practice_id
        return audience.readable_in(self.request).filter(pk=pk).first() if pk else None

    @cached_property
    def logbook(self):
        entries = audience.logbook_in(self.request).filter(replication=self.replication)
        return list(entries.order_by("-date", "-pk"))

    @cached_property
    def events(self):
        return list(audience.events_in(self.request).filter(replications=self.replication))

    @cached_property
    def roles(self):
        roles = ReplicationPartner.objects.filter(replication=self.replication)
        return list(roles.select_related("partner").order_by("partner__name"))


# Events.


class EventList:
    """Upcoming (soonest first) or past (latest first) events, by kind, province and year."""

    def __init__(self, request):
        self.request = request
        self.today = timezone.localdate()
        self.past = request.GET.get("when") == "past"
        self.provinces = _provinces()
        self.kinds = dict(Event.Kind.choices)
        get = request.GET.get
        self.kind = get("kind") if get("kind") in self.kinds else ""
        self.province = get("province") if get("province") in self.provinces else ""
        year = get("year", "")
        known = len(year) == 4 and year.isascii() and year.isdigit()
        self.year = int(year) if known and 1990 <= int(year) <= 2100 else None
        self.ignored = any(
            get(name) and not chosen
            for name, chosen in (
                ("kind", self.kind),
                ("province", self.province),
                ("year", self.year),
            )
        )

    @cached_property
    def queryset(self):
        events = audience.events_in(self.request)
        if self.kind:
            events = events.filter(kind=self.kind)
        if self.province:
            events = events.filter(unit__code__startswith=self.province)
        if self.year:
            events = events.filter(starts_on__year=self.year)
        if self.past:
            return events.filter(starts_on__lt=self.today).order_by("-starts_on", "-pk")
        return events.filter(starts_on__gte=self.today).order_by("starts_on", "pk")

    @cached_property
    def page(self):
        return _page(self.request, _unit_names(self.queryset))

    @cached_property
    def years(self):
        years = audience.events_in(self.request).annotate(y=ExtractYear("starts_on"))
        return sorted(set(years.values_list("y", flat=True)), reverse=True)


def upcoming():
    """Public events from today on, soonest first: the iCalendar feed's. Like the practice
    feeds, it carries public records only, whoever asks: calendars subscribe without a
    session, and a copy may be shared."""
    events = audience.events_for(audience.PUBLIC).filter(starts_on__gte=timezone.localdate())
    return _unit_names(events.order_by("starts_on", "pk"))


class EventPage:
    def __init__(self, request, event):
        self.request = request
        self.event = event

    @cached_property
    def practices(self):
        return list(audience.readable_in(self.request).filter(events=self.event))

    @cached_property
    def replications(self):
        return list(audience.replications_in(self.request).filter(events=self.event))

    @cached_property
    def organisers(self):
        return list(self.event.organisers.all())

    @cached_property
    def photos(self):
        return list(self.event.photos.all())

    @cached_property
    def documents(self):
        return list(self.event.documents.all())


# Beside a practice, a place, a partner and on the home page.


class PracticeExchange:
    """On a practice's page: who adapted it, what it was adapted from (the chain back to its
    first source), and the events where it was presented."""

    def __init__(self, request, practice):
        self.request = request
        self.practice = practice

    @cached_property
    def adapted_by(self):
        replications = audience.replications_in(self.request).filter(sources=self.practice)
        replications = replications.select_related("unit__parent__parent")
        shown = audience.readable_in(self.request).only("pk", "slug", "title_km", "title_en")
        replications = replications.prefetch_related(Prefetch("resulting_practice", queryset=shown))
        return list(replications.order_by("-created_at", "-pk"))

    @cached_property
    def adapted_from(self):
        """The chain of sources, nearest first: [(replication, [its readable sources])]."""
        chain, practice, seen = [], self.practice, set()
        replications = audience.replications_in(self.request)
        while practice is not None and practice.pk not in seen:
            seen.add(practice.pk)
            origin = replications.filter(resulting_practice=practice).first()
            if origin is None:
                break
            sources = list(audience.readable_in(self.request).filter(replications=origin))
            chain.append((origin, sources))
            practice = sources[0] if sources else None
        return chain

    @cached_property
    def presented_at(self):
        events = audience.events_in(self.request).filter(practices=self.practice)
        return list(events.order_by("-starts_on", "-pk"))


def replications_in_place(request, unit):
    """Readable replications whose adopter is in `unit` or a unit below it."""
    replications = audience.replications_in(request).filter(unit__code__startswith=unit.code)
    return list(with_sources(request, _unit_names(replications)).order_by("-created_at")[:PER_PAGE])


def events_in_place(request, unit):
    events = audience.events_in(request).filter(unit__code__startswith=unit.code)
    return list(_unit_names(events).order_by("-starts_on")[:PER_PAGE])


def replications_of(request, partner):
    replications = audience.replications_in(request).filter(partner_roles__partner=partner)
    replications = _unit_names(replications.distinct())
    return list(with_sources(request, replications).order_by("-created_at")[:PER_PAGE])


def events_of(request, partner):
    events = audience.events_in(request).filter(organisers=partner)
    return list(_unit_names(events).order_by("-starts_on")[:PER_PAGE])
