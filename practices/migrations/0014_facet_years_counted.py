"""PostgreSQL: the facet keys counted by period, kept by the database itself.

A browse page filtered by years alone counts the options of every practice in those years:
unnesting the keys of tens of thousands of practices at 100,000 (170-240 ms). This table holds,
for each visibility and period (first year, last year), how many published practices hold each
key ('*' counts the practices), so a year range adds up a few thousand rows instead.

Triggers on the facet keys table keep it exact in every transaction, whatever writes the keys
(the search index, this migration, the removal of stray keys). An unknown first year and an
ongoing period are stored as 9999: a period with no start meets no "to" year, an ongoing one
every "from" year, as the list's own filters have it. Writers first lock the public revision
row, which every publication locks anyway, so that two of them never wait on each other's
counters in opposite orders.
"""

from django.db import migrations

TABLE = "practices_facetyears"
CREATE = f"""
CREATE TABLE {TABLE} (
    visibility varchar(16) NOT NULL,
    start_year integer NOT NULL,
    end_year integer NOT NULL,
    key text NOT NULL,
    n integer NOT NULL,
    PRIMARY KEY (visibility, start_year, end_year, key)
)
"""
# Sorted, so that the counters are always locked in the same order.
COUNTED = """
    INSERT INTO {table} AS y (visibility, start_year, end_year, key, n)
    SELECT visibility, COALESCE(start_year, 9999), COALESCE(end_year, 9999), k, {sign}COUNT(*)
    FROM {rows}, unnest(keys || '*'::text) k
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (visibility, start_year, end_year, key) DO UPDATE SET n = y.n + EXCLUDED.n
"""
FUNCTION = f"""
CREATE FUNCTION practices_facetyears_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM practices_publicrevision WHERE id = 1 FOR UPDATE;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        {COUNTED.format(table=TABLE, sign="-", rows="gone")};
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        {COUNTED.format(table=TABLE, sign="", rows="came")};
    END IF;
    RETURN NULL;
END
$$
"""
TRIGGERS = [
    "CREATE TRIGGER facetyears_insert AFTER INSERT ON practices_facetkeys "
    "REFERENCING NEW TABLE AS came FOR EACH STATEMENT "
    "EXECUTE FUNCTION practices_facetyears_follow()",
    "CREATE TRIGGER facetyears_update AFTER UPDATE ON practices_facetkeys "
    "REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT "
    "EXECUTE FUNCTION practices_facetyears_follow()",
    "CREATE TRIGGER facetyears_delete AFTER DELETE ON practices_facetkeys "
    "REFERENCING OLD TABLE AS gone FOR EACH STATEMENT "
    "EXECUTE FUNCTION practices_facetyears_follow()",
    f"CREATE FUNCTION practices_facetyears_empty() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN TRUNCATE {TABLE}; RETURN NULL; END $$",
    "CREATE TRIGGER facetyears_truncate AFTER TRUNCATE ON practices_facetkeys "
    "FOR EACH STATEMENT EXECUTE FUNCTION practices_facetyears_empty()",
]
FILL = COUNTED.format(table=TABLE, sign="", rows="practices_facetkeys")


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in (CREATE, FUNCTION, *TRIGGERS, FILL, f"ANALYZE {TABLE}"):
            schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in (
            "DROP TRIGGER facetyears_insert ON practices_facetkeys",
            "DROP TRIGGER facetyears_update ON practices_facetkeys",
            "DROP TRIGGER facetyears_delete ON practices_facetkeys",
            "DROP TRIGGER facetyears_truncate ON practices_facetkeys",
            "DROP FUNCTION practices_facetyears_follow()",
            "DROP FUNCTION practices_facetyears_empty()",
            f"DROP TABLE {TABLE}",
        ):
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0013_facet_years"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
