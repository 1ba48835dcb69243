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


@pytest.fixture
def admin_units(db):
    """Cambodia's official units (reloaded if a transactional test flushed them)."""
    if not AdminUnit.objects.exists():
        _load_units()
    return AdminUnit.objects


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploaded files of a test land in its own temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
