import datetime

from django.conf import settings
from django.core.management.base import BaseCommand

from practices.backups import write_backup


class Command(BaseCommand):
    help = "Write a consistent backup of the database and uploaded media to one tar file."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="file to write (default: var/backups/glgp-<time>.tar)")

    def handle(self, *args, output=None, **options):
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = write_backup(output or settings.VAR_DIR / "backups" / f"glgp-{stamp}.tar")
        self.stdout.write(f"Backup written to {path}")
