"""Who may see which practice, on every surface of the portal: one table, read over HTTP.
(tests/test_audience_exchange.py continues it for replications, logbooks and events.)

Rows are audiences, columns groups of surfaces; a cell names the practices the audience meets
there. Each test asks one audience for one surface and compares what it got with the table,
as an equality: the titles a list shows, the count it prints, or for pages and files one
answer per practice (seen, or the site's 404 page). A practice refused to one audience is
fetched at the same address by an audience the table lets see it, so that a refusal cannot
come from a wrong address. Only addresses and HTML are used, never the app's functions.

What the table encodes (read from the code):
- Public pages show published practices: public ones to everyone, network ones only to
  partners and superusers. Curation roles read the public site as the public does.
- Feeds and the sitemap carry published public practices only, whoever asks.
- Files of a practice go to its public readers and, in the admin, to coordinators, superusers
  and the people assigned to it (drafts included), never to the unassigned.
- The preview is for active staff, of the practices they see in the admin.
- A partner deactivated while signed in is, on the next request, anonymous.
"""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from functools import cached_property
from pathlib import Path

import openpyxl
import pytest
from django.test import Client

from practices.api import tokens
from practices.models import AdminUnit, Assignment, Document, Photo, Stage, Visibility
from tests.factories import (
    add_partner,
    image_file,
    make_member,
    make_partner,
    make_practice,
    make_theme,
    make_user,
    pdf_file,
    public_url,
)

pytestmark = pytest.mark.django_db

# Every practice shares one theme, one commune and one partner, and its title has one word.
WORD = "compost"
COMMUNE, PROVINCE = "020101", "02"
PRACTICES = {
    "P": ("public", {"stage": Stage.PUBLISHED, "visibility": Visibility.PUBLIC}),
    "N": ("network", {"stage": Stage.PUBLISHED, "visibility": Visibility.NETWORK}),
    "I": ("internal", {"stage": Stage.PUBLISHED, "visibility": Visibility.INTERNAL}),
    "D": ("draft", {"stage": Stage.DOCUMENTING, "visibility": Visibility.PUBLIC}),
    "A": ("archived", {"stage": Stage.ARCHIVED, "visibility": Visibility.PUBLIC}),
}
ALL = "".join(PRACTICES)

# pages:   browse, search, practice page (and its related practices), PDF, home (latest and
#          figure), the theme option's count, theme, province, commune and partner pages,
#          enquiry form
# feeds:   RSS and Atom, all and per theme; sitemap.xml; the open-data package
# files:   photo, its thumbnail, document
# preview: the admin's preview of a practice
# api:     /api/v1/ read with the audience's personal token (none for the anonymous): the
#          practices list and search, a practice, the theme's, province's and partner's counts.
#          A deactivated partner's token is refused (401): nothing is read with it.
# fmt: off
TABLE = {
    # audience                  pages  feeds  files  preview api
    "anonymous":               ("P",  "P",  "P",  "",  "P"),
    "partner":                 ("PN", "P",  "PN", "",  "PN"),
    "coordinator":             ("P",  "P",  ALL,  ALL, "P"),
    "screener":                ("P",  "P",  "P",  "",  "P"),
    "documenter assigned":     ("P",  "P",  "PD", "D", "P"),
    "documenter not assigned": ("P",  "P",  "P",  "",  "P"),
    "superuser":               ("PN", "P",  ALL,  ALL, "PN"),
    "deactivated partner":     ("P",  "P",  "P",  "",  ""),
}
# fmt: on
ROLES = {
    "partner": "Partner",
    "coordinator": "Coordinator",
    "screener": "Screener",
    "documenter assigned": "Documenter",
    "documenter not assigned": "Documenter",
    "deactivated partner": "Partner",
}
GROUPS = ("pages", "feeds", "files", "preview", "api")
AUDIENCES = tuple(TABLE)

# (audience, practice) → {group: visible or not}
SEES = {
    (audience, PRACTICES[letter][0]): {
        group: letter in cell for group, cell in zip(GROUPS, TABLE[audience], strict=True)
    }
    for audience in AUDIENCES
    for letter in PRACTICES
}


