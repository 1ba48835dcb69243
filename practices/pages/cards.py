"""Practice cards and their pages, read in a fixed number of queries."""

from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.utils.translation import get_language

from practices.models import Photo, Practice, shown_name

PER_PAGE = 20
NEWEST = ("-published_at", "-pk")


def cards(queryset):
    """What a practice card shows, in a fixed number of queries, read on first use."""
    return Cards(queryset)


class Cards:
    """Practice cards: the practices, then the names of their places and themes as plain
    values (two queries), set as `card_places` ("Province › District › Commune") and
    `card_themes`. Prefetching would build a model and a related manager for every link, several
    times the cost of reading the values. The first photo's id and file come with the practices
    (`card_photo`, or None), so an image costs no query. Sliced before use, it stays lazy."""

    FIELDS = ["pk", "slug", "is_sample", "visibility", "published_at", "status", "level"]
    FIELDS += [f"{f}_{lang}" for f in ("title", "summary") for lang in ("km", "en")]
    UNIT = ("adminunit", "adminunit__parent", "adminunit__parent__parent")
    UNIT_NAMES = ("name_km", "name_en", "common_name")

    def __init__(self, queryset, *, prepared=False):
        self.queryset = queryset if prepared else self._prepare(queryset)
        self._practices = None

    @classmethod
    def _prepare(cls, queryset):
        first = Photo.objects.filter(practice=OuterRef("pk")).order_by("order", "pk")
        return queryset.only(*cls.FIELDS).annotate(
            card_photo_pk=Subquery(first.values("pk")[:1]),
            card_photo_file=Subquery(first.values("image")[:1]),
        )

    def __getitem__(self, index):
        if isinstance(index, slice) and self._practices is None:
            return Cards(self.queryset[index], prepared=True)
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
            names = [f"{unit}__{name}" for unit in self.UNIT for name in self.UNIT_NAMES]
            links = Practice.units.through.objects.filter(practice_id__in=ids)
            for pk, *row in links.order_by("adminunit__code").values_list("practice_id", *names):
                units = zip(row[::3], row[1::3], row[2::3], strict=True)
                chain = [shown_name(km, en, common) for km, en, common in units if km or en]
                places[pk].append(" › ".join(reversed(chain)))
            for practice in practices:
                practice.card_themes = themes[practice.pk]
                practice.card_places = places[practice.pk]
                practice.card_photo = _photo(practice)
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


def _photo(practice):
    if practice.card_photo_pk is None:
        return None
    return Photo(pk=practice.card_photo_pk, practice_id=practice.pk, image=practice.card_photo_file)


def label(row_km, row_en):
    first, other = (row_en, row_km) if get_language() == "en" else (row_km, row_en)
    return first or other or ""


def paged_cards(request, queryset):
    """The page of cards the request asks for (`?page=`), newest first."""
    paginator = CardPaginator(queryset.order_by(*NEWEST), PER_PAGE)
    return paginator.get_page(request.GET.get("page", "1")[:6])
