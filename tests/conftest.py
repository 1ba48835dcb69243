import io
import os

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import translation
from pytest_django.plugin import blocking_manager_key

from practices.models import AdminUnit
from practices.search import indexer
from tests import system_parts
from tests.factories import make_member
from tests.migrated_data import remake_migrated_data

_SKIPPED = pytest.StashKey[dict]()


def pytest_configure(config):
    config.stash[_SKIPPED] = {}
    # Servers and commands that tests start as processes of their own run production's
    # settings, as a deployment does; this process keeps glgp.test_settings.
    os.environ["DJANGO_SETTINGS_MODULE"] = "glgp.settings"


def pytest_collection_modifyitems(config, items):
    """Skip the tests whose optional parts are missing, and count them for the summary."""
    skipped = config.stash[_SKIPPED]
    # Every part is asked before any test runs, so that loading one (the PDF engine's warning)
    # happens here, recorded, and never inside a test under filterwarnings = error.
    for name in system_parts.PARTS:
        system_parts.present(name)
    for item in items:
        for marker in item.iter_markers("needs"):
            missing = [name for name in marker.args if not system_parts.present(name)]
            for name in missing:
                skipped[name] = skipped.get(name, 0) + 1
            if missing:
                item.add_marker(pytest.mark.skip(reason=system_parts.reason(missing[0])))


def pytest_terminal_summary(terminalreporter, config):
    """One line per missing part, whatever the number of tests it skipped."""
    for name, count in sorted(config.stash[_SKIPPED].items()):
        terminalreporter.write_line(
            f"NOT TESTED: {count} tests need {system_parts.PARTS[name][0]}, which is missing;"
            f" {system_parts.INSTALL}.",
            yellow=True,
        )


def _load_units():
    call_command("load_admin_units", stdout=io.StringIO())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the 1,896 official units once per run, outside the per-test transactions (and
    again after each test that empties the database: `pytest_runtest_teardown`)."""
    with django_db_blocker.unblock():
        _load_units()
    yield
    with django_db_blocker.unblock():
        _end_other_sessions()


def _empties_the_database(item):
    marker = item.get_closest_marker("django_db")
    committing = {"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ()))
    return bool(committing) or bool(marker and marker.kwargs.get("transaction"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A test that commits (a live server, a transactional test) empties the whole database
    when it ends, with the rows the data migrations wrote. They are made again, with the
    official units, so that every later test, whichever process runs it and in whatever
    order, finds the database as migrated."""
    try:
        return (yield)
    finally:  # a teardown that failed emptied the database all the same
        # After a process's last test the test database itself is gone: nothing to refill.
        if nextitem is not None and _empties_the_database(item):
            with item.config.stash[blocking_manager_key].unblock():
                remake_migrated_data()
                _load_units()
                # PostgreSQL's facet keys are not Django's to flush; drop the emptied ones.
                indexer.drop_stray_rows()


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


@pytest.fixture
def media_root(tmp_path):
    """Where a test's uploads land: its own folder, or its module's where the module keeps
    data made once (see `module_data`)."""
    return tmp_path / "media"


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path, media_root):
    """Uploaded files and the open-data package of a test land in a temporary folder."""
    settings.MEDIA_ROOT = media_root
    settings.OPEN_DATA_ROOT = tmp_path / "opendata"


@pytest.fixture(scope="module")
def module_media(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="module")
def module_data(django_db_setup, django_db_blocker, module_media):
    """A transaction open for a whole module, for data made once and read by all its tests.

    A module fixture that makes such data asks for this one; each test then runs in a
    savepoint of its own inside it (pytest-django's `db`), so what a test writes is undone
    after it, and the module's data after its last test. The module's tests share its upload
    folder: it declares `media_root` as `module_media`. Tests that commit (transactional ones,
    live servers) cannot share it: they belong in other modules.
    """
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=module_media),
        transaction.atomic(),
    ):
        if not AdminUnit.objects.exists():  # a transactional test before flushed them
            _load_units()
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    from practices.pages.cache import forget_kept

    cache.clear()
    forget_kept()
    yield
    cache.clear()
    forget_kept()


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """Static files collected once per test process, for the servers tests start (their
    STATIC_ROOT): collecting compresses every file, which costs more than starting them."""
    from tests import servers

    return servers.collect_static(tmp_path_factory.mktemp("static"))


@pytest.fixture
def english():
    """Pages and messages in English (the site's default language is Khmer), for tests that
    read them; modules ask for it with `pytestmark = pytest.mark.usefixtures("english")`."""
    with translation.override("en"):
        yield


@pytest.fixture
def english_client(client):
    """The test client, its requests asking for English (the portal would answer in Khmer)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def coordinator_client(db, english_client):
    """The English client signed in as a coordinator, who is `.user`."""
    english_client.user = make_member("Coordinator")
    english_client.force_login(english_client.user)
    return english_client


@pytest.fixture
def seeded(admin_units):
    """The sample practices of `seed_demo`, with their people and files."""
    call_command("seed_demo", stdout=io.StringIO())


@pytest.fixture(scope="module")
def seeded_once(module_data):
    """The sample data of `seed_demo`, made once for a module (see `module_data`), for modules
    whose tests read it or change it only within themselves: such a module overrides `seeded`
    to ask for this fixture, and `media_root` to return `module_media`."""
    call_command("seed_demo", stdout=io.StringIO())
