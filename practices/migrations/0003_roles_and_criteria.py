"""The curation roles as groups with their permissions, and the first screening criteria."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW = ["view"]
EDIT = ["add", "change", "view"]
FULL = ["add", "change", "delete", "view"]

ROLES = {
    "Coordinator": {
        "practice": [
            "add",
            "change",
            "view",
            "move",
            "assign",
            "screen",
            "document",
            "publish",
        ],
        "practice+": ["decide_screening"],
        "historicalpractice": VIEW,
        "mappinground": FULL,
        "criterion": FULL,
        "eligibilitycheck": EDIT,
        "assignment": FULL,
        "scoring": VIEW,
        "score": VIEW,
        "stagechange": VIEW,
        "theme": EDIT,
        "partner": EDIT,
        "adminunit": ["change", "view"],
        "photo": FULL,
        "document": FULL,
        "practicepartner": FULL,
    },
    "Screener": {
        "practice": ["view", "screen"],
        "criterion": VIEW,
        "stagechange": VIEW,
        "theme": VIEW,
        "adminunit": VIEW,
    },
    "Documenter": {
        "practice": ["change", "view", "document"],
        "historicalpractice": VIEW,
        "stagechange": VIEW,
        "theme": VIEW,
        "partner": VIEW,
        "adminunit": VIEW,
        "photo": FULL,
        "document": FULL,
        "practicepartner": FULL,
    },
    # Reads network-only practices on the public site; no admin rights.
    "Partner": {},
}

# Weights follow the field's practice: impact and transferability first (DELGOSEA calls
# transferability its strongest criterion), cost-efficiency last; they add up to 100.
CRITERIA = [
    (
        "Impact on people's living conditions",
        "ផលប៉ះពាល់លើជីវភាពរស់នៅរបស់ប្រជាពលរដ្ឋ",
        "Is there evidence that people live better because of it: figures, testimony, records?",
        25,
    ),
    (
        "Transferability",
        "លទ្ធភាពផ្ទេរទៅអនុវត្តនៅកន្លែងផ្សេង",
        "Could another commune or sangkat repeat it with the means a council usually has?",
        20,
    ),
    (
        "Sustainability and viability",
        "និរន្តរភាព និងលទ្ធភាពអនុវត្តបាន",
        "Will it last without outside money: is it in the council's plan, budget and routine?",
        15,
    ),
    (
        "Participation and inclusion",
        "ការចូលរួម និងបរិយាប័ន្ន",
        "Did citizens, women and vulnerable groups take part in deciding and in doing it?",
        15,
    ),
    (
        "Innovation",
        "នវានុវត្តន៍",
        "Is it new for its place, or a known idea applied in a new and clever way?",
        10,
    ),
    (
        "Good governance and gender",
        "អភិបាលកិច្ចល្អ និងសមភាពយេនឌ័រ",
        "Is it transparent and accountable, and does it treat women and men fairly?",
        10,
    ),
    (
        "Cost-efficiency",
        "ប្រសិទ្ធភាពនៃការចំណាយ",
        "Are the results worth what they cost, compared with other ways of reaching them?",
        5,
    ),
]


def _codenames(model, actions):
    if model == "practice+":
        return list(actions)
    return [f"{action}_{model}" for action in actions]


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        codenames = [c for model, actions in grants.items() for c in _codenames(model, actions)]
        perms = Permission.objects.filter(
            content_type__app_label="practices", codename__in=codenames
        )
        if perms.count() != len(codenames):
            raise RuntimeError(f"Missing permissions for {name}")
        group.permissions.add(*perms)


def seed_criteria(apps, schema_editor):
    Criterion = apps.get_model("practices", "Criterion")
    if Criterion.objects.exists():
        return
    for order, (name_en, name_km, guidance_en, weight) in enumerate(CRITERIA, start=1):
        Criterion.objects.create(
            name=name_en,
            name_en=name_en,
            name_km=name_km,
            guidance=guidance_en,
            guidance_en=guidance_en,
            weight=weight,
            order=order,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("practices", "0002_curation_workflow"),
    ]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(seed_criteria, migrations.RunPython.noop),
    ]
