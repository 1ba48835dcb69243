from django.core.management.base import BaseCommand, CommandError

from practices.backups import RestoreError, restore_backup


class Command(BaseCommand):
    help = "Restore a backup made by `backup` into an empty database and media folder."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--database-url", help="target database (default: the configured one)")
        parser.add_argument("--media-root", help="target media folder (default: MEDIA_ROOT)")

    def handle(self, *args, file, database_url=None, media_root=None, **options):
        try:
            restore_backup(file, database_url=database_url, media_root=media_root)
        except (RestoreError, FileNotFoundError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Restored {file}")
