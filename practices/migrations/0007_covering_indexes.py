"""Indexes that let the public pages count and list without reading the wide practice rows.

The practice table carries every text section in two languages, so scanning it to count the
published practices, or to sort them by date, reads hundreds of megabytes at 100,000 practices.
A covering index (PostgreSQL's INCLUDE) answers the counts per level, country and status and
the newest-first order from the index alone; the link tables get indexes that lead with the
practice, so that counting themes, places and partners of a set of practices needs no heap.
"""

from django.db import migrations

PRACTICE_COLUMNS = "(stage, visibility, published_at DESC, id DESC)"

POSTGRESQL = [
    (
        f"CREATE INDEX practice_public_listing ON practices_practice {PRACTICE_COLUMNS} "
        "INCLUDE (level, country, status, start_date, end_date, beneficiaries_total, "
        "beneficiaries_women)",
        "DROP INDEX practice_public_listing",
    ),
    (
        "CREATE INDEX practiceplace_practice_level_unit ON practices_practiceplace "
        "(practice_id, level, unit_id)",
        "DROP INDEX practiceplace_practice_level_unit",
    ),
    (
        "CREATE INDEX practicepartner_practice_partner ON practices_practicepartner "
        "(practice_id, partner_id)",
        "DROP INDEX practicepartner_practice_partner",
    ),
]

SQLITE = [
    (
        f"CREATE INDEX practice_public_listing ON practices_practice {PRACTICE_COLUMNS}",
        "DROP INDEX practice_public_listing",
    ),
    (
        "CREATE INDEX practiceplace_practice_level_unit ON practices_practiceplace "
        "(practice_id, level, unit_id)",
        "DROP INDEX practiceplace_practice_level_unit",
    ),
    (
        "CREATE INDEX practicepartner_practice_partner ON practices_practicepartner "
        "(practice_id, partner_id)",
        "DROP INDEX practicepartner_practice_partner",
    ),
]


def _run(statements, forwards):
    def run(apps, schema_editor):
        plan = statements.get(schema_editor.connection.vendor, [])
        for sql, reverse_sql in plan if forwards else reversed(plan):
            schema_editor.execute(sql if forwards else reverse_sql)

    return run


STATEMENTS = {"postgresql": POSTGRESQL, "sqlite": SQLITE}


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0006_coordinator_answers_enquiries"),
    ]

    operations = [
        migrations.RunPython(_run(STATEMENTS, True), _run(STATEMENTS, False)),
    ]
