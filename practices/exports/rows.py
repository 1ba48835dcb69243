"""The rows of an export, read a batch of practices at a time in four queries."""

from itertools import batched

from django.urls import reverse
from django.utils import translation

from practices.exports.columns import LANGUAGES, TEXTS
from practices.models import Practice, PracticePartner, PracticePlace

BATCH = 500
FIELDS = [
    "pk",
    "slug",
    "visibility",
    "level",
    "country",
    "status",
    "start_date",
    "end_date",
    "published_at",
    "beneficiaries_total",
    "beneficiaries_women",
    *(f"{text}_{lang}" for text in TEXTS for lang in LANGUAGES),
]
LEVEL_COLUMNS = {1: "provinces", 2: "districts", 3: "communes"}


def rows(ids, languages, site=""):
    """One dict per practice of `ids` (in that order), text columns in `languages`."""
    with translation.override(languages[0]):
        page = site + reverse("practices:detail", args=["-"])
    for batch in batched(ids, BATCH):
        yield from _batch(list(batch), languages, page)


def _batch(ids, languages, page):
    practices = {row["pk"]: row for row in Practice.objects.filter(pk__in=ids).values(*FIELDS)}
    links = {
        pk: {"themes": [], "partners": [], **dict.fromkeys(LEVEL_COLUMNS.values(), ())}
        for pk in ids
    }
    themes = Practice.themes.through.objects.filter(practice_id__in=ids)
    for pk, slug in themes.order_by("theme__order", "theme__slug").values_list(
        "practice_id", "theme__slug"
    ):
        links[pk]["themes"].append(slug)
    places = PracticePlace.objects.filter(practice_id__in=ids).order_by("unit__code")
    for pk, code, level in places.values_list("practice_id", "unit__code", "unit__level"):
        column = LEVEL_COLUMNS[level]
        links[pk][column] = (*links[pk][column], code)
    roles = PracticePartner.objects.filter(practice_id__in=ids).order_by("partner__slug", "role")
    for pk, slug, role in roles.values_list("practice_id", "partner__slug", "role"):
        links[pk]["partners"].append(f"{slug}:{role}")
    for pk in ids:
        if pk in practices:
            yield _row(practices[pk], links[pk], languages, page)


def _row(practice, links, languages, page):
    url = page.replace("/-/", f"/{practice['slug']}/")
    row = {"slug": practice["slug"], "url": url, "visibility": practice["visibility"]}
    for text in TEXTS:
        if len(languages) == 1:
            row[text] = practice[f"{text}_{languages[0]}"] or ""
        else:
            row.update({f"{text}_{lang}": practice[f"{text}_{lang}"] or "" for lang in languages})
    row.update({name: practice[name] for name in ("level", "country", "status")})
    row.update({name: ";".join(values) for name, values in links.items()})
    for name in ("start_date", "end_date", "published_at"):
        row[name] = practice[name].isoformat() if practice[name] else ""
    for name in ("beneficiaries_total", "beneficiaries_women"):
        row[name] = practice[name]
    return row
