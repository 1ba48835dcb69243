"""Liveness (`/healthz`: the process answers and reaches the database) and readiness
(`/readyz`: it may be given traffic, the database, the cache and the schema all being ready).
A load balancer sends requests only to a server whose /readyz answers 200."""

import logging
import secrets

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connection, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpResponse
from django.views.decorators.cache import never_cache


def _plain(text, status=200):
    return HttpResponse(text, status=status, content_type="text/plain")


@never_cache
def healthz(request):
    """200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return _plain("database unreachable\n", 503)
    return _plain("ok\n")


class _Schema:
    # Once every migration was applied it stays so for this process: the next deployment
    # starts new processes. Until then each check reads the migration table again.
    migrated = False


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _cache():
    key, value = "readyz:" + secrets.token_hex(8), secrets.token_hex(8)
    cache.set(key, value, timeout=10)
    if cache.get(key) != value:
        raise RuntimeError("the cache does not keep what it is given")
    cache.delete(key)


def _migrations():
    if _Schema.migrated:
        return
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        raise RuntimeError(f"{len(pending)} migrations not applied")
    _Schema.migrated = True


logger = logging.getLogger(__name__)

CHECKS = [("database", _database), ("cache", _cache), ("migrations", _migrations)]


@never_cache
def readyz(request):
    """200 with one line per check when all pass; 503 naming what failed otherwise (the
    details, which may name hosts, go to the log, not to whoever asks)."""
    lines, ready = [], True
    for name, check in CHECKS:
        try:
            check()
        except Exception as exc:  # any failure means "not ready"
            logger.warning("readyz: %s failed: %r", name, exc)
            lines.append(f"{name}: failed ({type(exc).__name__})")
            ready = False
        else:
            lines.append(f"{name}: ok")
    return _plain("\n".join(lines) + "\n", 200 if ready else 503)
