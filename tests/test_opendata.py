"""The open-data package: valid by the Frictionless standard, public practices only, its
codebook complete in both languages, its licence the coordinator's."""

import csv
import io
import json
import zipfile

import pytest
from django.utils import timezone
from frictionless import Package

from practices.models import OpenDataTerms, PublicRevision, Stage, Visibility
from practices.opendata import codebook, package
from tests.factories import add_partner, make_practice, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(admin_units):
    theme = make_theme(slug="waste", name_en="Waste", name_km="សំណល់")
    commune = admin_units.get(code="020101")
    for name, visibility, stage in [
        ("public", Visibility.PUBLIC, Stage.PUBLISHED),
        ("network", Visibility.NETWORK, Stage.PUBLISHED),
        ("draft", Visibility.PUBLIC, Stage.DOCUMENTING),
    ]:
        practice = make_practice(
            slug=name,
            title_en=name.title(),
            themes=[theme],
            units=[commune],
            visibility=visibility,
            stage=stage,
            beneficiaries_total=10,
            beneficiaries_women=4,
        )
        add_partner(practice)


def read_csv(folder, table):
    with open(folder / f"{table}.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_package_is_valid_frictionless_data(published):
    folder = package.current()
    report = Package(str(folder / "datapackage.json")).validate()
    assert (report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])) == (True, [])
    assert sorted(
        r["name"] for r in json.loads((folder / "datapackage.json").read_text())["resources"]
    ) == sorted(package.FILES)


def test_package_holds_the_public_practices_only(published):
    rows = read_csv(package.current(), "practices")
    assert [(r["slug"], r["title_en"], r["communes"]) for r in rows] == [
        ("public", "Public", "020101")
    ]
    assert len(read_csv(package.current(), "places")) == 1896


def test_codebook_describes_every_column_in_both_languages(published):
    folder = package.current()
    described = {(r["table"], r["column"]): r for r in read_csv(folder, "codebook")}
    for table in package.FILES:
        with open(folder / f"{table}.csv", encoding="utf-8") as handle:
            header = next(csv.reader(handle))
        for column in header:
            entry = described.pop((table, column))
            km, en = entry["description_km"], entry["description_en"]
            assert (bool(km), bool(en), km != en) == (True, True, True), (table, column)
    assert described == {}
    lists = {r["list"] for r in read_csv(folder, "codelists")}
    assert lists == {*codebook.CODE_LISTS, "theme"}


def test_licence_and_citation_are_the_coordinators(client, published):
    OpenDataTerms.objects.create(pk=1, licence="CC0-1.0", citation="GLGP data, {year}.")
    folder = package.build(package.root() / "x")
    descriptor = json.loads((folder / "datapackage.json").read_text())
    assert descriptor["licenses"][0]["name"] == "CC0-1.0"
    assert descriptor["citation"].startswith("GLGP data, 20")
    html = client.get("/en/open-data/").content.decode()
    assert 'rel="license">Creative Commons Zero (public domain)</a>' in html
    assert f"Cite as: GLGP data, {timezone.now().year}." in html


def test_default_licence_is_cc_by(published):
    descriptor = json.loads((package.current() / "datapackage.json").read_text())
    assert descriptor["licenses"][0] == {
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0",
    }


def test_package_is_rebuilt_after_a_publication(client, published):
    first = client.get("/en/open-data/practices.csv")
    assert [
        r["slug"] for r in csv.DictReader(io.StringIO(b"".join(first.streaming_content).decode()))
    ] == ["public"]
    make_practice(slug="later", title_en="Later")
    again = client.get("/en/open-data/practices.csv")
    slugs = [
        r["slug"] for r in csv.DictReader(io.StringIO(b"".join(again.streaming_content).decode()))
    ]
    assert slugs == ["later", "public"]
    assert [p.name for p in package.root().iterdir() if not p.name.startswith(".")] == [
        package.current().name
    ]


def test_zip_holds_every_file_and_unknown_names_are_not_found(client, published):
    response = client.get(f"/en/open-data/{package.NAME}.zip")
    names = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))).namelist()
    assert sorted(names) == sorted(["datapackage.json", *(f"{t}.csv" for t in package.FILES)])
    assert client.get("/en/open-data/..%2Fsecret.csv").status_code == 404
    assert client.get("/en/open-data/other.csv").status_code == 404


def practices_in(folder):
    return sorted(row["slug"] for row in read_csv(folder, "practices"))


def test_package_is_rebuilt_when_a_publication_commits(
    published, django_capture_on_commit_callbacks
):
    first = package.current()
    with django_capture_on_commit_callbacks(execute=True):
        make_practice(slug="later", title_en="Later")
    folder = package.root() / str(PublicRevision.current())
    # Built by the task, before anyone asked; the former revision's package is gone.
    assert (folder != first, first.exists(), practices_in(folder)) == (
        True,
        False,
        ["later", "public"],
    )
    assert package.current() == folder


def test_nothing_is_built_on_commit_before_the_package_was_asked_for(
    published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_practice(slug="later")
    assert package.root().exists() is False or list(package.root().iterdir()) == []


@pytest.mark.django_db(transaction=True)
def test_with_a_worker_the_rebuild_waits_in_the_queue(admin_units, settings):
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    make_practice(slug="first")
    first = package.current()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    make_practice(slug="second")  # committed at once: no surrounding transaction
    queued = DBTaskResult.objects.filter(task_path="practices.opendata.package.rebuild_later")
    assert (queued.count(), first.exists()) == (1, True)
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    folder = package.root() / str(PublicRevision.current())
    assert (first.exists(), practices_in(folder)) == (False, ["first", "second"])
