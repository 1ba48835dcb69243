"""The coordinator receives replication enquiries in the admin and marks them answered."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["view_enquiry", "change_enquiry"]


def grant(apps, schema_editor):
    # Permissions are normally created after migrating; the group needs them now.
    app_config = apps.get_app_config("practices")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    coordinator, _ = Group.objects.get_or_create(name="Coordinator")
    coordinator.permissions.add(
        *Permission.objects.filter(content_type__app_label="practices", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Coordinator"):
        group.permissions.remove(*Permission.objects.filter(codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0005_search_engines"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