def shown(audience, group):
    """The practices (by name) that `audience` meets on surfaces of `group`, in table order."""
    return [name for name, _ in PRACTICES.values() if SEES[(audience, name)][group]]


def title(name):
    return f"Compost {name}"


class World:
    """Five practices with a photo, a document, a theme, a place and a partner each; people
    and their signed-in browsers are made when a test first asks for them."""

    def __init__(self, admin_units):
        self.theme = make_theme(slug="waste", name_en="Waste")
        self.partner = make_partner(slug="council-league", name_en="Council League")
        commune = admin_units.get(code=COMMUNE)
        self.practices, self.photos, self.documents = {}, {}, {}
        for name, fields in PRACTICES.values():
            practice = make_practice(
                title_en=title(name), slug=name, themes=[self.theme], units=[commune], **fields
            )
            add_partner(practice, self.partner)
            self.photos[name] = Photo.objects.create(practice=practice, image=image_file())
            self.documents[name] = Document.objects.create(
                practice=practice, file=pdf_file(), title=f"Plan {name}"
            )
            self.practices[name] = practice
        self._clients, self.keys = {}, {}

    def with_everyone_signed_in(self):
        for audience in AUDIENCES:
            self.client(audience)
        return self

    def client(self, audience):
        if audience not in self._clients:
            self._clients[audience] = self._sign_in(audience)
        return self._clients[audience]

    def _sign_in(self, audience):
        client = Client(headers={"accept-language": "en"})  # for media, outside /en/
        if audience == "anonymous":
            return client
        if audience == "superuser":
            user = make_user(is_staff=True, is_superuser=True)
        else:
            user = make_member(ROLES[audience])
        client.force_login(user)
        self.keys[audience] = tokens.create(user, "audience table")[1]
        if audience == "documenter assigned":
            Assignment.objects.create(
                practice=self.practices["draft"], user=user, role=Assignment.Role.DOCUMENTER
            )
        if audience == "deactivated partner":
            # Signed in, a partner reads the network practice; then the account is closed.
            assert client.get(public_url("practices:detail", "network")).status_code == 200
            user.is_active = False  # the session stays; the next request must not use it
            user.save(update_fields=["is_active"])
        return client

    def api(self, audience):
        """A client that reads the API with the audience's token (none for the anonymous)."""
        self.client(audience)
        key = self.keys.get(audience)
        english = {"accept-language": "en"}
        return Client(headers={"authorization": f"Token {key}", **english} if key else english)

    @cached_property
    def thumbnails(self):
        """Each photo's thumbnail address, as the superuser's preview of its practice links it."""
        found = {}
        for name, practice in self.practices.items():
            html = page(self.client("superuser"), public_url("practices:preview", practice.pk))
            found[name] = re.search(r'<img src="(/media/thumbs/[^"]+)"', html)[1]
        return found


@pytest.fixture(scope="module")
def world(module_data):
    """One world for the module (tests only read it), everyone signed in before any test."""
    return World(AdminUnit.objects).with_everyone_signed_in()


@pytest.fixture
def media_root(module_media):
    return module_media


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


NOT_FOUND = "not found"  # the site's own 404 page, not an error of some other kind


def answer(client, url, seen):
    """ "seen" when the page or file came with what `seen(response, content)` looks for,
    NOT_FOUND for the site's 404 page, otherwise the status and the start of the content."""
    response = client.get(url)
    content = body(response)
    if response.status_code == 200 and seen(response, content):
        return "seen"
    if response.status_code == 404 and b"<h1>Page not found</h1>" in content:
        return NOT_FOUND
    return response.status_code, content[:80]


# Lists: what a surface shows to one reader, and what the table says it should show.


def cards(html):
    return sorted(re.findall(r'<li class="card">\s*<h3><a href="[^"]+">([^<]*)</a></h3>', html))


def browse(world, client):
    return cards(page(client, public_url("practices:list")))


