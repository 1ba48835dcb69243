"""The read-only API: what each reader gets, in which shape, how often, and how cheaply."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from practices.api import tokens
from practices.models import ApiToken, Document, Photo, Stage, Visibility
from tests.factories import (
    add_partner,
    image_file,
    make_member,
    make_partner,
    make_practice,
    make_theme,
    pdf_file,
)

pytestmark = pytest.mark.django_db

LIST = "/api/v1/practices/"


def slugs(response):
    assert response.status_code == 200, response.content[:200]
    return [row["slug"] for row in response.json()["results"]]


def with_token(user=None):
    user = user or make_member("Partner")
    _token, key = tokens.create(user, "my tool")
    return Client(headers={"authorization": f"Token {key}", "accept-language": "en"})


@pytest.fixture
def client():
    """The API answers in the language asked for (Khmer by default); these tests read English."""
    return Client(headers={"accept-language": "en"})


@pytest.fixture
def three(db):
    """A public, a network-only and an internal published practice, and a draft."""
    return {
        name: make_practice(slug=name, title_en=name.title(), visibility=visibility, stage=stage)
        for name, visibility, stage in [
            ("public", Visibility.PUBLIC, Stage.PUBLISHED),
            ("network", Visibility.NETWORK, Stage.PUBLISHED),
            ("internal", Visibility.INTERNAL, Stage.PUBLISHED),
            ("draft", Visibility.PUBLIC, Stage.DOCUMENTING),
        ]
    }


def test_anonymous_reads_public_practices_only(client, three):
    assert slugs(client.get(LIST)) == ["public"]
    assert client.get(f"{LIST}network/").status_code == 404
    assert client.get(f"{LIST}draft/").status_code == 404
    assert client.get(f"{LIST}public/").json()["visibility"] == "public"


def test_partner_token_also_reads_network_practices_marked(three):
    partner = with_token()
    rows = partner.get(LIST).json()["results"]
    assert sorted((r["slug"], r["visibility"]) for r in rows) == [
        ("network", "network"),
        ("public", "public"),
    ]
    assert partner.get(f"{LIST}network/").json()["visibility"] == "network"
    assert partner.get(f"{LIST}internal/").status_code == 404


def test_token_of_someone_not_a_partner_reads_what_the_public_reads(three):
    assert slugs(with_token(make_member("Screener")).get(LIST)) == ["public"]


def test_token_is_kept_as_a_digest_only(three):
    user = make_member("Partner")
    token, key = tokens.create(user, "my tool")
    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.digest == tokens.digest(key) != key
    assert key not in str(ApiToken.objects.values_list().get(pk=token.pk))
    assert stored.prefix == key[:8]


def test_revoked_or_wrong_token_is_refused_not_read_as_anonymous(three):
    user = make_member("Partner")
    token, key = tokens.create(user, "my tool")
    partner = Client(headers={"authorization": f"Token {key}", "accept-language": "en"})
    assert len(slugs(partner.get(LIST))) == 2
    assert tokens.revoke(user, token.pk) is True
    response = partner.get(LIST)
    assert response.status_code == 401
    assert response.json() == {"detail": "Unknown or revoked API token."}


def test_token_of_a_deactivated_partner_is_refused(three):
    user = make_member("Partner")
    _token, key = tokens.create(user, "my tool")
    user.is_active = False
    user.save()
    assert Client(headers={"authorization": f"Bearer {key}"}).get(LIST).status_code == 401


def test_detail_has_every_section_in_both_languages(client, admin_units):
    theme = make_theme(slug="waste", name_en="Waste", name_km="សំណល់")
    commune = admin_units.get(code="020101")
    practice = make_practice(
        slug="compost",
        themes=[theme],
        units=[commune],
        context_en="Before, waste burned.",
        context_km="មុន",
        lessons_en="Start small.",
        beneficiaries_total=367,
        beneficiaries_women=209,
        contact_name="Sok",
        contact_is_public=False,
    )
    add_partner(practice, make_partner(slug="ccsp", name_en="CCSP"), role="funder")
    Photo.objects.create(practice=practice, image=image_file(), caption_en="Bins")
    Document.objects.create(practice=practice, file=pdf_file(), title="Plan")
    data = client.get(f"{LIST}compost/").json()
    assert data["sections"]["context"] == {"km": "មុន", "en": "Before, waste burned."}
    assert data["sections"]["lessons"] == {"km": "", "en": "Start small."}
    assert data["themes"] == [{"slug": "waste", "name": {"km": "សំណល់", "en": "Waste"}}]
    assert [(p["code"], p["level"], p["parent"]) for p in data["places"]] == [("020101", 3, "0201")]
    assert [(p["slug"], p["role"]) for p in data["partners"]] == [("ccsp", "funder")]
    assert data["photos"][0]["url"].startswith("http://testserver/media/photos/")
    assert data["photos"][0]["caption"] == {"km": "", "en": "Bins"}
    assert data["documents"][0]["url"].startswith("http://testserver/media/documents/")
    assert data["beneficiaries"] == {"total": 367, "women": 209, "women_share": 57}
    assert data["contact"] is None  # not consented to
    assert data["page"] == {
        "km": "http://testserver/km/practices/compost/",
        "en": "http://testserver/en/practices/compost/",
    }
    assert "internal_notes" not in data


def test_list_takes_the_browse_pages_filters_and_search(client, admin_units):
    waste = make_theme(slug="waste")
    make_practice(slug="compost", title_en="Compost bins", themes=[waste])
    make_practice(slug="roads", title_en="Road repair", units=[admin_units.get(code="020101")])
    assert slugs(client.get(LIST, {"theme": "waste"})) == ["compost"]
    assert slugs(client.get(LIST, {"province": "02"})) == ["roads"]
    assert slugs(client.get(LIST, {"q": "compost"})) == ["compost"]
    assert slugs(client.get(LIST, {"sort": "title"})) == ["compost", "roads"]


def test_malformed_filter_is_a_clear_error(client, db):
    response = client.get(LIST, {"province": "Phnom Penh", "level": "galaxy"})
    assert response.status_code == 400
    assert set(response.json()) == {"province", "level"}


def test_pages_are_stable_and_bounded(client, db):
    made = [make_practice(slug=f"p{n}") for n in range(5)]
    first = client.get(LIST, {"page_size": 2}).json()
    second = client.get(first["next"]).json()
    assert first["count"] == 5
    assert [r["slug"] for r in first["results"] + second["results"]] == [
        p.slug for p in sorted(made, key=lambda p: p.pk, reverse=True)
    ][:4]
    assert client.get(LIST, {"page": 9}).status_code == 404


def test_unchanged_answers_are_not_sent_again(client, db):
    make_practice(slug="compost")
    first = client.get(LIST)
    assert first["ETag"]
    assert first["Last-Modified"]
    again = client.get(LIST, headers={"if-none-match": first["ETag"]})
    assert (again.status_code, again.content) == (304, b"")
    make_practice(slug="roads")  # a publication raises the public revision
    assert client.get(LIST, headers={"if-none-match": first["ETag"]}).status_code == 200


def test_etag_differs_between_audiences(client, three):
    assert client.get(LIST)["ETag"] != with_token().get(LIST)["ETag"]


def test_cors_open_for_public_data_only(client, three):
    assert client.get(LIST)["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Origin" not in with_token().get(LIST)
    assert "Authorization" in client.get(LIST)["Vary"]


def test_throttled_per_address_and_per_token(client, settings, db):
    settings.API_RATE_LIMIT, settings.API_TOKEN_RATE_LIMIT = 2, 3
    assert [client.get(LIST).status_code for _ in range(3)] == [200, 200, 429]
    partner = with_token()  # same address, its own count
    assert [partner.get(LIST).status_code for _ in range(4)] == [200, 200, 200, 429]


def test_counts_follow_the_audience(client, admin_units, three):
    theme = make_theme(slug="waste")
    commune = admin_units.get(code="020101")
    for practice in three.values():
        practice.themes.set([theme])
        practice.units.set([commune])
    themes = {
        t["slug"]: t["practice_count"] for t in client.get("/api/v1/themes/").json()["results"]
    }
    assert themes["waste"] == 1
    partner = with_token()
    assert partner.get("/api/v1/themes/waste/").json()["practice_count"] == 2
    place = client.get("/api/v1/places/02/").json()
    assert (place["practice_count"], place["level"], place["parent"]) == (1, 1, None)
    assert partner.get("/api/v1/places/020101/").json()["practice_count"] == 2
    districts = client.get("/api/v1/places/", {"parent": "02"}).json()
    assert {d["code"][:2] for d in districts["results"]} == {"02"}


def queries_of(url, **params):
    with CaptureQueriesContext(connection) as queries:
        assert Client().get(url, params).status_code == 200
    return len(queries)


MAKERS = {
    LIST: lambda theme, unit: make_practice(themes=[theme], units=[unit]),
    "/api/v1/themes/": lambda theme, unit: make_theme(),
    "/api/v1/partners/": lambda theme, unit: add_partner(make_practice(units=[unit])),
}


@pytest.mark.parametrize("url", MAKERS)
def test_lists_read_in_a_fixed_number_of_queries(admin_units, django_assert_num_queries, url):
    theme, unit = make_theme(), admin_units.get(code="020101")
    MAKERS[url](theme, unit)
    queries = queries_of(url)
    MAKERS[url](theme, unit)
    MAKERS[url](theme, unit)
    cache.clear()  # the throttle's count is no query, but the same start is fairer
    with django_assert_num_queries(queries):
        response = Client().get(url)
    assert len(response.json()["results"]) >= 3


def test_places_list_reads_in_a_fixed_number_of_queries(admin_units, django_assert_num_queries):
    queries = queries_of("/api/v1/places/", page_size=1)
    with django_assert_num_queries(queries):
        rows = Client().get("/api/v1/places/", {"page_size": 3}).json()["results"]
    assert [row["code"] for row in rows] == ["01", "0102", "010201"]


def test_schema_is_openapi_3(client, db):
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    assert schema["openapi"].startswith("3.")
    assert sorted(schema["paths"]) == [
        "/api/v1/events/",
        "/api/v1/events/{slug}/",
        "/api/v1/partners/",
        "/api/v1/partners/{slug}/",
        "/api/v1/places/",
        "/api/v1/places/{code}/",
        "/api/v1/practices/",
        "/api/v1/practices/{slug}/",
        "/api/v1/replications/",
        "/api/v1/replications/{slug}/",
        "/api/v1/themes/",
        "/api/v1/themes/{slug}/",
    ]


def test_partner_makes_and_revokes_a_token_on_my_account(client, three):
    user = make_member("Partner")
    client.force_login(user)
    page = client.get("/en/accounts/")
    assert b'id="tokens-h"' in page.content
    made = client.post("/en/accounts/tokens/", {"name": "newsletter"})
    key = re.search(r'<code id="new-token">([^<]+)</code>', made.content.decode())[1]
    token = ApiToken.objects.get(user=user)
    assert (token.name, token.digest) == ("newsletter", tokens.digest(key))
    reader = Client(headers={"authorization": f"Token {key}"})
    assert sorted(slugs(reader.get(LIST))) == ["network", "public"]
    assert key not in client.get("/en/accounts/").content.decode()  # shown once
    revoked = client.post(f"/en/accounts/tokens/{token.pk}/revoke/", follow=True)
    assert b"The token was revoked" in revoked.content
    assert reader.get(LIST).status_code == 401


def test_token_needs_a_name_and_others_tokens_cannot_be_revoked(client, db):
    user, other = make_member("Partner"), make_member("Partner")
    theirs, _key = tokens.create(other, "theirs")
    client.force_login(user)
    refused = client.post("/en/accounts/tokens/", {"name": ""})
    assert refused.status_code == 400
    assert b"This field is required." in refused.content
    client.post(f"/en/accounts/tokens/{theirs.pk}/revoke/")
    assert list(ApiToken.objects.values_list("name", flat=True)) == ["theirs"]


def test_no_token_section_for_readers_of_public_practices_only(client, db):
    client.force_login(make_member("Screener"))
    assert b'id="tokens-h"' not in client.get("/en/accounts/").content
    client.post("/en/accounts/tokens/", {"name": "x"})
    assert not ApiToken.objects.exists()


def test_documentation_page_loads_vendored_swagger_ui_only(client, db):
    html = client.get("/en/api/").content.decode()
    assert "<code>/api/v1/practices/</code>" in html
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts[-2:] == [
        "/static/vendor/swagger-ui/swagger-ui-bundle.js",
        "/static/js/api-docs.js",
    ]
    assert "<script>" not in html
    assert "style=" not in html


def test_errors_speak_the_language_asked_for_khmer_by_default(db):
    wrong = {"authorization": "Token not-a-key"}
    assert Client(headers=wrong).get(LIST).json() == {"detail": "សោ API មិនស្គាល់ ឬត្រូវបានដកហូតហើយ។"}
    english = Client(headers={**wrong, "accept-language": "en"}).get(LIST).json()
    assert english == {"detail": "Unknown or revoked API token."}
