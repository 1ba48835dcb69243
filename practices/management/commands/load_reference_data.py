from django.core.management.base import BaseCommand
from django.db import transaction

from practices.models import Partner, Theme
from practices.reference_data import PARTNERS, THEMES


class Command(BaseCommand):
    help = "Add the starting thematic areas and partners that are missing (never overwrites)."

    @transaction.atomic
    def handle(self, *args, **options):
        themes = 0
        for order, (slug, name_en, name_km, delgosea) in enumerate(THEMES, start=1):
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
            themes += created
        partners = 0
        for slug, acronym, name_en, name_km, country, kind, member in PARTNERS:
            _, created = Partner.objects.get_or_create(
                slug=slug,
                defaults={
                    "acronym": acronym,
                    "name": name_en,
                    "name_en": name_en,
                    "name_km": name_km or None,
                    "country": country,
                    "kind": kind,
                    "is_delgosea_member": member,
                },
            )
            partners += created
        self.stdout.write(f"Reference data: {themes} thematic areas and {partners} partners added.")
