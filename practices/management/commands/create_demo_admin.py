import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "demo-admin"


class Command(BaseCommand):
    help = "Create a local demo superuser with a random password (DEBUG only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("A demo account is only created when DEBUG is on.")
        User = get_user_model()
        if User.objects.filter(username=USERNAME).exists():
            self.stdout.write(
                f"Demo account '{USERNAME}' exists already; its password was printed when it "
                "was created (reset it with: manage.py changepassword demo-admin)."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(USERNAME, email="", password=password)
        self.stdout.write(
            self.style.WARNING(
                f"Demo admin created — user: {USERNAME}  password: {password}\n"
                "This password is shown once. Sign in at /admin/."
            )
        )
