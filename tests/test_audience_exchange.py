"""Who may see which replication, logbook entry and event, on every surface of the portal: the
audience table of tests/test_audience.py continued for the exchange records, over HTTP.

The world of this module is the practices' world with a replication and an event of each
visibility added; it is built once for the module, each test in a savepoint of its own.
"""

import csv
import io
import re
from pathlib import Path

import pytest

from practices.models import AdminUnit, Assignment
from tests.factories import image_file, public_url
from tests.test_audience import (
    AUDIENCES,
    COMMUNE,
    NOT_FOUND,
    PROVINCE,
    REFUSED_TOKEN,
    World,
    answer,
    api_get,
    body,
    cards,
    page,
    sitemap_entries,
)

pytestmark = pytest.mark.django_db


# Replications, their logbooks, and events: the same audiences, by the records' visibility.
# Each replication and event is of the commune, supported by the partner, and tied to the
# public practice (adapted from it, presented it). Each replication has a public logbook
# entry and an internal one, each with a photo; each event a photo.
#
# pages: replications list, page, home figure, place and partner pages, "Adapted by";
#        events list, page, home figure, place and partner pages, "Presented at"
# feeds: the iCalendar feed, sitemap.xml
# files: event photos
# entry files: logbook photos of shared entries (curators: coordinators, and the coaches and
#              documenters assigned to the replication)
# internal entries: logbook photos of internal entries (never on any page)
# api: /api/v1/replications/ and /api/v1/events/, lists and records, read with the audience's
#      token (a deactivated partner's is refused: nothing is read with it)

RECORDS = {"P": "public", "N": "network", "I": "internal"}
# fmt: off
EXCHANGE = {
    # audience                  pages  feeds  files  entry files  internal entries  api
    "anonymous":               ("P",  "P",  "P",   "P",   "",    "P"),
    "partner":                 ("PN", "P",  "PN",  "PN",  "",    "PN"),
    "coordinator":             ("P",  "P",  "PNI", "PNI", "PNI", "P"),
    "screener":                ("P",  "P",  "P",   "P",   "",    "P"),
    "documenter assigned":     ("P",  "P",  "P",   "PI",  "I",   "P"),  # coach of the internal one
    "documenter not assigned": ("P",  "P",  "P",   "P",   "",    "P"),
    "superuser":               ("PN", "P",  "PNI", "PNI", "PNI", "PN"),
    "deactivated partner":     ("P",  "P",  "P",   "P",   "",    ""),
}
# fmt: on


def exchange_shown(audience, column):
    columns = ("pages", "feeds", "files", "entry files", "internal entries", "api")
    cell = EXCHANGE[audience][columns.index(column)]
    return [RECORDS[letter] for letter in RECORDS if letter in cell]


class ExchangeWorld(World):
    def __init__(self, admin_units):
        import datetime

        from practices.models import (
            Event,
            EventPhoto,
            LogbookEntry,
            Replication,
            ReplicationPartner,
        )

        super().__init__(admin_units)
        commune = admin_units.get(code=COMMUNE)
        soon = datetime.date.today() + datetime.timedelta(days=30)
        self.replications, self.events, self.entries, self.event_photos = {}, {}, {}, {}
        for name in RECORDS.values():
            replication = Replication.objects.create(
                title_en=f"Replication {name}",
                adopter_name_en=f"Adopter {name}",
                slug=f"r-{name}",
                unit=commune,
                visibility=name,
            )
            replication.sources.set([self.practices["public"]])
            ReplicationPartner.objects.create(
                replication=replication, partner=self.partner, role="coach"
            )
            for internal in (False, True):
                self.entries[(name, internal)] = LogbookEntry.objects.create(
                    replication=replication,
                    date=soon,
                    is_internal=internal,
                    progress=f"Entry {name} {'internal' if internal else 'shared'}",
                    photo=image_file(),
                )
            event = Event.objects.create(
                kind="workshop",
                title_en=f"Event {name}",
                slug=f"e-{name}",
                starts_on=soon,
                unit=commune,
                visibility=name,
            )
            event.practices.set([self.practices["public"]])
            event.organisers.set([self.partner])
            self.event_photos[name] = EventPhoto.objects.create(event=event, image=image_file())
            self.replications[name], self.events[name] = replication, event

    def _sign_in(self, audience):
        from practices.models import ReplicationAssignment

        client = super()._sign_in(audience)
        if audience == "documenter assigned":
            user = Assignment.objects.get(practice=self.practices["draft"]).user
            ReplicationAssignment.objects.create(
                replication=self.replications["internal"], user=user, role="coach"
            )
        return client


@pytest.fixture(scope="module")
def exchange_world(module_data):
    return ExchangeWorld(AdminUnit.objects).with_everyone_signed_in()


@pytest.fixture
def media_root(module_media):
    return module_media


def section(html, heading_id):
    return html.split(f'id="{heading_id}"')[1].split("</section>")[0]


