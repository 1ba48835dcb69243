"""People's accounts: language and who invited them; coordinators may invite and manage people."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# The coordinator invites people and changes their roles without a superuser.
COORDINATOR_PERMISSIONS = [
    ("practices", "invite_people"),
    ("auth", "add_user"),
    ("auth", "change_user"),
    ("auth", "view_user"),
]


def grant_coordinator(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name="Coordinator")
    for app_label, codename in COORDINATOR_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0015_uploads_checked_on_arrival"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.CreateModel(
            name="Account",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[("km", "Khmer"), ("en", "English")],
                        default="km",
                        max_length=2,
                        verbose_name="preferred language",
                    ),
                ),
                (
                    "invited_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="invited at"),
                ),
                (
                    "invited_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="invited by",
                    ),
                ),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="account",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="user",
                    ),
                ),
            ],
            options={
                "verbose_name": "account",
                "verbose_name_plural": "accounts",
                "permissions": [("invite_people", "Can invite people and manage their accounts")],
            },
        ),
        migrations.RunPython(grant_coordinator, migrations.RunPython.noop),
    ]
