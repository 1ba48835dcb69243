"""The spellings of places people use beside the official ones ("Siem Reap" for Siemreap):
loaded with the official list, found by search and the import, shown beside the official name
on English pages."""

import io

import pytest
import tablib
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from practices import audience
from practices.curation import imports
from practices.models import AdminUnit, Theme
from practices.search import overview, queries
from tests.factories import make_member, make_practice, make_theme, public_url

pytestmark = pytest.mark.django_db

SLA_KRAM = "171001"  # a sangkat of Siem Reab municipality, Siemreap province


def found(query):
    public = audience.published_for(audience.PUBLIC)
    return sorted(p.title_en for p in queries.filter_matching(public, query))


@pytest.fixture
def temple_town(admin_units):
    return make_practice(title_en="Heritage walks", units=[admin_units.get(code=SLA_KRAM)])


def test_official_list_loads_the_spellings_in_use(admin_units):
    rows = admin_units.filter(code__in=["16", "17", "1710", "10", "07"]).order_by("code")
    assert list(rows.values_list("code", "name_en", "common_name", "other_names")) == [
        ("07", "Kampot", "", ""),
        ("10", "Kratie", "", "Kracheh; Kratié"),
        ("16", "Ratanak Kiri", "Ratanakiri", "Rattanakiri; Ratanakkiri"),
        ("17", "Siemreap", "Siem Reap", ""),
        ("1710", "Siem Reab", "Krong Siem Reap", "Siem Reap town; Siem Reap city"),
    ]


def test_spellings_name_existing_units_only_and_are_never_official_names(admin_units):
    from practices.reference_data import UNIT_NAMES

    official = {n.casefold(): code for code, n in admin_units.values_list("code", "name_en")}
    assert set(admin_units.filter(code__in=UNIT_NAMES).values_list("code", flat=True)) == set(
        UNIT_NAMES
    )
    # A common name that is another unit's official name would make that name ambiguous.
    clashes = [common for common, _others in UNIT_NAMES.values() if common.casefold() in official]
    assert clashes == []


def test_loading_again_keeps_what_the_coordinator_wrote(admin_units):
    unit = admin_units.get(code="17")
    unit.common_name, unit.other_names = "Siem Riep", ""
    unit.save()
    out = io.StringIO()
    call_command("load_admin_units", stdout=out)
    unit.refresh_from_db()
    assert (unit.common_name, unit.other_names) == ("Siem Riep", "")
    assert "spellings in use added to 0." in out.getvalue()


def test_a_unit_emptied_by_the_coordinator_is_filled_again_and_reindexed(admin_units):
    commune = admin_units.filter(code__startswith="16", level=3).first()
    practice = make_practice(title_en="Forest patrols", units=[commune])
    AdminUnit.objects.filter(code="16").update(common_name="")
    practice.save()  # reindexed without the spelling
    assert found("Ratanakiri") == []
    out = io.StringIO()
    call_command("load_admin_units", stdout=out)
    assert "spellings in use added to 1." in out.getvalue()
    assert found("Ratanakiri") == ["Forest patrols"]


## SEARCH


def test_search_finds_a_place_by_its_spelling_in_use(temple_town):
    assert [found(q) for q in ("Siem Reap", "siem reap", "Siemreap", "Krong Siem Reap")] == [
        ["Heritage walks"]
    ] * 4


def test_search_follows_a_spelling_edited_in_the_admin(temple_town, admin_units):
    unit = admin_units.get(code="1710")
    unit.other_names = "Angkor town"
    unit.save()
    assert (found("Angkor town"), found("Siem Reap city")) == (["Heritage walks"], [])


def test_browse_search_for_the_spelling_in_use_lists_the_practice(client, temple_town):
    response = client.get(public_url("practices:list", q="Siem Reap"))
    assert [p.title_en for p in response.context["browse"].page.object_list] == ["Heritage walks"]


## FILTERS


def province_options(client, lang, **params):
    response = client.get(public_url("practices:list", lang=lang, **params))
    return [(key, text, n) for key, text, n, _ in response.context["browse"].facets["province"]]


def test_province_filter_shows_the_spelling_in_use_in_english_only(client, temple_town):
    assert province_options(client, "en") == [("17", "Siemreap (Siem Reap)", 1)]
    assert province_options(client, "km") == [("17", "សៀមរាប", 1)]


