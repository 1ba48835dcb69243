"""The coordinator's pipeline figures: a page in the admin and the same figures as a workbook
for the annual report."""

from dataclasses import dataclass

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from practices import audience, permissions
from practices.exports import formats
from practices.models import MappingRound, Stage
from practices.statistics import charts
from practices.statistics import pipeline as figures_of

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Filters(forms.Form):
    year = forms.IntegerField(
        label=gettext_lazy("Year mapped"),
        required=False,
        min_value=1990,
        max_value=2100,
        widget=forms.NumberInput(attrs={"list": "pipeline-years"}),
        error_messages={"invalid": gettext_lazy("Give the year in four digits, e.g. 2026.")},
    )
    round = forms.ModelChoiceField(
        label=gettext_lazy("Mapping round"),
        queryset=MappingRound.objects.all(),
        required=False,
        empty_label=gettext_lazy("All rounds"),
        error_messages={"invalid_choice": gettext_lazy("Choose a mapping round from the list.")},
    )


@dataclass
class Chart(charts.Chart):
    """The statistics page's bar chart with a title and a column head of its own."""

    caption: str = ""
    column: str = ""

    @property
    def title(self):
        return self.caption

    @property
    def head(self):
        return self.column


def _chart(name, rows, caption, column):
    drawn = charts.chart(name, [(code, str(label), str(label), n) for code, label, n in rows])
    return Chart(name, drawn.bars, caption=caption, column=column)


def _read(request):
    """The filters as the reader gave them and the figures they choose; coordinators only."""
    if not permissions.is_coordinator(request.user):
        raise PermissionDenied
    form = Filters(request.GET or None)
    chosen = form.cleaned_data if form.is_valid() else {}
    practices = audience.curated_by(request.user)
    found = figures_of.figures(practices, year=chosen.get("year"), round_=chosen.get("round"))
    return form, chosen, found


def pipeline(request):
    form, chosen, found = _read(request)
    funnel = [(s.code, s.label, s.count) for s in found.funnel]
    context = {
        **admin.site.each_context(request),
        "title": _("Pipeline figures"),
        "form": form,
        "chosen": chosen,
        "figures": found,
        "funnel_chart": _chart("funnel", funnel, _("Pipeline funnel"), _("Step")),
        "score_chart": _chart(
            "scores",
            [(band, band, n) for band, n in found.scores],
            _("Candidates by screening score"),
            _("Score (0–100)"),
        ),
        "funnel_tables": [
            (_("Funnel by year of mapping"), found.by_year, "year"),
            (_("Funnel by mapping round"), found.by_round, "round"),
        ],
        "select_mark": figures_of.SELECT_MARK,
        "query": request.GET.urlencode() if form.is_valid() else "",
    }
    return TemplateResponse(request, "admin/practices/practice/pipeline.html", context)


def pipeline_workbook(request):
    """The page's figures as a workbook, one sheet per figure, in the reader's language."""
    _form, chosen, found = _read(request)
    handle = formats.workbook_file(sheets(found))
    return FileResponse(handle, as_attachment=True, filename=file_name(chosen), content_type=XLSX)


def file_name(chosen):
    parts = ["pipeline-figures", timezone.localdate().isoformat()]
    if chosen.get("year"):
        parts.append(f"mapped-{chosen['year']}")
    if chosen.get("round"):
        parts.append(f"round-{chosen['round'].pk}")
    return "-".join(parts) + ".xlsx"


def sheets(found):
    return [
        (_("Funnel"), *_funnel_sheet(found.funnel)),
        (_("Funnel by year"), *_steps_sheet(_("Year mapped"), found.by_year)),
        (_("Funnel by round"), *_steps_sheet(_("Mapping round"), _round_rows(found.by_round))),
        (_("Time in each stage"), *_times_sheet(found.times)),
        (_("Screening scores"), [_("Score (0–100)"), _("Candidates")], found.scores),
        (_("Agreement of screeners"), *_agreement_sheet(found.agreement)),
        (_("Enquiries"), *_enquiries_sheet(found.enquiries)),
    ]


def _funnel_sheet(steps):
    header = [
        _("Step"),
        _("Practices"),
        _("Share of the step before (%)"),
        _("Share of those mapped (%)"),
    ]
    return header, [[str(s.label), s.count, s.of_previous, s.of_mapped] for s in steps]


def _steps_sheet(head, rows):
    header = [head]
    for code, label, _stages in figures_of.STEPS:
        header.append(label)
        if code != "mapped":
            header.append(_("%(step)s: share of the step before (%%)") % {"step": label})
    body = []
    for key, steps in rows:
        row = [key if isinstance(key, int) else str(key)]
        for step in steps:
            row += [step.count] if step.code == "mapped" else [step.count, step.of_previous]
        body.append(row)
    return header, body


def _round_rows(rows):
    return [(r if r is not None else _("No mapping round"), steps) for r, steps in rows]


def _times_sheet(times):
    header = [
        _("Stage"),
        _("Practices"),
        _("Still in this stage"),
        _("Median (days)"),
        _("Longest (days)"),
        _("Longest: practice"),
        _("Longest: still in this stage"),
    ]
    rows = [
        [
            str(Stage(t.stage).label),
            t.practices,
            t.still,
            t.median,
            t.longest,
            t.longest_title,
            (_("yes") if t.longest_still else _("no")) if t.longest_pk else None,
        ]
        for t in times
    ]
    return header, rows


def _agreement_sheet(agreement):
    header = [_("Figure"), _("Value")]
    rows = [
        [_("Candidates scored by two screeners or more"), agreement.practices],
        [_("Mean spread between screeners (points out of 100)"), agreement.mean_spread],
        [_("Candidates on which the screeners agree"), agreement.agreeing],
        [_("Share on which the screeners agree (%)"), agreement.share],
    ]
    return header, [[str(label), value] for label, value in rows]


def _enquiries_sheet(years):
    header = [
        _("Year received"),
        _("Received"),
        _("Answered"),
        _("Share answered (%)"),
        _("Median time to answer (days)"),
        _("Longest time to answer (days)"),
    ]
    rows = [[str(y.year), y.received, y.answered, y.share, y.median, y.longest] for y in years]
    return header, rows