def search(world, client):
    return cards(page(client, public_url("practices:list", q=WORD)))


def home_latest(world, client):
    html = page(client, public_url("practices:home"))
    return cards(html.split('id="latest-h"')[1].split("</section>")[0])


def home_figure(world, client):
    html = page(client, public_url("practices:home"))
    return int(re.search(r"<dt>Published practices</dt><dd>(\d+)</dd>", html)[1])


def theme_option(world, client):
    html = page(client, public_url("practices:list"))
    return int(re.search(r'<option value="waste">Waste \((\d+)\)</option>', html)[1])


def related(world, client):
    """The related practices (same theme) on the public practice's page."""
    html = page(client, public_url("practices:detail", "public"))
    assert f"<h1>{title('public')}</h1>" in html
    return cards(html.split('id="related-h"')[1]) if 'id="related-h"' in html else []


def theme_page(world, client):
    return cards(page(client, public_url("practices:theme", "waste")))


def province_page(world, client):
    return cards(page(client, public_url("practices:place", PROVINCE)))


def commune_page(world, client):
    return cards(page(client, public_url("practices:place", COMMUNE)))


def partner_page(world, client):
    return cards(page(client, public_url("practices:partner", "council-league")))


def rss(url, client):
    root = ET.fromstring(page(client, url))
    return sorted(item.findtext("title") for item in root.iter("item"))


def atom(url, client):
    ns = "{http://www.w3.org/2005/Atom}"
    root = ET.fromstring(page(client, url))
    return sorted(entry.findtext(f"{ns}title") for entry in root.iter(f"{ns}entry"))


def feed_rss(world, client):
    return rss(public_url("practices:feed_rss"), client)


def feed_atom(world, client):
    return atom(public_url("practices:feed_atom"), client)


def theme_feed_rss(world, client):
    return rss(public_url("practices:theme_feed_rss", "waste"), client)


def theme_feed_atom(world, client):
    return atom(public_url("practices:theme_feed_atom", "waste"), client)


def sitemap(world, client):
    html = page(client, "/sitemap.xml")
    return sorted(re.findall(r"<loc>http://testserver/(km|en)/practices/([^/<]+)/</loc>", html))


SUGGESTION = re.compile(r'<p class="suggestion">Did you mean <a href="[^"]+">([^<]*)</a>\?</p>')


def suggestions(world, client):
    """The practices' one-word names offered as "did you mean" for a misspelling of each."""
    offered = []
    for name, _ in PRACTICES.values():
        found = SUGGESTION.search(page(client, public_url("practices:list", q=name[:-1] + "x")))
        offered += [found[1]] if found else []
    return sorted(offered)


def titles(names):
    return sorted(title(name) for name in names)


def related_titles(names):
    return titles(name for name in names if name != "public")


def count(names):
    return len(names)


def sitemap_entries(names):
    return sorted((lang, name) for name in names for lang in ("km", "en"))


def download(client, fmt, **params):
    """The titles (English) in an export of the browse page's selection."""
    response = client.get(public_url("practices:download", fmt, **params))
    assert response.status_code == 200, (fmt, response.status_code)
    content = body(response)
    if fmt == "csv":
        return sorted(
            row["title"] for row in csv.DictReader(io.StringIO(content.decode("utf-8-sig")))
        )
    if fmt == "json":
        return sorted(row["title"] for row in json.loads(content)["practices"])
    sheet = openpyxl.load_workbook(io.BytesIO(content), read_only=True).active
    header, *rows = list(sheet.values)
    return sorted(row[header.index("title")] for row in rows)


def open_data(world, client):
    """The practices table of the open-data package."""
    content = body(client.get(public_url("practices:open_data_file", "practices.csv")))
    return sorted(row["title_en"] for row in csv.DictReader(io.StringIO(content.decode())))


def statistics_theme(world, client):
    """The practices counted for the theme on the statistics page."""
    content = body(client.get(public_url("practices:statistics_csv", "theme")))
    return {
        row["code"]: int(row["practices"])
        for row in csv.DictReader(io.StringIO(content.decode("utf-8-sig")))
    }["waste"]


