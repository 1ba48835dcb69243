"""Make clearly synthetic bilingual practices for measuring speed
(practices/demo/synthetic_practices.py).

Every practice made here is marked as sample data, titled "Synthetic practice N" and has a
slug starting with "synthetic-"; `--delete` removes them all.
"""

from django.core.management.base import BaseCommand

from practices.demo import synthetic_practices


class Command(BaseCommand):
    help = "Make N clearly synthetic bilingual published practices (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--delete", action="store_true", help="remove synthetic ones first")

    def handle(self, *args, count, seed, delete, **options):
        synthetic_practices.generate(count, seed=seed, delete=delete, report=self.stdout.write)
