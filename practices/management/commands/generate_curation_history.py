"""Give the synthetic practices of `generate_practices` a curation history, for measuring the
pipeline figures (practices/demo/synthetic_history.py). `--delete` only removes it, and must run
before `generate_practices --delete`.
"""

from django.core.management.base import BaseCommand

from practices.demo import synthetic_history


class Command(BaseCommand):
    help = "Add stage history, scorings and enquiries to the synthetic practices."

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--delete", action="store_true", help="only remove what it made")

    def handle(self, *args, seed, delete, **options):
        synthetic_history.generate(seed=seed, delete=delete, report=self.stdout.write)