def card_names(html, kind):
    return sorted(name.split(" ", 1)[1] for name in cards(html) if name.startswith(kind))


def replication_list(world, client):
    return card_names(page(client, public_url("practices:replications")), "Replication")


def event_list(world, client):
    return card_names(page(client, public_url("practices:events")), "Event")


def home_figure_of(label):
    def read(world, client):
        html = page(client, public_url("practices:home"))
        return int(re.search(rf"{label}</a></dt><dd>(\d+)</dd>", html)[1])

    return read


def beside(name, args, kind):
    def read(world, client):
        html = page(client, public_url(name, *args))
        heading = {"Replication": "replications-h", "Event": "events-h"}[kind]
        return card_names(section(html, heading), kind) if f'id="{heading}"' in html else []

    return read


def adapted_by(world, client):
    html = page(client, public_url("practices:detail", "public"))
    if 'id="adapted-by-h"' not in html:
        return []
    return sorted(re.findall(r">Adopter (\w+)</a>", section(html, "adapted-by-h")))


def presented_at(world, client):
    html = page(client, public_url("practices:detail", "public"))
    return card_names(section(html, "presented-at-h"), "Event") if "presented-at-h" in html else []


def sitemap_of(kind):
    def read(world, client):
        html = page(client, "/sitemap.xml")
        return sorted(re.findall(rf"<loc>http://testserver/(km|en)/{kind}/\w-(\w+)/</loc>", html))

    return read


def calendar(world, client):
    body = client.get(public_url("practices:events_ical")).content.decode()
    return sorted(re.findall(r"SUMMARY:Event (\w+)", body))


def statistics_count(chart, code):
    """The records counted for one row of a statistics chart (its CSV file)."""

    def read(world, client):
        content = body(client.get(public_url("practices:statistics_csv", chart)))
        lines = csv.reader(io.StringIO(content.decode("utf-8-sig")))
        return {row[0]: int(row[2]) for row in list(lines)[1:]}[code]

    return read


EXCHANGE_LISTS = {
    "statistics: replications in their stage": (
        "pages",
        statistics_count("replication_stage", "interested"),
        len,
    ),
    "statistics: replications of the source's country": (
        "pages",
        statistics_count("replication_country", "KH"),
        len,
    ),
    "statistics: events of their kind": ("pages", statistics_count("events_kind", "workshop"), len),
    "replications list": ("pages", replication_list, sorted),
    "replications home figure": ("pages", home_figure_of("Replications"), len),
    "replications on the province page": (
        "pages",
        beside("practices:place", [PROVINCE], "Replication"),
        sorted,
    ),
    "replications on the partner page": (
        "pages",
        beside("practices:partner", ["council-league"], "Replication"),
        sorted,
    ),
    "adapted by": ("pages", adapted_by, sorted),
    "events list": ("pages", event_list, sorted),
    "events home figure": ("pages", home_figure_of("Knowledge-exchange events"), len),
    "events on the commune page": ("pages", beside("practices:place", [COMMUNE], "Event"), sorted),
    "events on the partner page": (
        "pages",
        beside("practices:partner", ["council-league"], "Event"),
        sorted,
    ),
    "presented at": ("pages", presented_at, sorted),
    "calendar": ("feeds", calendar, sorted),
    "replications in the sitemap": ("feeds", sitemap_of("replications"), sitemap_entries),
    "events in the sitemap": ("feeds", sitemap_of("events"), sitemap_entries),
}


@pytest.mark.parametrize("surface", EXCHANGE_LISTS)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_exchange_lists_show_exactly_the_records_of_the_table(exchange_world, audience, surface):
    column, read, expect = EXCHANGE_LISTS[surface]
    got = read(exchange_world, exchange_world.client(audience))
    assert got == expect(exchange_shown(audience, column))


def shared_entry_only(name):
    def seen(response, content):
        shared, internal = f"Entry {name} shared".encode(), f"Entry {name} internal".encode()
        return shared in content and internal not in content

    return seen


EXCHANGE_ADDRESSES = {
    "replication page with its shared entry only": (
        "pages",
        lambda w, name: public_url("practices:replication", f"r-{name}"),
        lambda w, name: shared_entry_only(name),
    ),
    "event page": (
        "pages",
        lambda w, name: public_url("practices:event", f"e-{name}"),
        lambda w, name: lambda r, c: f"<h1>Event {name}</h1>".encode() in c,
    ),
    "event photo": (
        "files",
        lambda w, name: w.event_photos[name].image.url,
        lambda w, name: lambda r, c: c == Path(w.event_photos[name].image.path).read_bytes(),
    ),
    "photo of a shared logbook entry": (
        "entry files",
        lambda w, name: w.entries[(name, False)].photo.url,
        lambda w, name: lambda r, c: c == Path(w.entries[(name, False)].photo.path).read_bytes(),
    ),
    "photo of an internal logbook entry": (
        "internal entries",
        lambda w, name: w.entries[(name, True)].photo.url,
        lambda w, name: lambda r, c: c == Path(w.entries[(name, True)].photo.path).read_bytes(),
    ),
}


