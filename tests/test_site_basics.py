"""What every public site has: an icon, a manifest for the home screen, a readable footer, and
forms whose Khmer and accessibility hold together."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_practice, public_url

pytestmark = pytest.mark.django_db


def test_the_favicon_is_served_from_the_root(client):
    response = client.get("/favicon.ico")
    body = b"".join(response.streaming_content)
    assert (response.status_code, response["Content-Type"], body[:4]) == (
        200,
        "image/x-icon",
        b"\x00\x00\x01\x00",
    )


@pytest.mark.parametrize(
    ("lang", "name", "start"),
    [
        ("km", "ការអនុវត្តល្អរបស់រដ្ឋបាលមូលដ្ឋាន", "/km/"),
        ("en", "Good local-government practices", "/en/"),
    ],
)
def test_the_manifest_names_the_portal_in_the_pages_language(client, lang, name, start):
    response = client.get(public_url("practices:manifest", lang=lang))
    manifest = json.loads(response.content)
    assert response["Content-Type"] == "application/manifest+json"
    assert (manifest["name"], manifest["lang"], manifest["start_url"]) == (name, lang, start)
    icons = [(icon["src"], icon["sizes"]) for icon in manifest["icons"]]
    assert icons == [
        ("/static/icons/icon-192.png", "192x192"),
        ("/static/icons/icon-512.png", "512x512"),
        ("/static/icons/maskable-512.png", "512x512"),
    ]
    for src, _ in icons:
        icon = client.get(src)
        assert b"".join(icon.streaming_content)[:4] == b"\x89PNG"


def test_every_page_links_the_manifest_of_its_language(client):
    html = client.get(public_url("practices:home", lang="km")).content.decode()
    assert '<link rel="manifest" href="/km/manifest.webmanifest">' in html


def test_the_footers_small_print_is_not_grey_on_blue(client):
    css = client.get("/static/css/site.css")
    text = b"".join(css.streaming_content).decode()
    assert "footer.site .meta { color: #e3edf5; }" in text


def test_the_khmer_nomination_form_offers_its_empty_choice_in_khmer(client):
    html = client.get(public_url("practices:nominate", lang="km")).content.decode()
    empty = re.findall(r'<option value="" selected>([^<]*)</option>', html)
    assert empty == ["- ជ្រើសមួយ -", "- ជ្រើសមួយ -"]
    assert "Select an option" not in html


def test_the_contact_fields_description_exists(client):
    practice = make_practice(slug="wells")
    html = client.get(public_url("practices:enquiry", practice.slug, lang="km")).content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', html)
    assert described == ["id_contact_helptext"]
    assert html.count('id="id_contact_helptext"') == 1


def test_the_site_map_lists_pages_themes_provinces_and_partners(client, admin_units):
    from tests.factories import make_partner, make_theme

    make_theme(slug="water", name_en="Water")
    make_partner(slug="league", name_en="League")
    html = client.get(public_url("practices:site_map")).content.decode()
    assert '<a href="/en/themes/water/">Water</a>' in html
    assert '<a href="/en/partners/league/">League</a>' in html
    assert '<a href="/en/places/12/">Phnom Penh</a>' in html
    assert '<a href="/sitemap.xml">Site map for search engines (XML)</a>' in html
    footer = client.get(public_url("practices:home")).content.decode().split("<footer")[1]
    assert '<a href="/en/site-map/">Site map</a>' in footer


def test_the_site_map_reads_in_a_fixed_number_of_queries(client, django_assert_num_queries):
    from django.core.cache import cache

    from tests.factories import make_partner, make_theme

    make_theme()
    make_partner()
    with CaptureQueriesContext(connection) as one:
        client.get(public_url("practices:site_map"))
    make_theme(), make_theme(), make_partner(), make_partner()
    cache.clear()
    with django_assert_num_queries(len(one)):
        client.get(public_url("practices:site_map"))