def statistics_province(world, client):
    """The practices counted for the province in the statistics page's table."""
    html = page(client, public_url("practices:statistics"))
    table = html.split('id="province-h"')[1].split("</table>")[0]
    return int(re.search(r">Battambang</th><td>(\d+)</td>", table)[1])


def export(fmt, **params):
    return lambda world, client: download(client, fmt, **params)


# name → (group, what the reader gets, what the table's practices should make of it)
LISTS = {
    "csv export": ("pages", export("csv"), titles),
    "xlsx export": ("pages", export("xlsx"), titles),
    "json export": ("pages", export("json"), titles),
    "csv export of a search": ("pages", export("csv", q=WORD), titles),
    "json export of a theme": ("pages", export("json", theme="waste"), titles),
    "browse": ("pages", browse, titles),
    "search": ("pages", search, titles),
    "did you mean": ("pages", suggestions, sorted),
    "home latest": ("pages", home_latest, titles),
    "home figure": ("pages", home_figure, count),
    "theme option count": ("pages", theme_option, count),
    "related on the public page": ("pages", related, related_titles),
    "theme page": ("pages", theme_page, titles),
    "province page": ("pages", province_page, titles),
    "commune page": ("pages", commune_page, titles),
    "partner page": ("pages", partner_page, titles),
    "rss": ("feeds", feed_rss, titles),
    "atom": ("feeds", feed_atom, titles),
    "theme rss": ("feeds", theme_feed_rss, titles),
    "theme atom": ("feeds", theme_feed_atom, titles),
    "sitemap": ("feeds", sitemap, sitemap_entries),
    "open-data package": ("feeds", open_data, titles),
    "statistics: the theme's count": ("pages", statistics_theme, count),
    "statistics: the province's count": ("pages", statistics_province, count),
}


@pytest.mark.parametrize("surface", LISTS)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_lists_show_exactly_the_practices_of_the_table(world, audience, surface):
    group, read, expect = LISTS[surface]
    assert read(world, world.client(audience)) == expect(shown(audience, group))


# Addresses of one practice: each answers "seen" to those the table names, 404 to others.


def has_title(name):
    return lambda response, content: f"<h1>{title(name)}</h1>".encode() in content


def is_pdf(name):
    return lambda response, content: (
        response["Content-Type"] == "application/pdf" and content.startswith(b"%PDF-")
    )


def enquiry_form(name):
    return lambda response, content: (
        title(name).encode() in content and b'name="message"' in content
    )


def previewed(name):
    return lambda response, content: (
        b'class="preview-banner"' in content and has_title(name)(response, content)
    )


def photo_bytes(world, name):
    expected = Path(world.photos[name].image.path).read_bytes()
    return lambda response, content: content == expected


def webp(name):
    return lambda response, content: content[:4] == b"RIFF" and content[8:12] == b"WEBP"


def document_download(name):
    return lambda response, content: (
        response["Content-Disposition"] == f'attachment; filename="plan-{name}.pdf"'
        and content.startswith(b"%PDF-")
    )


needs_pdf = pytest.mark.needs("pdf")

# name → (group, its address for a practice, what a reader who may see it receives)
ADDRESSES = {
    "detail": (
        "pages",
        lambda w, name: public_url("practices:detail", name),
        lambda w, name: has_title(name),
    ),
    "pdf": (
        "pages",
        lambda w, name: public_url("practices:pdf", name),
        lambda w, name: is_pdf(name),
    ),
    "enquiry form": (
        "pages",
        lambda w, name: public_url("practices:enquiry", name),
        lambda w, name: enquiry_form(name),
    ),
    "photo": (
        "files",
        lambda w, name: w.photos[name].image.url,
        photo_bytes,
    ),
    "thumbnail": (
        "files",
        lambda w, name: w.thumbnails[name],
        lambda w, name: webp(name),
    ),
    "document": (
        "files",
        lambda w, name: w.documents[name].file.url,
        lambda w, name: document_download(name),
    ),
    "preview": (
        "preview",
        lambda w, name: public_url("practices:preview", w.practices[name].pk),
        lambda w, name: previewed(name),
    ),
}


