import io

import pytest
from django.core.management import call_command

from practices.models import AdminUnit


def _load_units():
    call_command("load_admin_units", stdout=io.StringIO())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the 1,896 official units once per run, outside the per-test transactions."""
    with django_db_blocker.unblock():
        _load_units()
    yield
    with django_db_blocker.unblock():
        _end_other_sessions()


def _end_other_sessions():
    """End connections that servers started by the tests still hold (a live server's thread,
    a test's own server process), so that the test database can be dropped at the end of the
    run rather than failing its last test's teardown."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.fixture
def admin_units(db):
    """Cambodia's official units (reloaded if a transactional test flushed them)."""
    if not AdminUnit.objects.exists():
        _load_units()
    return AdminUnit.objects


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploaded files and the open-data package of a test land in its own temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.OPEN_DATA_ROOT = tmp_path / "opendata"


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
