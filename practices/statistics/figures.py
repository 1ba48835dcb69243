"""Each figure as plain rows (code, Khmer label, English label, values...), counted in one
query over the practices of an audience (practices/audience.py), so that they can be cached
per audience and public revision and drawn in either language."""

from collections import defaultdict

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractYear

from practices import audience
from practices.models import (
    AdminUnit,
    Country,
    Event,
    Practice,
    PracticePlace,
    Replication,
    ReplicationStage,
    Theme,
    english_name,
)

# Practices whose beneficiaries are known with the women among them: the share is computed
# over these only, so that a practice without the split does not lower it.
SPLIT = Q(beneficiaries_total__isnull=False, beneficiaries_women__isnull=False)


def all_figures(reader):
    """{name: [row, ...]} for the audience `reader`; plain values, cacheable."""
    practices = audience.published_for(reader)
    ids = practices.values("pk")
    return {
        "province": by_province(ids),
        "theme": by_theme(ids),
        "level": by_level(practices),
        "year": by_year(practices),
        "beneficiaries_theme": beneficiaries_by_theme(ids),
        "beneficiaries_province": beneficiaries_by_province(ids),
        **exchange_figures(reader, ids),
    }


def exchange_figures(reader, ids):
    replications = audience.replications_for(reader)
    events = audience.events_for(reader)
    return {
        "replication_stage": replications_by_stage(replications),
        "replication_country": replications_by_source_country(replications, ids),
        "events_kind": events_by_kind(events),
        "participants_year": participants_by_year(events),
        "flows": replication_flows(replications, ids),
    }


def by_province(ids):
    counts = dict(
        PracticePlace.objects.filter(practice__in=ids, unit__level=AdminUnit.Level.PROVINCE)
        .values_list("unit__code")
        .annotate(n=Count("practice", distinct=True))
    )
    provinces = AdminUnit.objects.provinces().order_by("code")
    return [
        (
            u.code,
            u.name_km or u.name_en,
            _english(u.name_km, u.name_en, u.common_name),
            counts.get(u.code, 0),
        )
        for u in provinces.only("code", "name_km", "name_en", "common_name")
    ]


def by_theme(ids):
    themes = Theme.objects.annotate(n=Count("practices", filter=Q(practices__in=ids)))
    return [(t.slug, t.name_km or t.name_en, t.name_en or t.name_km, t.n) for t in themes]


def by_level(practices):
    counts = dict(practices.order_by().values_list("level").annotate(n=Count("pk")))
    return [(code, code, code, counts.get(code, 0)) for code, _label in Practice.Level.choices]


def by_year(practices):
    rows = (
        practices.exclude(published_at=None)
        .annotate(year=ExtractYear("published_at"))
        .order_by("year")
        .values_list("year")
        .annotate(n=Count("pk"))
    )
    return [(str(year), str(year), str(year), n) for year, n in rows]


def _sums(prefix=""):
    split = Q(**{f"{prefix}{k}": v for k, v in SPLIT.children})
    return {
        "total": Sum(f"{prefix}beneficiaries_total", filter=split),
        "women": Sum(f"{prefix}beneficiaries_women", filter=split),
    }


def beneficiaries_by_theme(ids):
    themes = Theme.objects.filter(practices__in=ids).annotate(**_sums("practices__"))
    return [
        (t.slug, t.name_km or t.name_en, t.name_en or t.name_km, t.total or 0, t.women or 0)
        for t in themes.order_by("order", "slug")
    ]


def beneficiaries_by_province(ids):
    places = (
        PracticePlace.objects.filter(practice__in=ids, unit__level=AdminUnit.Level.PROVINCE)
        .values_list("unit__code", "unit__name_km", "unit__name_en", "unit__common_name")
        .annotate(**_sums("practice__"))
        .order_by("unit__code")
    )
    return [
        (code, km or en, _english(km, en, common), total or 0, women or 0)
        for code, km, en, common, total, women in places
    ]


def _english(name_km, name_en, common_name):
    return english_name(name_en, common_name) if name_en else name_km


def replications_by_stage(replications):
    counts = dict(replications.order_by().values_list("stage").annotate(n=Count("pk")))
    return [(code, code, code, counts.get(code, 0)) for code, _label in ReplicationStage.choices]


def replications_by_source_country(replications, ids):
    """Replications per country of the practices they take up, among the sources the reader
    may read (a replication of two countries' practices counts in each), most first."""
    rows = (
        replications.filter(sources__in=ids)
        .order_by()
        .values_list("sources__country")
        .annotate(n=Count("pk", distinct=True))
    )
    return [(code, code, code, n) for code, n in sorted(rows, key=lambda row: (-row[1], row[0]))]


def events_by_kind(events):
    counts = dict(events.order_by().values_list("kind").annotate(n=Count("pk")))
    return [(code, code, code, counts.get(code, 0)) for code, _label in Event.Kind.choices]


def participants_by_year(events):
    """Participants and the women among them, over the events that give both numbers."""
    rows = (
        events.filter(participants_total__isnull=False, participants_women__isnull=False)
        .annotate(year=ExtractYear("starts_on"))
        .order_by("year")
        .values_list("year")
        .annotate(total=Sum("participants_total"), women=Sum("participants_women"))
    )
    return [(str(year), str(year), str(year), total, women) for year, total, women in rows]


def replication_flows(replications, ids):
    """[(from, to, replications)]: from the province of a source practice the reader may read
    (or its country, abroad) to the adopter's province (or country), most first. A province is
    its two-digit code, a country its two letters."""
    links = Replication.sources.through.objects.filter(
        replication__in=replications.values("pk"), practice__in=ids
    ).values_list("replication_id", "practice_id", "practice__country")
    links = list(links)
    provinces = defaultdict(list)
    places = PracticePlace.objects.filter(
        practice__in={practice for _r, practice, _c in links}, unit__level=AdminUnit.Level.PROVINCE
    )
    for practice, code in places.values_list("practice_id", "unit__code"):
        provinces[practice].append(code)
    adopters = {
        pk: code[:2] if code else (country if country != Country.CAMBODIA else None)
        for pk, code, country in replications.values_list("pk", "unit__code", "country")
    }
    pairs = defaultdict(set)
    for replication, practice, country in links:
        origins = provinces[practice] or ([country] if country != Country.CAMBODIA else [])
        target = adopters.get(replication)
        for origin in origins if target else ():
            pairs[(origin, target)].add(replication)
    rows = [(origin, target, len(found)) for (origin, target), found in pairs.items()]
    return sorted(rows, key=lambda row: (-row[2], row[0], row[1]))
