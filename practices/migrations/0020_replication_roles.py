"""The coordinator runs replications and events; documenters may write logbooks they are on."""

from django.db import migrations

COORDINATOR = [
    "move_replication",
    "assign_replication",
    *[
        f"{action}_{model}"
        for model in ("replication", "event", "logbookentry", "replicationpartner")
        for action in ("add", "change", "view", "delete")
    ],
    *[f"{action}_replicationassignment" for action in ("add", "change", "view", "delete")],
    *[f"{action}_{model}" for model in ("eventphoto", "eventdocument") for action in ("add", "change", "view", "delete")],
]
DOCUMENTER = ["view_replication", "add_logbookentry", "view_logbookentry"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in (("Coordinator", COORDINATOR), ("Documenter", DOCUMENTER)):
        group, _created = Group.objects.get_or_create(name=name)
        perms = Permission.objects.filter(
            content_type__app_label="practices", codename__in=codenames
        )
        if perms.count() != len(codenames):
            raise RuntimeError(f"Missing permissions for {name}")
        group.permissions.add(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0019_replication_and_events"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
