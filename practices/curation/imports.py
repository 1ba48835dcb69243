"""Bulk import of mapped candidates from a spreadsheet (CSV or XLSX).

The admin shows a preview with each row's errors before anything is written, and imports the
whole file or nothing. A row naming a candidate that exists (same title, same place) is skipped
and shown as such, never duplicated. Each imported candidate is created through the workflow,
so it has a first revision and an entry in its stage history.
"""

import tablib
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import fields, resources, widgets

from practices.curation import workflow
from practices.models import MAPPING_FIELDS, AdminUnit, MappingRound, Practice, Source, Theme
from practices.search import indexer


def _source_help():
    # Formatted when shown: a lazy text formatted here would be translated once, at start-up.
    return _("Where it was found: %(choices)s.") % {"choices": ", ".join(Source.values)}


# (column, required, what it holds); the template and the import page show this list.
COLUMNS = [
    ("title_km", False, gettext_lazy("Title in Khmer (give it in Khmer, English or both).")),
    ("title_en", False, gettext_lazy("Title in English.")),
    (
        "location",
        True,
        gettext_lazy(
            "Official code (02, 0201, 020101) or name of the province, district or commune; "
            "several separated by “;”."
        ),
    ),
    ("theme", False, gettext_lazy("Thematic area, by name or slug; several separated by “;”.")),
    ("summary_km", False, gettext_lazy("Short description in Khmer.")),
    ("summary_en", False, gettext_lazy("Short description in English.")),
    ("source", False, lazy(_source_help, str)()),
    ("proposed_by", False, gettext_lazy("Who proposed it: person and organisation.")),
    ("proposer_contact", False, gettext_lazy("How to reach them: telephone or e-mail.")),
    ("round", False, gettext_lazy("Name of an existing mapping round.")),
]
EXAMPLE = [
    "",
    "Village water user committees",
    "020101",
    "",
    "",
    "Each village elects a committee that collects fees and repairs the pumps.",
    "field_visit",
    "Sokha, Battambang provincial association",
    "012 345 678",
    "",
]
SEPARATOR = ";"


class UnitsWidget(widgets.ManyToManyWidget):
    """Places by official code or by Khmer or English name; an ambiguous name is an error."""

    def __init__(self):
        super().__init__(AdminUnit, separator=SEPARATOR, field="code")

    def clean(self, value, row=None, **kwargs):
        names = [v.strip() for v in str(value or "").split(SEPARATOR) if v.strip()]
        if not names:
            raise ValueError(_("Give at least one location."))
        return AdminUnit.objects.filter(pk__in=[self.find(name).pk for name in names])

    @staticmethod
    def find(name):
        """The unit of this code or official name; failing that, of this spelling in use
        ("Siem Reap" for Siemreap)."""
        official = Q(code=name) | Q(name_en__iexact=name) | Q(name_km=name)
        units = list(AdminUnit.objects.filter(official)[:5]) or UnitsWidget.spelt(name)
        if not units:
            raise ValueError(
                _("No province, district or commune is called “%(name)s”.") % {"name": name}
            )
        if len(units) > 1:
            raise ValueError(
                _("“%(name)s” matches several places (%(codes)s); give the official code.")
                % {"name": name, "codes": ", ".join(u.code for u in units)}
            )
        return units[0]

    @staticmethod
    def spelt(name):
        """Units with `name` among their common name and other spellings (any case)."""
        wanted = name.casefold()
        close = AdminUnit.objects.filter(
            Q(common_name__iexact=name) | Q(other_names__icontains=name)
        )
        return [
            unit
            for unit in close.order_by("code")[:20]
            if wanted in (spelling.casefold() for spelling in unit.spellings())
        ][:5]


