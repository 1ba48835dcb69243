from django.core.management.base import BaseCommand

from practices.search import indexer


class Command(BaseCommand):
    help = "Rebuild the search index and the places covered of every published practice."

    def handle(self, *args, **options):
        count = indexer.reindex_all()
        self.stdout.write(f"Search index rebuilt for {count} published practices.")
