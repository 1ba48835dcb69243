"""Every operation of the API against its own OpenAPI schema (Schemathesis), sent over HTTP to
the portal served by gunicorn as in production (DEBUG off, two workers, its compression and
middleware): no server error, and every answer, its status, type, headers and body, as the
schema says. On SQLite the server reads a copy of the test database; on PostgreSQL the test
database itself, the records committed by this transactional test (emptied after it)."""

import contextlib
import os
import sqlite3

import pytest
import schemathesis
from django.db import connection
from hypothesis import HealthCheck, given, settings

from scripts.serving import gunicorn
from tests.factories import (
    add_partner,
    make_entry,
    make_event,
    make_partner,
    make_practice,
    make_replication,
    make_theme,
)

EXAMPLES = 15  # per operation
# A record of each kind that the test publishes: its answer, with content, is checked too.
KNOWN = {
    "/api/v1/practices/{slug}/": {"slug": "compost"},
    "/api/v1/themes/{slug}/": {"slug": "waste"},
    "/api/v1/places/{code}/": {"code": "020101"},
    "/api/v1/partners/{slug}/": {"slug": "league"},
    "/api/v1/replications/{slug}/": {"slug": "kampot"},
    "/api/v1/events/{slug}/": {"slug": "visit"},
}


def publish(admin_units):
    """A practice with a theme, a place and a partner; a replication of it in Kampot with its
    logbook, one abroad, and an event presenting it: every list and record has something."""
    theme = make_theme(slug="waste")
    practice = make_practice(slug="compost", themes=[theme], units=[admin_units.get(code="020101")])
    partner = add_partner(practice, make_partner(slug="league"))
    abroad = make_replication(slug="solo", country="ID", place_name_en="Surakarta")
    replication = make_replication(
        slug="kampot",
        unit=admin_units.get(code="070101"),
        sources=[practice],
        partners=[(partner, "coach")],
    )
    make_entry(replication)
    make_event(slug="visit", practices=[practice], replications=[replication, abroad])


def database_for_server(tmp_path):
    """The DATABASE_URL under which a server process reads what this test committed."""
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
        return f"postgres://{db['USER']}@{host}:{port}/{db['NAME']}"
    # The test database lives in this process's memory: the server reads a copy.
    copy = tmp_path / "served.sqlite3"
    connection.ensure_connection()
    with contextlib.closing(sqlite3.connect(copy)) as target:
        connection.connection.backup(target)
    return f"sqlite:///{copy}"


@pytest.fixture
def served(admin_units, tmp_path):
    publish(admin_units)
    (tmp_path / "static").mkdir()
    env = {
        **os.environ,
        "DEBUG": "0",
        "HTTPS": "0",
        "SECRET_KEY": "s" * 60,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_for_server(tmp_path),
        "API_RATE_LIMIT": "1000000",  # the generated requests all come from one address
        "BACKGROUND_TASKS": "immediate",
        "OPEN_DATA_ROOT": str(tmp_path / "opendata"),
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    with gunicorn(env, workers=2) as base:
        yield base


def check(operation):
    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def conforms(case):
        case.call_and_validate(timeout=30)

    conforms()


@pytest.mark.django_db(transaction=True)  # committed, for the server to read
def test_api_conforms_to_its_schema_when_served(served):
    schema = schemathesis.openapi.from_url(f"{served}/api/v1/schema/?format=json")
    operations = [result.ok() for result in schema.get_all_operations()]
    checked, found = [], {}
    for operation in operations:
        check(operation)
        checked.append(operation.label)
        if operation.path in KNOWN:
            case = operation.Case(path_parameters=KNOWN[operation.path])
            found[operation.path] = case.call_and_validate(timeout=30).status_code
    assert found == dict.fromkeys(KNOWN, 200)
    assert sorted(checked) == sorted(f"GET {path}" for path in schema.raw_schema["paths"])
    assert len(checked) == 12  # six kinds of record, each a list and one
