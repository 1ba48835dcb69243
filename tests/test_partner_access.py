"""Network-only practices, surface by surface: a signed-in partner sees them, marked as shared
with the DELGOSEA network; an anonymous reader, or the same partner once signed out, never
does, whatever the caches hold. The partner signs in and out through the public forms."""

import pytest

from practices import pdf, thumbnails
from practices.models import Document, Photo, Visibility
from tests.factories import (
    add_partner,
    image_file,
    make_member,
    make_partner,
    make_practice,
    make_theme,
    make_unit,
    pdf_file,
)

pytestmark = pytest.mark.django_db
PASSWORD = "pw-for-tests-only"
HIDDEN = "Network compost"
MARK = "Shared with the DELGOSEA network"


@pytest.fixture
def world():
    theme, commune, org = make_theme(slug="waste"), make_unit("020101"), make_partner(slug="ccsp")
    fields = {"themes": [theme], "units": [commune]}
    public = make_practice(title_en="Open compost", slug="open", **fields)
    network = make_practice(
        title_en=HIDDEN, slug="network", visibility=Visibility.NETWORK, **fields
    )
    for practice in (public, network):
        add_partner(practice, org)
    photo = Photo.objects.create(practice=network, image=image_file())
    document = Document.objects.create(practice=network, file=pdf_file())
    return {"public": public, "network": network, "photo": photo, "document": document}


# Pages that list practices: the network practice is listed, marked, for a partner only.
LISTINGS = {
    "home": "/en/",
    "browse": "/en/practices/",
    "search": "/en/practices/?q=compost",
    "browse by theme": "/en/practices/?theme=waste",
    "browse by province": "/en/practices/?province=02",
    "theme page": "/en/themes/waste/",
    "province page": "/en/places/02/",
    "commune page": "/en/places/020101/",
    "partner page": "/en/partners/ccsp/",
    "related practices": "/en/practices/open/",
    "home in Khmer": "/km/",
    "browse in Khmer": "/km/practices/",
}
# Addresses of the network practice itself: 200 for a partner (with what it serves), 404 for
# everyone else.
OWN = {
    "practice page": (lambda w: "/en/practices/network/", "text/html"),
    "enquiry form": (lambda w: "/en/practices/network/replicate/", "text/html"),
    "photo": (lambda w: w["photo"].image.url, "image/png"),
    "thumbnail": (lambda w: thumbnails.thumbnail_url(w["photo"], 320), "image/webp"),
    "document": (lambda w: w["document"].file.url, "application/pdf"),
    "PDF": (lambda w: "/en/practices/network/pdf/", "application/pdf"),
}
READERS = ["anonymous", "partner", "partner signed out"]


def sign_in(client):
    partner = make_member("Partner")
    response = client.post(
        "/en/accounts/login/", {"username": partner.username, "password": PASSWORD}
    )
    assert response.status_code == 302


def read(client, url, reader):
    """What `reader` gets at `url`; a partner who signs out has seen the page signed in first,
    so that any cache the page fills is full of what a partner sees."""
    if reader != "anonymous":
        sign_in(client)
    if reader == "partner signed out":
        seen = client.get(url)
        assert seen.status_code == 200
        consume(seen)
        assert client.post("/en/accounts/logout/").status_code == 302
    response = client.get(url)
    return response, consume(response)


def consume(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("surface", list(LISTINGS))
def test_listings_show_network_practices_to_signed_in_partners_only(client, world, surface, reader):
    response, body = read(client, LISTINGS[surface], reader)
    text = body.decode()
    shown = (HIDDEN in text, MARK in text)
    public = "Open compost"
    if surface.endswith("in Khmer"):  # the Khmer page shows the Khmer title
        shown = (world["network"].title_km in text, 'class="badge network"' in text)
        public = world["public"].title_km
    assert (response.status_code, public in text) == (200, True)
    assert shown == ((True, True) if reader == "partner" else (False, False))


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("surface", list(OWN))
def test_the_network_practice_and_its_files_for_signed_in_partners_only(
    client, world, surface, reader
):
    if surface == "PDF" and not pdf.available():
        pytest.skip(f"no PDF case studies here: {pdf.missing()}")
    address, served = OWN[surface]
    response, body = read(client, address(world), reader)
    if reader != "partner":
        assert (response.status_code, response.templates[0].name) == (404, "404.html")
        return
    assert (response.status_code, response["Content-Type"].split(";")[0]) == (200, served)
    if served == "text/html":
        assert HIDDEN in body.decode()
    if surface == "practice page":
        assert MARK in body.decode()


@pytest.mark.parametrize("reader", READERS)
def test_counts_include_network_practices_for_signed_in_partners_only(client, world, reader):
    response, _body = read(client, "/en/practices/?theme=waste", reader)
    home, _ = read(client, "/en/", "anonymous" if reader == "anonymous" else "partner")
    expected = 2 if reader == "partner" else 1
    assert response.context["browse"].facets.total == expected
    if reader != "partner signed out":
        assert home.context["home"].figures["practices"] == expected


@pytest.mark.parametrize("url", ["/en/feeds/practices.rss", "/en/feeds/themes/waste.atom"])
@pytest.mark.parametrize("reader", READERS)
def test_feeds_carry_public_practices_only_even_for_partners(client, world, url, reader):
    """Feed readers never sign in, and a feed's address is passed around: public only."""
    _response, body = read(client, url, reader)
    assert ("Open compost" in body.decode(), HIDDEN in body.decode()) == (True, False)


def test_the_sitemap_never_lists_network_practices(client, world):
    sign_in(client)
    body = client.get("/sitemap.xml").content.decode()
    assert ("/en/practices/open/" in body, "/en/practices/network/" in body) == (True, False)


def test_the_pdf_of_a_network_practice_says_it_is_shared_with_the_network(client, world):
    import io

    from pypdf import PdfReader

    if not pdf.available():
        pytest.skip(f"no PDF case studies here: {pdf.missing()}")
    sign_in(client)
    response = client.get("/en/practices/network/pdf/")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert (HIDDEN in text, MARK in " ".join(text.split())) == (True, True)


FRAGMENTS = {
    "home": "/{lang}/",
    "browse": "/{lang}/practices/",
    "practice (related practices)": "/{lang}/practices/open/",
    "theme": "/{lang}/themes/waste/",
    "place": "/{lang}/places/02/",
    "partner": "/{lang}/partners/ccsp/",
}


@pytest.mark.parametrize("lang", ["km", "en"])
@pytest.mark.parametrize("page", list(FRAGMENTS))
def test_a_page_cached_for_a_partner_is_never_served_to_anyone_else(world, page, lang):
    from django.test import Client

    url = FRAGMENTS[page].format(lang=lang)
    title = world["network"].title_km if lang == "km" else HIDDEN
    public = world["public"].title_km if lang == "km" else "Open compost"
    partner, anonymous = Client(), Client()
    sign_in(partner)
    first = partner.get(url).content.decode()
    later = anonymous.get(url)
    assert (title in first, public in first) == (True, True)
    assert (later.status_code, public in later.content.decode()) == (200, True)
    assert title not in later.content.decode()
