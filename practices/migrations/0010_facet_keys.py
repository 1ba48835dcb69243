"""PostgreSQL: the filter values of every published practice, as one array per practice.

Counting the options of a filtered browse page joined every practice to its theme, place and
partner links: about 400 ms for a single theme at 100,000 practices. With each practice's
values kept as keys ("theme:water", "province:08", "status:ongoing") in a GIN-indexed array,
the practices that hold a set of values are found in the index, and their options counted by
unnesting a few thousand short arrays. search.py keeps the table in step with the search
index (with no foreign key, so that emptying the tables stays one TRUNCATE; rows left by
one are dropped after it, see signals.py); SQLite counts from the link tables.
"""

from django.db import migrations

CREATE = (
    "CREATE TABLE practices_facetkeys ("
    "practice_id bigint PRIMARY KEY, "
    "visibility varchar(16) NOT NULL, "
    "keys text[] NOT NULL)"
)
INDEX = "CREATE INDEX facetkeys_keys_gin ON practices_facetkeys USING gin (keys)"
# The keys of the practices already published, as search.facet_keys() makes them.
FILL = """
INSERT INTO practices_facetkeys (practice_id, visibility, keys)
SELECT p.id, p.visibility,
  array_remove(ARRAY['level:' || p.level, 'status:' || p.status, 'country:' || p.country], NULL)
  || COALESCE((SELECT array_agg('theme:' || t.slug ORDER BY t.slug)
               FROM practices_practice_themes pt JOIN practices_theme t ON t.id = pt.theme_id
               WHERE pt.practice_id = p.id), '{}')
  || COALESCE((SELECT array_agg(CASE u.level WHEN 1 THEN 'province:' ELSE 'district:' END
                                || u.code ORDER BY u.code)
               FROM practices_practiceplace pp JOIN practices_adminunit u ON u.id = pp.unit_id
               WHERE pp.practice_id = p.id AND u.level IN (1, 2)), '{}')
  || COALESCE((SELECT array_agg(DISTINCT 'partner:' || pa.slug)
               FROM practices_practicepartner r JOIN practices_partner pa ON pa.id = r.partner_id
               WHERE r.practice_id = p.id), '{}')
FROM practices_practice p WHERE p.stage = 'published'
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in (CREATE, INDEX, FILL, "ANALYZE practices_facetkeys"):
            schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP TABLE practices_facetkeys")


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0009_public_counts"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
