"""PostgreSQL: search vectors kept in the table's own pages, compressed, rather than in TOAST.

A practice's vector (every section in both languages) is a few kilobytes, so PostgreSQL moved
it out of line; testing and ranking the newest thousand matches of a common word then read
each one back through the TOAST index: 18 ms of a search at 10,000 practices, 6 ms inline.
STORAGE MAIN compresses the vector and keeps it in the row unless the row cannot fit a page.
The existing vectors are rewritten so that they move (concatenating an empty vector makes a
new value; assigning the column to itself would keep the old TOAST pointer).
"""

from django.db import migrations

TABLE = "practices_practicesearch"


def _storage(storage, rewrite):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN vector SET STORAGE {storage}")
        if rewrite:
            schema_editor.execute(f"UPDATE {TABLE} SET vector = vector || ''::tsvector")
            # The update leaves every old row and its TOAST behind: give the space back.
            schema_editor.execute(f"VACUUM FULL ANALYZE {TABLE}")

    return run


class Migration(migrations.Migration):
    atomic = False  # VACUUM runs outside a transaction

    dependencies = [
        ("practices", "0011_sqlite_khmer_words"),
    ]

    operations = [
        migrations.RunPython(_storage("MAIN", True), _storage("EXTENDED", False)),
    ]
