from django.core.management.base import BaseCommand
from django.db import transaction

from practices.models import Criterion, Partner, Theme
from practices.reference_data import CRITERIA, FORMER_KHMER, PARTNERS, THEMES
from practices.search import indexer


class Command(BaseCommand):
    help = (
        "Add the starting thematic areas and partners that are missing, and bring their Khmer "
        "and the criteria's up to date where nobody has edited it."
    )

    @transaction.atomic
    @indexer.batched()  # each theme and partner saved would reindex its practices
    def handle(self, *args, **options):
        themes = sum(load_theme(order, *row) for order, row in enumerate(THEMES, start=1))
        partners = sum(load_partner(*row) for row in PARTNERS)
        updated = sum(update_khmer(*found) for found in _seeded_rows())
        self.stdout.write(
            f"Reference data: {themes} thematic areas and {partners} partners added, "
            f"{updated} Khmer texts updated."
        )


def load_theme(order, slug, name_en, name_km, delgosea):
    _, created = Theme.objects.get_or_create(
        slug=slug,
        defaults={
            "name": name_en,
            "name_en": name_en,
            "name_km": name_km,
            "order": order,
            "is_delgosea_area": delgosea,
        },
    )
    return created


def load_partner(slug, acronym, name_en, name_km, country, kind, member):
    _, created = Partner.objects.get_or_create(
        slug=slug,
        defaults={
            "acronym": acronym,
            "name": name_en,
            "name_en": name_en,
            "name_km": name_km,
            "country": country,
            "kind": kind,
            "is_delgosea_member": member,
        },
    )
    return created


def _seeded_rows():
    """(row, key, {field: Khmer text}) of every seeded row present, themes, partners, criteria."""
    themes = {t.slug: t for t in Theme.objects.all()}
    partners = {p.slug: p for p in Partner.objects.all()}
    criteria = {c.name_en: c for c in Criterion.objects.all()}
    for slug, _en, name_km, _d in THEMES:
        if slug in themes:
            yield themes[slug], slug, {"name_km": name_km}
    for slug, _a, _en, name_km, *_rest in PARTNERS:
        if slug in partners:
            yield partners[slug], slug, {"name_km": name_km}
    for name_en, name_km, _g, guidance_km in CRITERIA:
        if name_en in criteria:
            yield criteria[name_en], name_en, {"name_km": name_km, "guidance_km": guidance_km}


def update_khmer(row, key, texts):
    """Set each Khmer field still empty or holding a former seeded text; the count changed."""
    untouched = {"", None, *FORMER_KHMER.get(key, ())}
    changes = {f: text for f, text in texts.items() if getattr(row, f) in untouched}
    changes = {f: text for f, text in changes.items() if getattr(row, f) != text}
    for field, text in changes.items():
        setattr(row, field, text)
    if changes:
        row.save(update_fields=list(changes))
    return len(changes)
