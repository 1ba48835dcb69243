"""The coordinator runs replications and events; documenters may write logbooks they are on.
The stored home figures are dropped, to be rebuilt with the replications and events counted."""

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
NAMES = {
    "move_replication": "Can move replications between stages",
    "assign_replication": "Can assign coaches and documenters to replications",
}
DOCUMENTER = ["view_replication", "add_logbookentry", "view_logbookentry"]


def _permission(apps, codename):
    """The permission, made here if the app's own step has not made it yet. Only this issue's
    models: making every model's permissions here would clash with the renaming of an older
    model's permissions that Django does after migrating."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    action, _sep, model = codename.partition("_")
    if action in ("move", "assign"):
        model = "replication"
    content_type, _created = ContentType.objects.get_or_create(app_label="practices", model=model)
    name = NAMES.get(codename, f"Can {action} {model}")
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )[0]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codenames in (("Coordinator", COORDINATOR), ("Documenter", DOCUMENTER)):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*[_permission(apps, codename) for codename in codenames])


def drop_overviews(apps, schema_editor):
    apps.get_model("practices", "AudienceOverview").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0024_replication_and_events"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(grant, migrations.RunPython.noop),
        migrations.RunPython(drop_overviews, migrations.RunPython.noop),
    ]
