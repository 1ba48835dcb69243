"""Every operation of the API against its own OpenAPI schema (Schemathesis, in process): no
server error, and every answer, its status, type, headers and body, as the schema says."""

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from glgp.wsgi import application
from tests.factories import (
    add_partner,
    make_entry,
    make_event,
    make_practice,
    make_replication,
    make_theme,
)

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application)


@pytest.fixture
def _one_connection():
    """Keep the test's database connection through each request, as Django's test client
    does: the WSGI call would close it at the end of a request, inside the test's transaction."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def published(admin_units, settings, _one_connection):
    settings.API_RATE_LIMIT = 100_000  # the generated requests all come from one address
    theme = make_theme(slug="waste")
    practice = make_practice(slug="compost", themes=[theme], units=[admin_units.get(code="020101")])
    partner = add_partner(practice)
    abroad = make_replication(slug="solo", country="ID", place_name_en="Surakarta")
    replication = make_replication(
        slug="kampot",
        unit=admin_units.get(code="070101"),
        sources=[practice],
        partners=[(partner, "coach")],
    )
    make_entry(replication)
    make_event(slug="visit", practices=[practice], replications=[replication, abroad])


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@pytest.mark.django_db
def test_api_conforms_to_its_schema(case, published):
    # The in-process client reads bodies as they come; a compressed body (the portal compresses
    # what a client accepts) is checked uncompressed, as every HTTP client reads it.
    case.call_and_validate(headers={"Accept-Encoding": "identity"})
