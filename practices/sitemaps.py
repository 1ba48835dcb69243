"""/sitemap.xml: every public page in both languages, each with its hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from django.urls import reverse

from practices import audience
from practices.models import AdminUnit, Partner, PracticePlace, Theme


def _public():
    """Search engines are anonymous: the sitemap lists what everyone reads."""
    return audience.published_for(audience.PUBLIC)


class _Bilingual(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PracticeSitemap(_Bilingual):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return _public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class StaticSitemap(_Bilingual):
    priority = 1.0

    def items(self):
        return ["practices:home", "practices:list", "practices:replications", "practices:events"]

    def location(self, item):
        return reverse(item)


class ReplicationSitemap(_Bilingual):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        replications = audience.replications_for(audience.PUBLIC)
        return replications.only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class EventSitemap(_Bilingual):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return audience.events_for(audience.PUBLIC).only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class ThemeSitemap(_Bilingual):
    def items(self):
        return Theme.objects.order_by("order", "slug")


class PartnerSitemap(_Bilingual):
    def items(self):
        return (
            Partner.objects.filter(practice_roles__practice__in=_public().values("pk"))
            .distinct()
            .order_by("slug")
        )


class PlaceSitemap(_Bilingual):
    """Places with public practices, and every province."""

    def items(self):
        public = _public().values("pk")
        covered = PracticePlace.objects.filter(practice__in=public).values("unit")
        return AdminUnit.objects.filter(Q(pk__in=covered) | Q(level=1)).order_by("code")


SITEMAPS = {
    "pages": StaticSitemap,
    "practices": PracticeSitemap,
    "replications": ReplicationSitemap,
    "events": EventSitemap,
    "themes": ThemeSitemap,
    "places": PlaceSitemap,
    "partners": PartnerSitemap,
}
