"""SQLite: Khmer words kept whole in the FTS5 index, and a listing index that covers the counts.

FTS5's unicode61 tokenizer counts only letters and digits as parts of a word, so it cut the
segmented Khmer words at every vowel sign and subscript (ការចូលរួម became ក, រ, ចូ…, and
a word differing only in its vowels matched). A phrase of such fragments is also slow: the
one-letter fragments occur in every document. Counting combining marks (M*) as word
characters keeps each segmented word one token. The table is rebuilt from its own content.

SQLite has no INCLUDE: the columns the browse counts read (level, country, status, period,
beneficiaries) are appended to the listing index, so counting a filtered page reads the
index, not the wide practice rows. PostgreSQL's index already includes them (0007).
"""

from django.db import migrations

FTS = "practices_search_fts"
OLD_TOKENIZER = "'porter unicode61 remove_diacritics 2'"
NEW_TOKENIZER = "\"porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'\""
LISTING = "(stage, visibility, published_at DESC, id DESC)"
COVERING = (
    "(stage, visibility, published_at DESC, id DESC, level, country, status, start_date, "
    "end_date, beneficiaries_total, beneficiaries_women)"
)


def _rebuild_fts(tokenizer):
    return [
        f"CREATE VIRTUAL TABLE {FTS}_new USING fts5(title, summary, body, tokenize = {tokenizer})",
        f"INSERT INTO {FTS}_new (rowid, title, summary, body) "
        f"SELECT rowid, title, summary, body FROM {FTS}",
        f"DROP TABLE {FTS}",
        f"ALTER TABLE {FTS}_new RENAME TO {FTS}",
    ]


def _listing(columns):
    return [
        "DROP INDEX practice_public_listing",
        f"CREATE INDEX practice_public_listing ON practices_practice {columns}",
    ]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0010_facet_keys"),
    ]

    operations = [
        migrations.RunPython(
            _run([*_rebuild_fts(NEW_TOKENIZER), *_listing(COVERING)]),
            _run([*_rebuild_fts(OLD_TOKENIZER), *_listing(LISTING)]),
        ),
    ]
