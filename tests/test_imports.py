import io
import re

import pytest
import tablib

from practices.curation import imports
from practices.models import Practice, Source, Stage, StageChange
from tests.factories import make_member, make_practice, make_theme
from tests.html_tables import table_rows

pytestmark = pytest.mark.usefixtures("english")

HEADERS = [column for column, _required, _help in imports.COLUMNS]


def sheet(*rows):
    return tablib.Dataset(*[[row.get(h, "") for h in HEADERS] for row in rows], headers=HEADERS)


@pytest.fixture
def coordinator(admin_units):
    return make_member("Coordinator")


@pytest.mark.django_db
def test_import_creates_mapped_candidates_with_history(coordinator):
    theme = make_theme(slug="waste", name_en="Waste")
    data = sheet(
        {
            "title_en": "Water committees",
            "location": "0201",
            "theme": "Waste",
            "source": "Field visit",
        },
        {"title_km": "ផ្សារស្អាត", "location": "thma koul; 02", "proposed_by": "Sokha"},
    )
    result = imports.CandidateResource().import_data(data, dry_run=False, user=coordinator)
    assert (result.has_errors(), result.has_validation_errors()) == (False, False)
    practices = Practice.objects.order_by("pk")
    assert [(p.title_en, p.title_km, p.stage, p.source) for p in practices] == [
        ("Water committees", "", Stage.MAPPED, "field_visit"),
        ("", "ផ្សារស្អាត", Stage.MAPPED, ""),
    ]
    assert [list(p.units.values_list("code", flat=True)) for p in practices] == [
        ["0201"],
        ["02", "0202"],
    ]
    assert list(practices[0].themes.all()) == [theme]
    assert StageChange.objects.filter(to_stage=Stage.MAPPED, by=coordinator).count() == 2
    assert practices[0].history.first().history_user == coordinator


@pytest.mark.django_db
def test_preview_with_a_bad_row_writes_nothing(coordinator):
    data = sheet(
        {"title_en": "Good row", "location": "0201"},
        {"title_en": "Nowhere", "location": "Atlantis"},
        {"title_en": "No source", "location": "0201", "source": "rumour"},
    )
    result = imports.preview(data, coordinator)
    errors = {row.number: dict(row.field_specific_errors) for row in result.invalid_rows}
    assert errors == {
        2: {"location": ["No province, district or commune is called “Atlantis”."]},
        3: {"source": ["Unknown source “rumour”."]},
    }
    assert (Practice.objects.count(), StageChange.objects.count()) == (0, 0)


@pytest.mark.django_db
def test_import_with_a_bad_row_is_all_or_nothing(coordinator):
    data = sheet({"title_en": "Good row", "location": "0201"}, {"title_en": "", "location": "02"})
    result = imports.CandidateResource().import_data(
        data, dry_run=False, user=coordinator, rollback_on_validation_errors=True
    )
    assert result.has_validation_errors()
    assert Practice.objects.count() == 0


@pytest.mark.django_db
def test_ambiguous_place_name_asks_for_the_code(coordinator):
    # Battambang is the province and its municipality.
    result = imports.preview(sheet({"title_en": "Markets", "location": "Battambang"}), coordinator)
    assert [dict(row.field_specific_errors) for row in result.invalid_rows] == [
        {"location": ["“Battambang” matches several places (02, 0203); give the official code."]}
    ]


@pytest.mark.django_db
def test_row_like_an_existing_candidate_is_skipped(coordinator, admin_units):
    unit = admin_units.get(code="0201")
    make_practice(title_en="Water committees", stage=Stage.MAPPED, units=[unit])
    data = sheet({"title_en": "water committees", "location": "0201"})
    result = imports.CandidateResource().import_data(data, dry_run=False, user=coordinator)
    assert [row.import_type for row in result.rows] == ["skip"]
    assert Practice.objects.count() == 1


@pytest.mark.django_db
def test_templates_list_the_columns():
    csv = imports.template("csv")
    assert csv.splitlines()[0] == ",".join(HEADERS)
    book = tablib.Databook().load(imports.template("xlsx"), "xlsx")
    assert [s.title for s in book.sheets()] == ["candidates", "columns"]
    assert [row[0] for row in book.sheets()[1]] == HEADERS


def csv_upload(data):
    upload = io.BytesIO(data.export("csv").encode())
    upload.name = "mapping.csv"
    return upload


@pytest.mark.django_db
def test_admin_preview_shows_row_errors_and_writes_nothing(client, coordinator):
    client.force_login(coordinator)
    data = sheet(
        {"title_en": "Good", "location": "0201"}, {"title_en": "Bad", "location": "Atlantis"}
    )
    response = client.post(
        "/admin/practices/practice/import/",
        {"format": "0", "import_file": csv_upload(data)},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "No province, district or commune is called “Atlantis”." in html
    assert 'name="confirm"' not in html
    assert Practice.objects.count() == 0


@pytest.mark.django_db
def test_admin_preview_shows_each_rows_values(client, coordinator, admin_units):
    client.force_login(coordinator)
    make_theme(slug="waste", name_en="Waste")
    make_practice(title_en="Old one", stage=Stage.MAPPED, units=[admin_units.get(code="0201")])
    data = sheet(
        {
            "title_en": "Water committees",
            "location": "0201",
            "theme": "Waste",
            "source": "Field visit",
        },
        {"title_km": "ផ្សារស្អាត", "location": "02", "source": "field_visit"},
        {"title_en": "Old one", "location": "0201"},
    )
    response = client.post(
        "/admin/practices/practice/import/",
        {"format": "0", "import_file": csv_upload(data)},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert table_rows(response, "import-preview") == [
        ["1", "New", "", "Water committees", "0201", "Waste", "Field visit"],
        ["2", "New", "ផ្សារស្អាត", "", "02", "", "field_visit"],
        ["3", "Skipped: like an existing candidate", "", "Old one", "0201", "", ""],
    ]
    assert 'name="confirm"' in response.content.decode()
    assert Practice.objects.count() == 1


KHMER = re.compile("[\u1780-\u17ff]")


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "has_khmer"), [("en", False), ("km", True)])
def test_import_page_and_templates_follow_the_language(client, coordinator, language, has_khmer):
    client.force_login(coordinator)
    client.cookies["django_language"] = language
    headers = {"accept-language": language}
    page = client.get("/admin/practices/practice/import/", headers=headers)
    source_help = table_rows(page, "import-columns")[HEADERS.index("source")][2]
    xlsx = client.get("/admin/practices/practice/import-template.xlsx", headers=headers)
    book = tablib.Databook().load(xlsx.content, "xlsx")
    explained = book.sheets()[1]
    csv = client.get("/admin/practices/practice/import-template.csv", headers=headers)
    texts = [source_help, *explained.headers, *[text for row in explained for text in row[1:]]]
    assert [bool(KHMER.search(text)) for text in texts] == [has_khmer] * len(texts)
    assert csv.content.decode().splitlines()[0] == ",".join(HEADERS)
    if language == "en":
        assert source_help == "Where it was found: " + ", ".join(Source.values) + "."
        assert explained.headers == ["column", "required", "what it holds"]
