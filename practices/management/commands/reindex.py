from django.core.management.base import BaseCommand

from practices import search


class Command(BaseCommand):
    help = "Rebuild the search index and the places covered of every published practice."

    def handle(self, *args, **options):
        count = search.reindex_all()
        self.stdout.write(f"Search index rebuilt for {count} published practices.")