def witness(name, group):
    """An audience the table lets see practice `name` on `group`, if there is one."""
    return next((a for a in AUDIENCES if SEES[(a, name)][group]), None)


@pytest.mark.parametrize(
    "surface",
    [pytest.param(s, marks=needs_pdf) if s == "pdf" else s for s in ADDRESSES],
)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_each_practice_answers_as_the_table_says(world, audience, surface):
    group, url, seen = ADDRESSES[surface]
    names = [name for name, _ in PRACTICES.values()]
    client = world.client(audience)
    answers = {name: answer(client, url(world, name), seen(world, name)) for name in names}
    expected = {name: "seen" if SEES[(audience, name)][group] else NOT_FOUND for name in names}
    # The same address, refused here, serves whoever the table lets see it.
    refused = [name for name in names if expected[name] == NOT_FOUND and witness(name, group)]
    witnessed = {
        name: answer(world.client(witness(name, group)), url(world, name), seen(world, name))
        for name in refused
    }
    assert (answers, witnessed) == (expected, dict.fromkeys(refused, "seen"))


# Offline reading: the service worker keeps a page on the reader's device only when the server
# marks it `X-Audience: public` (practices/views/conditional.py): a page made for everyone,
# never a signed-in reader's, whatever that reader may read.
# fmt: off
KEPT_OFFLINE = {
    "anonymous":               "P",
    "partner":                 "",
    "coordinator":             "",
    "screener":                "",
    "documenter assigned":     "",
    "documenter not assigned": "",
    "superuser":               "",
    "deactivated partner":     "",  # the closed session still makes its pages its own
}
# fmt: on


@pytest.mark.parametrize("audience", AUDIENCES)
def test_only_pages_made_for_everyone_are_marked_for_offline_reading(world, audience):
    client = world.client(audience)
    answers = {
        name: client.get(public_url("practices:detail", name)) for name, _ in PRACTICES.values()
    }
    read = [name for name, response in answers.items() if response.status_code == 200]
    marked = [name for name, response in answers.items() if response.get("X-Audience") == "public"]
    expected = [PRACTICES[letter][0] for letter in KEPT_OFFLINE[audience]]
    assert (read, marked) == (shown(audience, "pages"), expected)


def test_every_group_of_surfaces_shows_and_hides_something_to_someone():
    """Each column of the table is checked both ways: every audience meets at least the public
    practice on it (so a list's absences sit beside a presence), and some practice is hidden
    from some audience."""
    for group in GROUPS:
        cells = [SEES[(a, name)][group] for a in AUDIENCES for name, _ in PRACTICES.values()]
        # The preview is for curators; a refused token reads nothing.
        shown_to_all = all(shown(a, group) for a in AUDIENCES) or group in {"preview", "api"}
        assert (any(cells), all(cells), shown_to_all) == (True, False, True), group


# Public pages are cached per audience: one reader's page must not be served to another.

CACHED = [
    surface
    for surface, (group, *_) in LISTS.items()
    if group == "pages" and "export" not in surface
]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
@pytest.mark.parametrize("params", [{}, {"q": WORD}, {"theme": "waste", "province": PROVINCE}])
@pytest.mark.parametrize("audience", ["anonymous", "partner"])
def test_exports_hold_what_the_browse_page_lists(world, audience, params, fmt):
    client = world.client(audience)
    listed = cards(page(client, public_url("practices:list", **params)))
    assert download(client, fmt, **params) == listed


@pytest.mark.parametrize("surface", CACHED)
@pytest.mark.parametrize(
    "order", [("partner", "anonymous"), ("anonymous", "partner")], ids="-then-".join
)
def test_a_cached_page_does_not_cross_audiences(world, order, surface):
    _group, read, expect = LISTS[surface]
    got = [read(world, world.client(audience)) for audience in order]
    assert got == [expect(shown(audience, "pages")) for audience in order]


