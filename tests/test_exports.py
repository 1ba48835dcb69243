"""Downloads of the browse page's selection: columns, languages, formats, limits, queries."""

import csv
import io
import json

import openpyxl
import pytest
from django.test import Client

from practices.exports.columns import COLUMNS, names
from tests.factories import add_partner, make_partner, make_practice, make_theme, public_url

pytestmark = pytest.mark.django_db


def get(client, fmt, lang="en", **params):
    response = client.get(public_url("practices:download", fmt, lang=lang, **params))
    assert response.status_code == 200, response.status_code
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return response, content


def csv_rows(content):
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.fixture
def compost(admin_units):
    practice = make_practice(
        slug="compost",
        title_en="Compost bins",
        title_km="ធុងជី",
        themes=[make_theme(slug="waste")],
        units=[admin_units.get(code="020101")],
        beneficiaries_total=367,
        beneficiaries_women=209,
    )
    add_partner(practice, make_partner(slug="ccsp"), role="funder")
    return practice


def test_csv_in_the_readers_language(client, compost):
    response, content = get(client, "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="glgp-practices-')
    [row] = csv_rows(content)
    assert list(row) == list(COLUMNS)
    assert (row["title"], row["themes"], row["partners"]) == (
        "Compost bins",
        "waste",
        "ccsp:funder",
    )
    assert (row["provinces"], row["districts"], row["communes"]) == ("02", "0201", "020101")
    assert (row["beneficiaries_total"], row["beneficiaries_women"]) == ("367", "209")
    assert row["url"] == "http://testserver/en/practices/compost/"
    _response, khmer = get(client, "csv", lang="km")
    assert csv_rows(khmer)[0]["title"] == "ធុងជី"


def test_both_languages_on_asking(client, compost):
    response = client.get(public_url("practices:download", "csv") + "?lang=both")
    content = b"".join(response.streaming_content)
    [row] = csv_rows(content)
    assert (row["title_km"], row["title_en"]) == ("ធុងជី", "Compost bins")
    assert "title" not in row


def test_json_and_xlsx_hold_the_same_row_as_csv(client, compost):
    [expected] = csv_rows(get(client, "csv")[1])
    data = json.loads(get(client, "json")[1])
    assert data["meta"]["audience"] == "public"
    [row] = data["practices"]
    assert {k: "" if v is None else str(v) for k, v in row.items()} == expected
    sheet = openpyxl.load_workbook(io.BytesIO(get(client, "xlsx")[1]), read_only=True).active
    header, values = list(sheet.values)
    assert list(header) == names(("en",))
    assert {k: "" if v is None else str(v) for k, v in zip(header, values, strict=True)} == expected


def test_unknown_format_is_not_found(client, db):
    assert client.get("/en/practices/download.pdf").status_code == 404


def test_exports_are_throttled(client, settings, db):
    settings.EXPORT_RATE_LIMIT = 2
    statuses = [client.get(public_url("practices:download", "csv")).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_browse_page_links_its_selection(client, compost):
    html = client.get(public_url("practices:list", theme="waste")).content.decode()
    assert "Download this practice:" in html
    assert '<a href="/en/practices/download.csv?theme=waste" download>CSV</a>' in html


def test_export_reads_in_a_fixed_number_of_queries(admin_units, django_assert_num_queries):
    theme, unit = make_theme(), admin_units.get(code="020101")
    make_practice(themes=[theme], units=[unit])
    url = public_url("practices:download", "json")
    client = Client()
    client.get(url)  # the audience's overview and the like, read once
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as first:
        b"".join(client.get(url).streaming_content)
    for _ in range(2):
        make_practice(themes=[theme], units=[unit])
    with django_assert_num_queries(len(first)):
        content = b"".join(client.get(url).streaming_content)
    assert len(json.loads(content)["practices"]) == 3


def test_xlsx_is_streamed_and_keeps_text_as_written(client, admin_units):
    make_practice(
        slug="market",
        title_en='Market <stalls> & "fees"\x0b',
        summary_en="  Two lines\nof text  ",
        beneficiaries_total=None,
    )
    response, content = get(client, "xlsx")
    assert (response.streaming, response["Content-Type"]) == (
        True,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    header, values = list(sheet.values)
    row = dict(zip(header, values, strict=True))
    assert (row["title"], row["summary"], row["beneficiaries_total"], sheet.title) == (
        'Market <stalls> & "fees"',
        "  Two lines\nof text  ",
        None,
        "practices",
    )
