"""The statistics page: the figures of the reader's practices, as charts, tables and CSV."""

import csv
import datetime
import io
import re

import pytest
from django.test import Client

from practices.models import Stage, Visibility
from practices.statistics import maps
from tests.factories import (
    make_event,
    make_member,
    make_practice,
    make_replication,
    make_theme,
    public_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(admin_units):
    waste = make_theme(slug="waste", name_en="Waste", name_km="សំណល់")
    commune = admin_units.get(code="020101")  # Battambang
    for visibility, total, women, stage in [
        (Visibility.PUBLIC, 300, 120, Stage.PUBLISHED),
        (Visibility.PUBLIC, 100, 80, Stage.PUBLISHED),
        (Visibility.PUBLIC, None, None, Stage.PUBLISHED),
        (Visibility.NETWORK, 1000, 500, Stage.PUBLISHED),
        (Visibility.PUBLIC, 5000, 10, Stage.DOCUMENTING),
    ]:
        make_practice(
            themes=[waste],
            units=[commune],
            visibility=visibility,
            stage=stage,
            beneficiaries_total=total,
            beneficiaries_women=women,
        )


def rows(client, name, lang="en"):
    response = client.get(public_url("practices:statistics_csv", name, lang=lang))
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_figures_count_the_readers_practices(client, published):
    assert rows(client, "theme")[1:] == [["waste", "Waste", "3"]]
    province = {row[0]: row for row in rows(client, "province")[1:]}
    assert (len(province), province["02"][2], province["01"][2]) == (25, "3", "0")
    partner = Client()
    partner.force_login(make_member("Partner"))
    assert rows(partner, "theme")[1:] == [["waste", "Waste", "4"]]


def test_share_of_women_counts_practices_with_both_numbers(client, published):
    assert rows(client, "beneficiaries_theme") == [
        ["code", "name", "beneficiaries", "women", "women_share"],
        ["waste", "Waste", "400", "200", "50"],
    ]
    assert rows(client, "beneficiaries_province")[1:] == [["02", "Battambang", "400", "200", "50"]]


def test_khmer_page_draws_charts_with_khmer_numerals_and_a_table(client, published):
    html = client.get("/km/statistics/").content.decode()
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg" role="img"') == 10
    assert '<title id="theme-t">' in html
    assert re.search(r"<th scope=\"row\">សំណល់</th><td>៣</td>", html)
    assert "(៥០%)" in html
    assert "style=" not in html


def test_unknown_chart_is_not_found(client, db):
    assert client.get("/en/statistics/nothing.csv").status_code == 404


def test_statistics_read_in_a_fixed_number_of_queries(
    client, admin_units, django_assert_num_queries
):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    theme = make_theme()
    make_practice(themes=[theme], units=[admin_units.get(code="020101")])
    with CaptureQueriesContext(connection) as first:
        client.get("/en/statistics/")
    for _ in range(2):
        make_practice(themes=[theme], units=[admin_units.get(code="020101")])
    cache.clear()
    with django_assert_num_queries(len(first)):
        client.get("/en/statistics/")


def test_map_draws_the_25_official_provinces_from_a_small_file(admin_units):
    from practices.statistics import maps

    official = list(admin_units.provinces().order_by("code").values_list("code", flat=True))
    assert sorted(maps.outlines()["provinces"]) == official
    assert len(official) == 25
    assert maps.MAP_FILE.stat().st_size <= 150 * 1024
    licence = maps.MAP_FILE.with_name("LICENSE-amcharts").read_text()
    assert "linkware" in licence


def test_small_maps_draw_the_same_25_provinces_coarser(admin_units):
    data = maps.outlines()
    official = list(admin_units.provinces().order_by("code").values_list("code", flat=True))
    levels = (maps.DETAILED, maps.MEDIUM, maps.SMALL)
    assert [sorted(data[level]) for level in levels] == [official] * 3
    sizes = [sum(len(path) for path in data[level].values()) for level in levels]
    # Each level smaller than the one above: the home map's a third of the full one at most,
    # the locator's under 8 KB in all.
    assert (sizes[1] * 3 < sizes[0], sizes[2] < sizes[1], sizes[2] < 8 * 1024) == (True,) * 3


def paths_of(html, lang="en"):
    return dict(re.findall(rf'<a href="/{lang}/places/(\d\d)/"><path d="(M[^"]+)"', html))


def test_each_map_draws_at_its_size(client, published):
    data = maps.outlines()
    statistics = paths_of(client.get("/en/statistics/").content.decode())
    home = paths_of(client.get("/en/").content.decode())
    assert (statistics, home) == (data[maps.DETAILED], data[maps.MEDIUM])


def test_statistics_map_links_each_province_and_credits_its_source(client, published):
    html = client.get("/en/statistics/").content.decode()
    links = re.findall(r'<a href="/en/places/(\d\d)/"><path d="M[^"]+" fill="(#\w+)"', html)
    assert len(links) == 25
    fills = dict(links)
    assert fills["02"] != fills["01"] == "#eef2f5"  # Battambang has practices, the others none
    assert "<title>Battambang: 3</title>" in html
    assert '<a href="https://www.amcharts.com/">amCharts</a>' in html


def test_home_map_shades_the_provinces_with_practices(client, published):
    html = client.get("/en/").content.decode()
    fills = dict(re.findall(r'<a href="/en/places/(\d\d)/"><path d="M[^"]+" fill="(#\w+)"', html))
    assert len(fills) == 25
    assert fills["02"] != fills["01"] == "#eef2f5"
    assert '<a href="https://www.amcharts.com/">amCharts</a>' in html


def test_practice_page_locates_its_provinces(client, admin_units):
    make_practice(slug="compost", units=[admin_units.get(code="020101")])
    html = client.get("/en/practices/compost/").content.decode()
    marked = re.findall(r'<a href="/en/places/(\d\d)/"><path d="(M[^"]+)" fill="#08306b"', html)
    assert marked == [("02", maps.outlines()[maps.SMALL]["02"])]
    assert html.count('<path d="M') == 25
    make_practice(slug="nowhere")
    assert 'class="locator-map"' not in client.get("/en/practices/nowhere/").content.decode()


@pytest.fixture
def exchanged(db):
    """Replications of a Philippine and a Cambodian practice, and events with participants;
    one of each shared with the network only, one internal."""
    marikina = make_practice(country="PH")
    kampot = make_practice(country="KH")
    hidden = make_practice(country="ID", visibility=Visibility.NETWORK)
    make_replication(sources=[marikina], stage="completed")
    make_replication(sources=[marikina, kampot], stage="planning")
    make_replication(sources=[hidden], stage="planning", visibility=Visibility.NETWORK)
    make_replication(sources=[kampot], stage="agreed", visibility=Visibility.INTERNAL)
    for visibility, kind, total, women, year in [
        (Visibility.PUBLIC, "workshop", 40, 10, 2024),
        (Visibility.PUBLIC, "workshop", 60, 40, 2024),
        (Visibility.PUBLIC, "forum", None, None, 2025),
        (Visibility.NETWORK, "forum", 100, 100, 2025),
        (Visibility.INTERNAL, "study_visit", 10, 5, 2025),
    ]:
        make_event(
            kind=kind,
            visibility=visibility,
            participants_total=total,
            participants_women=women,
            starts_on=datetime.date(year, 6, 1),
        )


def partner():
    client = Client()
    client.force_login(make_member("Partner"))
    return client


def test_replications_by_stage_and_source_country_follow_the_audience(client, exchanged):
    stages = {code: n for code, _name, n in rows(client, "replication_stage")[1:]}
    assert (stages["completed"], stages["planning"], stages["agreed"]) == ("1", "1", "0")
    assert rows(client, "replication_country") == [
        ["code", "name", "replications"],
        ["PH", "Philippines", "2"],
        ["KH", "Cambodia", "1"],
    ]
    assert {code: n for code, _name, n in rows(partner(), "replication_stage")[1:]}[
        "planning"
    ] == "2"
    assert rows(partner(), "replication_country")[1:] == [
        ["PH", "Philippines", "2"],
        ["ID", "Indonesia", "1"],
        ["KH", "Cambodia", "1"],
    ]


def test_events_and_participants_with_the_share_of_women(client, exchanged):
    kinds = {code: n for code, _name, n in rows(client, "events_kind")[1:]}
    assert (kinds["workshop"], kinds["forum"], kinds["study_visit"]) == ("2", "1", "0")
    assert rows(client, "participants_year") == [
        ["code", "name", "participants", "women", "women_share"],
        ["2024", "2024", "100", "50", "50"],
    ]
    assert rows(partner(), "participants_year")[1:] == [
        ["2024", "2024", "100", "50", "50"],
        ["2025", "2025", "100", "100", "100"],
    ]


def test_khmer_page_names_stages_and_countries_in_khmer(client, exchanged):
    html = client.get("/km/statistics/").content.decode()
    table = html.split('id="replication_country-h"')[1].split("</table>")[0]
    assert re.findall(r'<th scope="row">([^<]+)</th><td>([^<]+)</td>', table) == [
        ("ហ្វីលីពីន", "២"),
        ("កម្ពុជា", "១"),
    ]
    years = html.split('id="participants_year-h"')[1].split("</table>")[0]
    assert re.findall(r'<th scope="row">([^<]+)</th><td>([^<]+)</td><td>([^<]+)</td>', years) == [
        ("២០២៤", "១០០", "៥០")
    ]


@pytest.fixture
def flows(admin_units):
    """Kampot's practice taken up in Battambang and in Indonesia; a Philippine practice taken
    up in Kampot; a network-only replication from Kampot to Kep."""
    kampot = make_practice(units=[admin_units.get(code="070101")])
    marikina = make_practice(country="PH")
    make_replication(sources=[kampot], unit=admin_units.get(code="020101"))
    make_replication(sources=[kampot], unit=None, country="ID", place_name_en="Surakarta")
    make_replication(sources=[marikina], unit=admin_units.get(code="070102"))
    make_replication(sources=[marikina], unit=admin_units.get(code="070103"))
    make_replication(
        sources=[kampot], unit=admin_units.get(code="23"), visibility=Visibility.NETWORK
    )


def drawn(html):
    """(title of each line, the names at the map's edge) of the statistics page's map."""
    svg = html.split('class="province-map"')[1].split("</svg>")[0]
    lines = re.findall(
        r'<path d="M[^"]+ Q[^"]+"[^>]*marker-end="url\(#flow-arrow\)"><title>([^<]+)', svg
    )
    edge = re.findall(
        r'<text x="[^"]+" y="[^"]+" text-anchor="\w+" font-size="15"[^>]*>([^<]+)', svg
    )
    return sorted(lines), sorted(edge)


def test_map_draws_replications_from_source_to_adopter(client, flows):
    html = client.get("/en/statistics/").content.decode()
    assert drawn(html) == (
        ["Kampot → Battambang: 1", "Kampot → Indonesia: 1", "Philippines → Kampot: 2"],
        ["Indonesia", "Philippines"],
    )
    table = html.split("<caption>Replications on the map</caption>")[1].split("</table>")[0]
    assert re.findall(r"<tr><td>([^<]+)</td><td>([^<]+)</td><td>(\d+)</td></tr>", table) == [
        ("Philippines", "Kampot", "2"),
        ("Kampot", "Battambang", "1"),
        ("Kampot", "Indonesia", "1"),
    ]
    assert rows(client, "flows")[1] == ["PH", "Philippines", "07", "Kampot", "2"]


def test_map_lines_follow_the_audience(flows):
    html = partner().get("/en/statistics/").content.decode()
    assert "Kampot → Kep: 1" in drawn(html)[0]
    assert "Kep" not in "".join(drawn(Client().get("/en/statistics/").content.decode())[0])


def test_khmer_map_names_countries_in_khmer_with_khmer_numerals(client, flows):
    html = client.get("/km/statistics/").content.decode()
    lines, edge = drawn(html)
    assert (edge, "ហ្វីលីពីន → កំពត: ២" in lines) == (sorted(["ឥណ្ឌូណេស៊ី", "ហ្វីលីពីន"]), True)
    assert '<desc id="flows-d">' in html


def test_map_without_replications_draws_no_line(client, published):
    html = client.get("/en/statistics/").content.decode()
    assert (drawn(html), "Replications on the map" in html) == (([], []), False)
