"""Each figure as plain rows (code, Khmer label, English label, values...), counted in one
query over the practices of an audience (practices/audience.py), so that they can be cached
per audience and public revision and drawn in either language."""

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractYear

from practices import audience
from practices.models import AdminUnit, Practice, PracticePlace, Theme, english_name

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
