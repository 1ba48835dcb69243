"""Generate synthetic replications (with logbooks) and events for benchmarks and load tests
(practices/demo/synthetic_exchange.py).

    manage.py generate_replications --count 2000 [--delete]

Run after generate_practices.
"""

from django.core.management.base import BaseCommand

from practices.demo import synthetic_exchange


class Command(BaseCommand):
    help = "Generate synthetic replications, logbook entries and events."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=200)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--delete", action="store_true", help="remove synthetic ones first")

    def handle(self, *args, count, seed, delete, **options):
        synthetic_exchange.generate(count, seed=seed, delete=delete, report=self.stdout.write)
