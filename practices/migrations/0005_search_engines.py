"""Database-specific parts of the search index.

PostgreSQL: pg_trgm, a weighted tsvector column with a GIN index, a trigram index on the
unsegmented text, and an index for the newest-first listing of published practices.
SQLite: FTS5 tables (porter-stemmed words; trigrams for substrings) keyed by practice id.
"""

from django.db import migrations

POSTGRESQL = [
    (
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        None,
    ),
    (
        "ALTER TABLE practices_practicesearch ADD COLUMN vector tsvector",
        "ALTER TABLE practices_practicesearch DROP COLUMN vector",
    ),
    (
        "CREATE INDEX practicesearch_vector_gin ON practices_practicesearch USING gin (vector)",
        "DROP INDEX practicesearch_vector_gin",
    ),
    (
        "CREATE INDEX practicesearch_plain_trgm ON practices_practicesearch "
        "USING gin (plain gin_trgm_ops)",
        "DROP INDEX practicesearch_plain_trgm",
    ),
    (
        "CREATE INDEX practice_published_newest ON practices_practice "
        "(published_at DESC, id DESC) WHERE stage = 'published'",
        "DROP INDEX practice_published_newest",
    ),
]

SQLITE = [
    (
        "CREATE VIRTUAL TABLE practices_search_fts USING fts5("
        "title, summary, body, tokenize = 'porter unicode61 remove_diacritics 2')",
        "DROP TABLE practices_search_fts",
    ),
    (
        "CREATE VIRTUAL TABLE practices_search_trigram USING fts5(plain, tokenize = 'trigram')",
        "DROP TABLE practices_search_trigram",
    ),
    (
        "CREATE INDEX practice_published_newest ON practices_practice "
        "(published_at DESC, id DESC) WHERE stage = 'published'",
        "DROP INDEX practice_published_newest",
    ),
]


def _run(statements, forwards):
    def run(apps, schema_editor):
        plan = statements.get(schema_editor.connection.vendor, [])
        for sql, reverse_sql in plan if forwards else reversed(plan):
            statement = sql if forwards else reverse_sql
            if statement:
                schema_editor.execute(statement)

    return run


STATEMENTS = {"postgresql": POSTGRESQL, "sqlite": SQLITE}


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0004_public_site"),
    ]

    operations = [
        migrations.RunPython(_run(STATEMENTS, True), _run(STATEMENTS, False)),
    ]