# The API, read with each audience's token.

REFUSED_TOKEN = {"detail": "Unknown or revoked API token."}


def api_get(world, audience, url, **params):
    """The JSON the API answers; None when the audience's token is refused (401)."""
    response = world.api(audience).get(url, params)
    if response.status_code == 401 and response.json() == REFUSED_TOKEN:
        return None
    assert response.status_code == 200, (url, response.content[:200])
    return response.json()


def api_titles(world, audience, **params):
    data = api_get(world, audience, "/api/v1/practices/", **params)
    return sorted(row["title"]["en"] for row in data["results"]) if data else []


def api_count(url):
    def read(world, audience):
        data = api_get(world, audience, url)
        return data["practice_count"] if data else 0

    return read


API_LISTS = {
    "api list": (lambda w, a: api_titles(w, a), titles),
    "api search": (lambda w, a: api_titles(w, a, q=WORD), titles),
    "api theme filter": (lambda w, a: api_titles(w, a, theme="waste"), titles),
    "api province filter": (lambda w, a: api_titles(w, a, province=PROVINCE), titles),
    "api theme count": (api_count("/api/v1/themes/waste/"), count),
    "api province count": (api_count(f"/api/v1/places/{PROVINCE}/"), count),
    "api commune count": (api_count(f"/api/v1/places/{COMMUNE}/"), count),
    "api partner count": (api_count("/api/v1/partners/council-league/"), count),
}


@pytest.mark.parametrize("surface", API_LISTS)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_api_lists_show_exactly_the_practices_of_the_table(world, audience, surface):
    read, expect = API_LISTS[surface]
    assert read(world, audience) == expect(shown(audience, "api"))


def api_answer(world, audience, name):
    response = world.api(audience).get(f"/api/v1/practices/{name}/")
    if response.status_code == 200 and response.json()["title"]["en"] == title(name):
        return "seen"
    if response.status_code == 404 and response.json() == {
        "detail": "No Practice matches the given query."
    }:
        return NOT_FOUND
    if response.status_code == 401 and response.json() == REFUSED_TOKEN:
        return NOT_FOUND  # nothing is read with a refused token
    return response.status_code, response.content[:80]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_api_detail_answers_as_the_table_says(world, audience):
    names = [name for name, _ in PRACTICES.values()]
    answers = {name: api_answer(world, audience, name) for name in names}
    expected = {name: "seen" if SEES[(audience, name)]["api"] else NOT_FOUND for name in names}
    refused = [name for name in names if expected[name] == NOT_FOUND and witness(name, "api")]
    witnessed = {name: api_answer(world, witness(name, "api"), name) for name in refused}
    assert (answers, witnessed) == (expected, dict.fromkeys(refused, "seen"))


# The coordinator's pipeline figures (an admin page and its workbook) count every practice of
# the admin, whatever its stage or visibility, and no one else reads them: P, N and I are
# published, D is documenting, A archived without a recorded history (so only mapped).
PIPELINE = {
    "anonymous": 302,
    "partner": 302,
    "coordinator": 200,
    "screener": 403,
    "documenter assigned": 403,
    "documenter not assigned": 403,
    "superuser": 200,
    "deactivated partner": 302,
}


@pytest.mark.parametrize("audience", AUDIENCES)
def test_pipeline_figures_count_every_practice_for_coordinators_only(world, audience):
    client = world.client(audience)
    response = client.get("/admin/practices/practice/pipeline/")
    workbook = client.get("/admin/practices/practice/pipeline.xlsx")
    assert (response.status_code, workbook.status_code) == (PIPELINE[audience],) * 2
    if PIPELINE[audience] == 200:
        funnel = [step.count for step in response.context["figures"].funnel]
        assert funnel == [5, 4, 4, 3, 3]
        sheet = openpyxl.load_workbook(io.BytesIO(body(workbook)))["Funnel"]
        assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == funnel
