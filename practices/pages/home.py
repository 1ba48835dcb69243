"""The home page and the lists of a place or a partner."""

from functools import cached_property

from django.db.models import Count, Exists, OuterRef

from practices import audience
from practices.models import PracticePartner, PracticePlace, Theme, shown_name
from practices.pages.cache import overview
from practices.pages.cards import NEWEST, cards, label


class Home:
    def __init__(self, request):
        self.request = request
        self.visible = audience.readable_in(request)

    @cached_property
    def counts(self):
        """The unfiltered browse page's counts, which the two pages share."""
        return overview(self.request)["facets"]

    @cached_property
    def themes(self):
        counts = {slug: n for slug, _km, _en, n in self.counts["theme"]}
        themes = list(Theme.objects.order_by("order", "slug"))
        for theme in themes:
            theme.n = counts.get(theme.slug, 0)
        return themes

    @cached_property
    def latest(self):
        return cards(self.visible.order_by(*NEWEST))[:6]

    @cached_property
    def featured(self):
        return cards(self.visible.filter(is_featured=True).order_by(*NEWEST))[:3]

    @cached_property
    def provinces(self):
        rows = sorted(self.counts["province"])
        return [(code, label(km, en), n) for code, km, en, n in rows]

    @cached_property
    def figures(self):
        return overview(self.request)["figures"]


def practices_in(request, unit):
    places = PracticePlace.objects.filter(practice=OuterRef("pk"), unit=unit)
    return audience.readable_in(request).filter(Exists(places))


def practices_of(request, partner):
    roles = PracticePartner.objects.filter(practice=OuterRef("pk"), partner=partner)
    return audience.readable_in(request).filter(Exists(roles))


def children_counts(request, unit):
    rows = (
        PracticePlace.objects.filter(
            unit__parent=unit, practice__in=audience.readable_in(request).values("pk")
        )
        .values_list("unit__code", "unit__name_km", "unit__name_en", "unit__common_name")
        .annotate(n=Count("practice", distinct=True))
        .order_by("unit__code")
    )
    return [(code, shown_name(km, en, common), n) for code, km, en, common, n in rows]