def exchange_witness(name, column):
    return next((a for a in AUDIENCES if name in exchange_shown(a, column)), None)


@pytest.mark.parametrize("surface", EXCHANGE_ADDRESSES)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_each_exchange_record_answers_as_the_table_says(exchange_world, audience, surface):
    column, url, seen = EXCHANGE_ADDRESSES[surface]
    world, names = exchange_world, list(RECORDS.values())
    client = world.client(audience)
    answers = {name: answer(client, url(world, name), seen(world, name)) for name in names}
    visible = exchange_shown(audience, column)
    expected = {name: "seen" if name in visible else NOT_FOUND for name in names}
    refused = [n for n in names if expected[n] == NOT_FOUND and exchange_witness(n, column)]
    witnessed = {
        name: answer(
            world.client(exchange_witness(name, column)), url(world, name), seen(world, name)
        )
        for name in refused
    }
    assert (answers, witnessed) == (expected, dict.fromkeys(refused, "seen"))


def test_no_audience_reads_an_internal_logbook_entry_on_a_page(exchange_world):
    for audience in AUDIENCES:
        html = page(
            exchange_world.client(audience), public_url("practices:replication", "r-public")
        )
        assert ("Entry public shared" in html, "internal" in html.split("<main")[-1]) == (
            True,
            False,
        )


@pytest.mark.parametrize(
    "surface",
    [
        "replications home figure",
        "events home figure",
        "adapted by",
        "presented at",
        "replications on the province page",
        "events on the partner page",
    ],
)
@pytest.mark.parametrize(
    "order", [("partner", "anonymous"), ("anonymous", "partner")], ids="-then-".join
)
def test_an_exchange_surface_does_not_cross_audiences(exchange_world, order, surface):
    _column, read, expect = EXCHANGE_LISTS[surface]
    got = [read(exchange_world, exchange_world.client(audience)) for audience in order]
    assert got == [expect(exchange_shown(audience, "pages")) for audience in order]


# Replications and events in the API, read with each audience's token.


def api_records(path):
    """The names of the records an API list gives, and whether each is marked as it is."""

    def read(world, audience):
        data = api_get(world, audience, f"/api/v1/{path}/")
        rows = data["results"] if data else []
        return sorted((row["title"]["en"].split(" ", 1)[1], row["visibility"]) for row in rows)

    return read


def api_logbook(world, audience):
    """The logbook entries the API gives with each readable replication."""
    found = []
    for name in RECORDS.values():
        response = world.api(audience).get(f"/api/v1/replications/r-{name}/")
        if response.status_code == 200:
            found += [entry["progress"] for entry in response.json()["logbook"]]
    return sorted(found)


EXCHANGE_API = {
    "api replications": (api_records("replications"), lambda names: sorted((n, n) for n in names)),
    "api events": (api_records("events"), lambda names: sorted((n, n) for n in names)),
    "api logbook, shared entries only": (
        api_logbook,
        lambda names: sorted(f"Entry {n} shared" for n in names),
    ),
}


@pytest.mark.parametrize("surface", EXCHANGE_API)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_api_exchange_lists_show_exactly_the_records_of_the_table(
    exchange_world, audience, surface
):
    read, expect = EXCHANGE_API[surface]
    assert read(exchange_world, audience) == expect(exchange_shown(audience, "api"))


def api_record(world, audience, path, slug):
    response = world.api(audience).get(f"/api/v1/{path}/{slug}/")
    if response.status_code == 200 and response.json()["slug"] == slug:
        return "seen"
    if response.status_code == 404 and response.json()["detail"].startswith("No "):
        return NOT_FOUND
    if response.status_code == 401 and response.json() == REFUSED_TOKEN:
        return NOT_FOUND
    return response.status_code, response.content[:80]


@pytest.mark.parametrize(("path", "prefix"), [("replications", "r"), ("events", "e")])
@pytest.mark.parametrize("audience", AUDIENCES)
def test_api_exchange_records_answer_as_the_table_says(exchange_world, audience, path, prefix):
    world, names = exchange_world, list(RECORDS.values())
    visible = exchange_shown(audience, "api")
    answers = {n: api_record(world, audience, path, f"{prefix}-{n}") for n in names}
    expected = {n: "seen" if n in visible else NOT_FOUND for n in names}
    refused = [n for n in names if expected[n] == NOT_FOUND and exchange_witness(n, "api")]
    witnessed = {
        n: api_record(world, exchange_witness(n, "api"), path, f"{prefix}-{n}") for n in refused
    }
    assert (answers, witnessed) == (expected, dict.fromkeys(refused, "seen"))
