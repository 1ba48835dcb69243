"""The replications' and events' pages are kept whole, and the replications and events beside a
practice, a place or a partner are kept in their pages' fragments, like the rest of the
public site: a change shows at once, a day's turn moves events to the past, and no audience
is served a page kept for another."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from practices.models import EventDocument, ReplicationPartner, Visibility
from tests.factories import (
    make_entry,
    make_event,
    make_member,
    make_partner,
    make_practice,
    make_replication,
    pdf_file,
    public_url,
)

pytestmark = pytest.mark.django_db

PAGES = [
    ("practices:replications", ()),
    ("practices:replication", ("eco-savers",)),
    ("practices:events", ()),
    ("practices:event", ("forum",)),
]


@pytest.fixture
def world(admin_units):
    """A public practice adapted once and presented once, in Kampot, with a partner."""
    practice = make_practice(slug="wells", title_en="Wells")
    partner = make_partner(slug="kas", name_en="KAS")
    kampot = admin_units.get(code="0701")
    replication = make_replication(
        slug="eco-savers", sources=[practice], unit=kampot, partners=[(partner, "coach")]
    )
    event = make_event(
        slug="forum",
        practices=[practice],
        organisers=[partner],
        unit=kampot,
        starts_on=timezone.localdate() + datetime.timedelta(days=3),
    )
    league = make_partner(name_en="Commune League")
    return {
        "practice": practice,
        "partner": partner,
        "league": league,
        "replication": replication,
        "event": event,
    }


@pytest.mark.parametrize(("name", "args"), PAGES)
def test_an_exchange_page_is_kept_and_validated(client, world, name, args):
    url = public_url(name, *args)
    first = client.get(url)
    with CaptureQueriesContext(connection) as captured:
        kept = client.get(url)
    # Read before the next request, whose start empties the log of queries.
    queries = ['FROM "practices_publicrevision"' in q["sql"] for q in captured]
    again = client.get(url, headers={"if-none-match": first["ETag"]})

    assert (first.status_code, kept.content, again.status_code) == (200, first.content, 304)
    assert queries == [True]


def _new_entry(w):
    make_entry(w["replication"], progress="Compost sold at the market.")
    return "Compost sold at the market."


def _renamed_replication(w):
    w["replication"].title_en = "Eco-Savers of Kampot"
    w["replication"].save()
    return "Eco-Savers of Kampot"


def _new_document(w):
    EventDocument.objects.create(event=w["event"], file=pdf_file(), title="Forum minutes")
    return "Forum minutes"


def _new_organiser(w):
    w["event"].organisers.add(w["league"])
    return "Commune League"


def _renamed_event(w):
    w["event"].title_en = "Learning forum on waste"
    w["event"].save()
    return "Learning forum on waste"


def _new_adopter(w):
    make_replication(sources=[w["practice"]], adopter_name_en="Kep council")
    return "Kep council"


def _presented_again(w):
    make_event(title_en="Study visit to Wells", practices=[w["practice"]])
    return "Study visit to Wells"


def _adopter_in_the_place(w):
    make_replication(unit=w["replication"].unit, title_en="Kampot bins")
    return "Kampot bins"


def _partner_supports(w):
    other = make_replication(title_en="Bins for Kep")
    ReplicationPartner.objects.create(replication=other, partner=w["partner"], role="funder")
    return "Bins for Kep"


def _partner_organises(w):
    make_event(title_en="Peer exchange in Kep").organisers.add(w["partner"])
    return "Peer exchange in Kep"


CHANGES = {
    "logbook entry on the replication page": ("practices:replication", ["eco-savers"], _new_entry),
    "renamed replication in the list": ("practices:replications", [], _renamed_replication),
    "document on the event page": ("practices:event", ["forum"], _new_document),
    "organiser on the event page": ("practices:event", ["forum"], _new_organiser),
    "renamed event in the list": ("practices:events", [], _renamed_event),
    "adopter on the practice page": ("practices:detail", ["wells"], _new_adopter),
    "event on the practice page": ("practices:detail", ["wells"], _presented_again),
    "replication on the place page": ("practices:place", ["07"], _adopter_in_the_place),
    "replication on the partner page": ("practices:partner", ["kas"], _partner_supports),
    "event on the partner page": ("practices:partner", ["kas"], _partner_organises),
}


@pytest.mark.parametrize("reader", ["anonymous", "signed in"])
@pytest.mark.parametrize("change", CHANGES)
def test_a_change_shows_at_once(client, world, change, reader):
    if reader == "signed in":  # no whole page for them, but the same fragments
        client.force_login(make_member("Screener"))
    name, args, make_change = CHANGES[change]
    url = public_url(name, *args)
    before = client.get(url).content.decode()

    shown = make_change(world)
    after = client.get(url).content.decode()

    assert (shown in before, shown in after) == (False, True)


def test_the_upcoming_events_move_to_the_past_when_the_day_turns(client, world, monkeypatch):
    today = timezone.localdate()
    make_event(title_en="Forum of today", starts_on=today)
    url = public_url("practices:events")
    seen_today = client.get(url).content.decode()

    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: today + datetime.timedelta(1))
    seen_tomorrow = client.get(url).content.decode()

    assert ("Forum of today" in seen_today, "Forum of today" in seen_tomorrow) == (True, False)


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("practices:detail", ["wells"]),
        ("practices:place", ["07"]),
        ("practices:partner", ["kas"]),
        ("practices:replications", []),
        ("practices:events", []),
    ],
)
@pytest.mark.parametrize("first", ["partner", "anonymous"])
def test_audiences_never_share_a_kept_page(client, world, name, args, first):
    practice, partner = world["practice"], world["partner"]
    make_replication(
        sources=[practice],
        unit=world["replication"].unit,
        partners=[(partner, "funder")],
        adopter_name_en="Network adopter",
        title_en="Network adopter",
        visibility=Visibility.NETWORK,
    )
    make_event(
        title_en="Network forum",
        practices=[practice],
        organisers=[partner],
        unit=world["replication"].unit,
        starts_on=timezone.localdate(),
        visibility=Visibility.NETWORK,
    )
    member = Client()
    member.force_login(make_member("Partner"))
    readers = {"partner": member, "anonymous": client}
    order = [first, *(reader for reader in readers if reader != first)]
    url = public_url(name, *args)
    expected = "Network forum" if name == "practices:events" else "Network adopter"

    seen = {reader: expected in readers[reader].get(url).content.decode() for reader in order}

    assert seen == {"partner": True, "anonymous": False}
