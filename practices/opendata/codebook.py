"""What each table and column of the open-data package holds, and its code lists, in Khmer
and English (from the interface's catalogue)."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from practices.exports.columns import COLUMNS
from practices.models import AdminUnit, Country, Partner, Practice, PracticePartner, Visibility

# resource → {column: (frictionless type, description)}
TABLES = {
    "practices": {
        **{
            name: ("string", text)
            for name, text in COLUMNS.items()
            if name not in ("title", "summary")
        },
        "title_km": ("string", _("Title in Khmer.")),
        "title_en": ("string", _("Title in English.")),
        "summary_km": ("string", _("Short summary in Khmer.")),
        "summary_en": ("string", _("Short summary in English.")),
        "beneficiaries_total": ("integer", COLUMNS["beneficiaries_total"]),
        "beneficiaries_women": ("integer", COLUMNS["beneficiaries_women"]),
        "start_date": ("date", COLUMNS["start_date"]),
        "end_date": ("date", COLUMNS["end_date"]),
        "published_at": ("datetime", COLUMNS["published_at"]),
    },
    "themes": {
        "slug": ("string", _("Code of the thematic area.")),
        "name_km": ("string", _("Name in Khmer.")),
        "name_en": ("string", _("Name in English.")),
        "is_delgosea_area": ("boolean", _("One of the four thematic areas of DELGOSEA.")),
    },
    "places": {
        "code": ("string", _("Official code of the administrative unit.")),
        "level": (
            "integer",
            _("1: capital or province, 2: municipality, district or khan, 3: commune or sangkat."),
        ),
        "kind": ("string", _("Kind of unit (code list “unit_kind”).")),
        "name_km": ("string", _("Name in Khmer.")),
        "name_en": ("string", _("Name in English.")),
        "parent": ("string", _("Official code of the unit above; empty for a province.")),
    },
    "partners": {
        "slug": ("string", _("Code of the partner.")),
        "name_km": ("string", _("Name in Khmer.")),
        "name_en": ("string", _("Name in English.")),
        "acronym": ("string", _("Acronym.")),
        "country": ("string", _("Country, ISO 3166 code (code list “country”).")),
        "kind": ("string", _("Kind of organisation (code list “partner_kind”).")),
    },
    "codelists": {
        "list": ("string", _("Name of the code list.")),
        "code": ("string", _("Code, as the tables write it.")),
        "label_km": ("string", _("Meaning in Khmer.")),
        "label_en": ("string", _("Meaning in English.")),
    },
    "codebook": {
        "table": ("string", _("Table of the package.")),
        "column": ("string", _("Column of the table.")),
        "type": ("string", _("Type of its values.")),
        "description_km": ("string", _("What it holds, in Khmer.")),
        "description_en": ("string", _("What it holds, in English.")),
    },
}
# Sorted for the CSV columns of practices: the export's order, both languages.
ORDERS = {"practices": None}

CODE_LISTS = {
    "level": Practice.Level.choices,
    "status": Practice.Status.choices,
    "country": Country.choices,
    "visibility": [(v, label) for v, label in Visibility.choices if v != Visibility.INTERNAL],
    "partner_role": PracticePartner.Role.choices,
    "partner_kind": Partner.Kind.choices,
    "unit_kind": AdminUnit.Kind.choices,
}


def both(text):
    """(Khmer, English) of a translatable text."""
    out = []
    for lang in ("km", "en"):
        with translation.override(lang):
            out.append(str(text))
    return tuple(out)


def code_rows(themes):
    """(list, code, label_km, label_en) of every code list, thematic areas included."""
    for name, choices in CODE_LISTS.items():
        for code, label in choices:
            yield (name, code, *both(label))
    for slug, km, en in themes:
        yield ("theme", slug, km, en)


def codebook_rows(columns_of):
    for table, columns in TABLES.items():
        for column in columns_of(table):
            kind, text = columns[column]
            yield (table, column, kind, *both(text))
