"""Offline reading, the server's part: the service worker at the root, the "Available
offline" page in both languages, the mark that lets a page be kept on a phone (public pages
only, never a signed-in reader's), and signing out clearing what the browser kept."""

import json
import re

import pytest
from django.test import Client

from practices.models import Photo, Stage, Visibility
from tests.factories import image_file, make_member, make_practice, public_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def wells():
    return make_practice(slug="wells", title_en="Wells", title_km="អណ្ដូង")


@pytest.fixture
def shared():
    return make_practice(
        slug="shared", title_en="Shared", stage=Stage.PUBLISHED, visibility=Visibility.NETWORK
    )


@pytest.fixture
def partner():
    partner = Client()
    partner.force_login(make_member("Partner"))
    return partner


def worker_config(response):
    body = response.content.decode()
    return json.loads(re.search(r"^const CONFIG = (.*);$", body, re.MULTILINE)[1])


def test_the_service_worker_is_served_from_the_root_and_asked_again_each_visit(client):
    response = client.get("/sw.js")
    assert (response.status_code, response["Content-Type"], response["Cache-Control"]) == (
        200,
        "application/javascript; charset=utf-8",
        "no-cache",
    )
    again = client.get("/sw.js", headers={"if-none-match": response["ETag"]})
    assert (again.status_code, again["ETag"]) == (304, response["ETag"])


def test_the_service_worker_names_the_release_and_keeps_the_khmer_font(client):
    from practices.pages.cache import CODE_VERSION

    config = worker_config(client.get("/sw.js"))
    assert config["version"] == CODE_VERSION
    assert config["offline"] == {"km": "/km/offline/", "en": "/en/offline/"}
    assert config["signOut"] == ["/km/accounts/logout/", "/en/accounts/logout/", "/admin/logout/"]
    fonts = [url for url in config["static"] if url.endswith(".woff2")]
    assert fonts == [
        "/static/fonts/noto-sans-khmer-khmer-400-normal.woff2",
        "/static/fonts/noto-sans-khmer-khmer-700-normal.woff2",
    ]
    # Everything it keeps at installation exists.
    statuses = []
    for url in config["static"]:
        response = client.get(url)
        response.close()
        statuses.append(response.status_code)
    assert statuses == [200] * len(config["static"])


def test_every_public_page_registers_the_worker_with_a_script_of_its_own(client, wells):
    html = client.get(public_url("practices:detail", "wells")).content.decode()
    assert '<script src="/static/js/offline.js" defer></script>' in html
    footer = html.split("<footer")[1]
    assert '<a href="/en/offline/">Available offline</a>' in footer


@pytest.mark.parametrize(
    ("lang", "title", "unsupported"),
    [
        ("en", "Available offline", "Reading offline needs a browser that supports it"),
        ("km", "អាចអានដោយគ្មានអ៊ីនធឺណិត", "ការអានដោយគ្មានអ៊ីនធឺណិត ត្រូវការកម្មវិធីរុករក"),
    ],
)
def test_the_available_offline_page_speaks_the_readers_language(client, lang, title, unsupported):
    response = client.get(public_url("practices:offline", lang=lang))
    html = response.content.decode()
    assert (response.status_code, re.search(r"<h1>(.*)</h1>", html)[1]) == (200, title)
    # Without a script the page says why it lists nothing; the lists wait for the script.
    assert unsupported in html
    assert re.search(r"<div data-offline-lists hidden>", html) is not None


def test_a_practice_page_for_everyone_may_be_kept_offline(client, wells):
    url = public_url("practices:detail", "wells")
    first, kept = client.get(url), client.get(url)
    assert (first["X-Audience"], kept["X-Audience"]) == ("public", "public")
    assert "data-offline-save" in first.content.decode()


def test_a_signed_in_partners_pages_are_never_marked_for_keeping(partner, wells, shared):
    for slug in ("wells", "shared"):
        response = partner.get(public_url("practices:detail", slug))
        assert (response.status_code, response.has_header("X-Audience")) == (200, False)
    assert partner.get(public_url("practices:home")).has_header("X-Audience") is False


def test_a_signed_in_curators_public_pages_are_not_marked_either(wells):
    curator = Client()
    curator.force_login(make_member("Coordinator"))
    response = curator.get(public_url("practices:detail", "wells"))
    assert (response.status_code, response.has_header("X-Audience")) == (200, False)


def test_a_network_practice_offers_no_saving(partner, shared):
    html = partner.get(public_url("practices:detail", "shared")).content.decode()
    assert "data-offline-save" not in html


def test_a_missing_practice_is_not_marked(client):
    response = client.get(public_url("practices:detail", "nothing-here"))
    assert (response.status_code, response.has_header("X-Audience")) == (404, False)


def test_photos_of_public_practices_only_say_they_are_public(client, partner, wells, shared):
    public = Photo.objects.create(practice=wells, image=image_file())
    network = Photo.objects.create(practice=shared, image=image_file("n.png"))
    seen = [client.get(public.image.url), partner.get(network.image.url)]
    for response in seen:
        response.close()
    assert [r["Cache-Control"] for r in seen] == ["public, max-age=3600", "private, no-store"]


def test_signing_out_clears_what_the_browser_kept(partner):
    response = partner.post("/en/accounts/logout/")
    assert (response.status_code, response["Clear-Site-Data"]) == (302, '"cache"')


def test_signing_out_of_the_admin_clears_what_the_browser_kept(client):
    client.force_login(make_member("Coordinator"))
    response = client.post("/admin/logout/")
    assert (response.status_code, response["Clear-Site-Data"]) == (200, '"cache"')


def test_the_offline_pages_are_kept_whole_and_marked(client):
    url = public_url("practices:offline", lang="km")
    first, again = client.get(url), client.get(url, headers={"if-none-match": "x"})
    assert (first["X-Audience"], again["X-Audience"], again.content) == (
        "public",
        "public",
        first.content,
    )


@pytest.mark.needs("pdf")
def test_a_pdf_is_marked_for_keeping_only_when_asked_for_without_a_session(client, partner, wells):
    url = public_url("practices:pdf", "wells")
    anonymous, signed_in = client.get(url), partner.get(url)
    assert (anonymous.status_code, anonymous.get("X-Audience")) == (200, "public")
    assert (signed_in.status_code, signed_in.get("X-Audience")) == (200, None)
