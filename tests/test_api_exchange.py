"""Replications and events in the API: what each reader gets, in which shape, filtered as on
their public pages, and how cheaply."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from practices.api import tokens
from practices.models import Event, Stage, Visibility
from tests.factories import (
    image_file,
    make_entry,
    make_event,
    make_member,
    make_partner,
    make_practice,
    make_replication,
    make_theme,
)

pytestmark = pytest.mark.django_db

REPLICATIONS, EVENTS = "/api/v1/replications/", "/api/v1/events/"
SOON = datetime.date.today() + datetime.timedelta(days=20)
LONG_AGO = datetime.date(2024, 3, 5)


@pytest.fixture
def client():
    return Client(headers={"accept-language": "en"})


def partner_client():
    _token, key = tokens.create(make_member("Partner"), "my tool")
    return Client(headers={"authorization": f"Token {key}", "accept-language": "en"})


def read(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:300]
    return response.json()


def slugs(client, url, **params):
    return [row["slug"] for row in read(client, url, **params)["results"]]


@pytest.fixture
def three(db):
    """A public, a network-only and an internal replication, and as many upcoming events."""
    for name in ("public", "network", "internal"):
        make_replication(slug=f"r-{name}", visibility=name)
        make_event(slug=f"e-{name}", visibility=name, starts_on=SOON)


@pytest.mark.parametrize("url", [REPLICATIONS, EVENTS])
def test_each_reader_lists_what_their_audience_reads(client, three, url):
    prefix = url.split("/")[3][0]
    anonymous = [(r["slug"], r["visibility"]) for r in read(client, url)["results"]]
    partner = [(r["slug"], r["visibility"]) for r in read(partner_client(), url)["results"]]
    assert anonymous == [(f"{prefix}-public", "public")]
    assert sorted(partner) == [(f"{prefix}-network", "network"), (f"{prefix}-public", "public")]


@pytest.mark.parametrize("url", [REPLICATIONS, EVENTS])
def test_a_record_beyond_the_readers_audience_is_not_found(client, three, url):
    prefix = url.split("/")[3][0]
    answers = [client.get(f"{url}{prefix}-{n}/").status_code for n in ("network", "internal")]
    partner = partner_client()
    by_partner = [partner.get(f"{url}{prefix}-{n}/").status_code for n in ("network", "internal")]
    assert (answers, by_partner) == ([404, 404], [200, 404])


@pytest.fixture
def kampot(admin_units):
    """A replication of a public and a network practice in a commune of Kampot, with a partner,
    a plan and results in both languages, a shared and an internal logbook entry, and events."""
    theme = make_theme(slug="waste")
    public = make_practice(slug="eco-savers", title_en="Eco-Savers", country="PH", themes=[theme])
    network = make_practice(slug="shared", visibility=Visibility.NETWORK, themes=[theme])
    draft = make_practice(slug="draft", stage=Stage.DOCUMENTING)
    league = make_partner(slug="league", name_en="League", acronym="NLC/S")
    replication = make_replication(
        slug="kampot",
        title_en="Eco-Savers in Kampot",
        title_km="អេកូសេវើនៅកំពត",
        unit=admin_units.get(code="070101"),
        stage="implementing",
        sources=[public, network, draft],
        partners=[(league, "coach"), (league, "funder")],
        plan_taken_over_en="Deposit slips for sorted waste.",
        plan_taken_over_km="ប័ណ្ណសន្សំ",
        outcome_en="Four schools sort their waste.",
    )
    make_entry(replication, progress="Bins delivered.", photo=image_file())
    make_entry(replication, progress="Budget dispute.", is_internal=True)
    make_event(
        slug="visit",
        kind="study_visit",
        replications=[replication],
        practices=[public, network, draft],
        organisers=[league],
        participants_total=40,
        participants_women=18,
        councils_represented=6,
        starts_on=LONG_AGO,
        unit=admin_units.get(code="07"),
    )
    make_event(slug="hidden", visibility=Visibility.INTERNAL, replications=[replication])
    return replication


def test_replication_in_both_languages_with_what_its_page_shows(client, kampot):
    data = read(client, f"{REPLICATIONS}kampot/")
    assert (data["title"], data["stage"], data["visibility"]) == (
        {"km": "អេកូសេវើនៅកំពត", "en": "Eco-Savers in Kampot"},
        "implementing",
        "public",
    )
    adopter = data["adopter"]
    assert (adopter["unit"], adopter["province"], adopter["country"]) == ("070101", "07", "KH")
    assert [(s["slug"], s["country"]) for s in data["sources"]] == [("eco-savers", "PH")]
    assert [(p["slug"], p["acronym"], p["role"]) for p in data["partners"]] == [
        ("league", "NLC/S", "coach"),
        ("league", "NLC/S", "funder"),
    ]
    assert data["plan"]["plan_taken_over"] == {
        "km": "ប័ណ្ណសន្សំ",
        "en": "Deposit slips for sorted waste.",
    }
    assert data["results"]["outcome"] == {"km": "", "en": "Four schools sort their waste."}
    assert [e["progress"] for e in data["logbook"]] == ["Bins delivered."]
    assert data["logbook"][0]["photo"].startswith("http://testserver/media/")
    assert [e["slug"] for e in data["events"]] == ["visit"]
    assert data["page"]["km"] == "http://testserver/km/replications/kampot/"


def test_partner_reads_the_network_source_too(kampot):
    data = read(partner_client(), f"{REPLICATIONS}kampot/")
    assert sorted(s["slug"] for s in data["sources"]) == ["eco-savers", "shared"]


def test_resulting_practice_only_for_its_readers(client, db):
    shared = make_practice(slug="kampot-eco-savers", visibility=Visibility.NETWORK)
    make_replication(slug="kampot", stage="completed", resulting_practice=shared)
    anonymous = read(client, f"{REPLICATIONS}kampot/")["resulting_practice"]
    partner = read(partner_client(), f"{REPLICATIONS}kampot/")["resulting_practice"]
    assert (anonymous, partner["slug"]) == (None, "kampot-eco-savers")


def test_adopter_abroad_is_named_with_its_country(client, db):
    make_replication(slug="solo", country="ID", place_name_en="Surakarta", unit=None)
    adopter = read(client, f"{REPLICATIONS}solo/")["adopter"]
    assert (adopter["unit"], adopter["province"], adopter["country"], adopter["place_abroad"]) == (
        None,
        None,
        "ID",
        {"km": "", "en": "Surakarta"},
    )


def test_event_with_its_participants_and_the_practices_a_reader_may_read(client, kampot):
    data = read(client, f"{EVENTS}visit/")
    assert (data["kind"], data["starts_on"], data["place"]["unit"]) == (
        "study_visit",
        "2024-03-05",
        "07",
    )
    assert data["participants"] == {"total": 40, "women": 18, "women_share": 45, "councils": 6}
    assert [p["slug"] for p in data["practices"]] == ["eco-savers"]
    assert [r["slug"] for r in data["replications"]] == ["kampot"]
    assert [o["slug"] for o in data["organisers"]] == ["league"]


def test_replications_are_filtered_as_on_their_page(client, kampot, admin_units):
    make_replication(slug="battambang", unit=admin_units.get(code="020101"), stage="agreed")
    assert slugs(client, REPLICATIONS, province="07") == ["kampot"]
    assert slugs(client, REPLICATIONS, stage="agreed") == ["battambang"]
    assert slugs(client, REPLICATIONS, theme="waste") == ["kampot"]
    assert slugs(client, REPLICATIONS, country="PH", partner="league") == ["kampot"]
    # A well-formed value that names nothing finds nothing.
    assert slugs(client, REPLICATIONS, theme="nothing") == []


def test_events_upcoming_by_default_past_on_request(client, kampot):
    make_event(slug="forum", kind="forum", starts_on=SOON)
    assert slugs(client, EVENTS) == ["forum"]
    assert slugs(client, EVENTS, when="past") == ["visit"]
    assert slugs(client, EVENTS, when="past", kind="study_visit", province="07") == ["visit"]
    assert slugs(client, EVENTS, when="past", year="2024") == ["visit"]
    assert slugs(client, EVENTS, when="past", kind="workshop") == []


@pytest.mark.parametrize(
    ("url", "params", "name"),
    [
        (REPLICATIONS, {"stage": "dreaming"}, "stage"),
        (REPLICATIONS, {"province": "7"}, "province"),
        (EVENTS, {"kind": "party"}, "kind"),
        (EVENTS, {"year": "1850"}, "year"),
        (EVENTS, {"when": "soon"}, "when"),
    ],
)
def test_malformed_filter_is_a_clear_error(client, db, url, params, name):
    response = client.get(url, params)
    assert (response.status_code, list(response.json())) == (400, [name])


def _replication(admin_units, sources):
    replication = make_replication(unit=admin_units.get(code="070101"), sources=sources)
    make_entry(replication)
    make_event(replications=[replication], starts_on=SOON)
    return replication


@pytest.mark.parametrize("url", [REPLICATIONS, EVENTS])
def test_lists_read_in_a_fixed_number_of_queries(admin_units, django_assert_num_queries, url):
    source = make_practice()
    _replication(admin_units, [source])
    with CaptureQueriesContext(connection) as first:
        assert Client().get(url).status_code == 200
    for _ in range(2):
        _replication(admin_units, [source, make_practice()])
    cache.clear()
    with django_assert_num_queries(len(first)):
        response = Client().get(url)
    assert len(response.json()["results"]) == 3


def test_a_new_logbook_entry_changes_the_replications_validator(client, kampot):
    url = f"{REPLICATIONS}kampot/"
    first = client.get(url)["ETag"]
    assert client.get(url, headers={"if-none-match": first}).status_code == 304
    make_entry(kampot, progress="A second shared entry.")
    response = client.get(url, headers={"if-none-match": first})
    assert (response.status_code, response.json()["logbook"][0]["progress"]) == (
        200,
        "A second shared entry.",
    )


def test_a_practice_presented_at_an_event_changes_its_validator(client, kampot):
    url, practice = f"{EVENTS}visit/", make_practice(slug="new")
    first = client.get(url)["ETag"]
    Event.objects.get(slug="visit").practices.add(practice)
    response = client.get(url, headers={"if-none-match": first})
    assert (response.status_code, sorted(p["slug"] for p in response.json()["practices"])) == (
        200,
        ["eco-savers", "new"],
    )
