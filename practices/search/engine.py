"""The database engine's module, picked here and nowhere else.

Every difference between PostgreSQL and SQLite — how search documents are stored, matched and
ranked, how facet options are counted, what a bulk load refreshes — lives in
practices/search/postgresql.py and practices/search/sqlite.py, which offer the same functions.
"""

from django.db import DEFAULT_DB_ALIAS, connections

from practices.search import postgresql, sqlite

ENGINES = {postgresql.NAME: postgresql, sqlite.NAME: sqlite}


def current(using=DEFAULT_DB_ALIAS):
    """The engine module of the database `using`."""
    return ENGINES[connections[using].vendor]