def test_filtered_options_show_the_spelling_in_use(client, temple_town):
    theme = make_theme(slug="heritage", name_en="Heritage")
    temple_town.themes.add(theme)
    options = province_options(client, "en", theme="heritage")
    assert options == [("17", "Siemreap (Siem Reap)", 1)]
    response = client.get(public_url("practices:list", province="17"))
    districts = response.context["browse"].facets["district"]
    assert [(key, text) for key, text, _n, _c in districts] == [
        ("1710", "Siem Reab (Krong Siem Reap)")
    ]
    assert Theme.objects.count() == 1


def test_admin_place_picker_finds_the_spelling_in_use(client, admin_units, admin_user):
    client.force_login(admin_user)
    response = client.get(
        "/admin/autocomplete/",
        {
            "term": "Siem Reap city",
            "app_label": "practices",
            "model_name": "practice",
            "field_name": "units",
        },
    )
    assert [r["id"] for r in response.json()["results"]] == [str(admin_units.get(code="1710").pk)]


## PAGES


def test_practice_page_shows_the_spelling_in_use_beside_the_official_name(client, temple_town):
    with translation.override("en"):
        english = client.get(temple_town.get_absolute_url()).content.decode()
    assert "Siemreap (Siem Reap)</a>" in english
    assert "Siem Reab (Krong Siem Reap)</a>" in english
    with translation.override("km"):
        khmer = client.get(temple_town.get_absolute_url()).content.decode()
    assert ">សៀមរាប</a>" in khmer
    assert "Siem Reap" not in khmer


def test_cards_and_place_page_show_the_spelling_in_use(client, temple_town, admin_units):
    response = client.get(public_url("practices:list"))
    card = response.context["browse"].page.object_list[0]
    assert card.card_places == ["Siemreap (Siem Reap) › Siem Reab (Krong Siem Reap) › Sla Kram"]
    place = client.get(public_url("practices:place", "17")).content.decode()
    assert "<h1>Siemreap (Siem Reap)</h1>" in place


def test_unit_labels(admin_units):
    province, district = admin_units.get(code="17"), admin_units.get(code="1710")
    with translation.override("en"):
        assert (province.label, district.label) == (
            "Siemreap (Siem Reap)",
            "Siem Reab district (Krong Siem Reap)",
        )
        assert admin_units.get(code="07").label == "Kampot"
    with translation.override("km"):
        assert province.label == "សៀមរាប"


@pytest.mark.parametrize(
    ("name", "args"),
    [("practices:home", ()), ("practices:list", ()), ("practices:place", ("17",))],
)
def test_pages_of_units_with_spellings_cost_no_more_queries(
    client, admin_units, name, args, django_assert_num_queries
):
    # Shown from the same rows as the official names: one practice or three, the same queries.
    url = public_url(name, *args)
    make_practice(units=[admin_units.get(code=SLA_KRAM)])
    overview.rebuild()
    with CaptureQueriesContext(connection) as one:
        assert client.get(url + "?v=1").status_code == 200
    for code in ("171002", "170101"):
        make_practice(units=[admin_units.get(code=code)])
    overview.rebuild()
    with django_assert_num_queries(len(one)):
        client.get(url + "?v=3")


## IMPORT


def sheet(location):
    headers = [column for column, _required, _help in imports.COLUMNS]
    row = {"title_en": "Markets", "location": location}
    return tablib.Dataset([row.get(h, "") for h in headers], headers=headers)


def import_errors(location):
    coordinator = make_member("Coordinator")
    with translation.override("en"):
        result = imports.preview(sheet(location), coordinator)
    return [dict(row.field_specific_errors) for row in result.invalid_rows]


def test_import_takes_the_spelling_in_use(admin_units):
    find = imports.UnitsWidget.find
    names = ("Siem Reap", "siem reap", "Ratanakiri", "Kratié", "Kampong Som")
    assert [find(n).code for n in names] == ["17", "17", "16", "10", "18"]
    assert list(imports.UnitsWidget().clean("Siem Reap; Krong Siem Reap")) == list(
        admin_units.filter(code__in=["17", "1710"]).order_by("code")
    )
    assert import_errors("Siem Reap") == []


def test_import_prefers_an_official_name_to_a_spelling_in_use(admin_units):
    # Pousat is the town's official name and the province's other spelling.
    assert imports.UnitsWidget.find("Pousat").code == "1505"


def test_import_refuses_an_ambiguous_spelling_with_a_clear_message(admin_units):
    AdminUnit.objects.filter(code__in=["0201", "0202"]).update(other_names="Twin Town")
    assert import_errors("Twin Town") == [
        {"location": ["“Twin Town” matches several places (0201, 0202); give the official code."]}
    ]
    assert import_errors("Twin") == [
        {"location": ["No province, district or commune is called “Twin”."]}
    ]