class ThemesWidget(widgets.ManyToManyWidget):
    def __init__(self):
        super().__init__(Theme, separator=SEPARATOR, field="slug")

    def clean(self, value, row=None, **kwargs):
        names = [v.strip() for v in str(value or "").split(SEPARATOR) if v.strip()]
        return Theme.objects.filter(pk__in=[self.find(name).pk for name in names])

    @staticmethod
    def find(name):
        theme = Theme.objects.filter(
            Q(slug=name) | Q(name_en__iexact=name) | Q(name_km=name)
        ).first()
        if theme is None:
            raise ValueError(_("No thematic area is called “%(name)s”.") % {"name": name})
        return theme


class SourceWidget(widgets.CharWidget):
    def clean(self, value, row=None, **kwargs):
        value = str(value or "").strip()
        by_label = {str(label).lower(): key for key, label in Source.choices}
        if not value or value in Source.values:
            return value
        if value.lower() in by_label:
            return by_label[value.lower()]
        raise ValueError(_("Unknown source “%(value)s”.") % {"value": value})


class RoundWidget(widgets.ForeignKeyWidget):
    def __init__(self):
        super().__init__(MappingRound, field="name")

    def clean(self, value, row=None, **kwargs):
        if not value:
            return None
        found = MappingRound.objects.filter(name__iexact=str(value).strip()).first()
        if found is None:
            raise ValueError(_("No mapping round is called “%(name)s”.") % {"name": value})
        return found


class CandidateResource(resources.ModelResource):
    units = fields.Field("units", column_name="location", widget=UnitsWidget())
    themes = fields.Field("themes", column_name="theme", widget=ThemesWidget())
    source = fields.Field("source", column_name="source", widget=SourceWidget())
    mapping_round = fields.Field("mapping_round", column_name="round", widget=RoundWidget())

    class Meta:
        model = Practice
        fields = [
            "title_km",
            "title_en",
            "units",
            "themes",
            "summary_km",
            "summary_en",
            *MAPPING_FIELDS,
        ]
        import_id_fields = []
        force_init_instance = True  # rows only ever create candidates
        clean_model_instances = True
        use_transactions = True
        skip_diff = True
        store_row_values = True  # the preview shows each row as given (there is no diff)

    def import_data(self, *args, **kwargs):
        """Each row's candidate, places and themes would reindex it three times: once, at the
        end of the file."""
        with indexer.batched():
            return super().import_data(*args, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        """Check places and themes with the other fields, so that the preview lists them."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name in ("units", "themes"):
            field = self.fields[name]
            try:
                field.clean(row)
            except ValueError as error:
                errors[field.column_name] = [str(error)]
        if errors:
            raise ValidationError(errors)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """A row like an existing candidate (same title and place) is shown as skipped."""
        if import_validation_errors:
            return False
        return self.existing(instance, row) is not None

    def existing(self, instance, row):
        titles = [t for t in (instance.title_km, instance.title_en) if t]
        try:
            units = UnitsWidget().clean(row.get("location"))
        except ValueError:
            return None
        same_title = Q()
        for title in titles:
            same_title |= Q(title_km__iexact=title) | Q(title_en__iexact=title)
        return Practice.objects.filter(same_title, units__in=units).first()

    def save_instance(self, instance, is_create, row, **kwargs):
        self.before_save_instance(instance, row, **kwargs)
        workflow.create_candidate(
            instance, by=kwargs.get("user"), note=_("Imported from a mapping spreadsheet")
        )
        self.after_save_instance(instance, row, **kwargs)


def template(file_format):
    """A blank mapping spreadsheet with one example row; XLSX adds a sheet explaining columns."""
    sheet = tablib.Dataset(EXAMPLE, headers=[c for c, _r, _h in COLUMNS], title="candidates")
    if file_format == "csv":
        return sheet.export("csv")
    explained = tablib.Dataset(
        *[(c, _("yes") if r else _("no"), str(h)) for c, r, h in COLUMNS],
        headers=[_("column"), _("required"), _("what it holds")],
        title="columns",
    )
    return tablib.Databook([sheet, explained]).export("xlsx")


def preview(dataset, user):
    """Dry run: the result with every row's errors, writing nothing."""
    return CandidateResource().import_data(dataset, dry_run=True, user=user)
