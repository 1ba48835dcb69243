"""The rows the data migrations write, made again after a test empties the database."""

import importlib

# What the data migrations put in the database, in their order: the roles' groups and their
# permissions, and the screening criteria (every step is idempotent).
MIGRATED_DATA = [
    ("0003_roles_and_criteria", "create_roles"),
    ("0003_roles_and_criteria", "seed_criteria"),
    ("0006_coordinator_answers_enquiries", "grant"),
    ("0016_accounts", "grant_coordinator"),
    ("0019_khmer_contacts_and_credits", "criteria_in_khmer"),
    ("0022_api_tokens_open_data", "grant_coordinator"),
    ("0023_site_pages", "coordinators_edit_site_pages"),
    ("0025_replication_roles", "grant"),
    ("0026_unit_spellings_and_site_logo", "coordinators_change_the_logo"),
]


def remake_migrated_data():
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    # An earlier test's flush may have made the content types anew, under other ids.
    ContentType.objects.clear_cache()
    for module, function in MIGRATED_DATA:
        getattr(importlib.import_module(f"practices.migrations.{module}"), function)(apps, None)
