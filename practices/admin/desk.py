"""The coordinator's desk: dashboard, ranked screening view, and the mapping template."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, DateTimeField, Max
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from practices import imports, permissions, screening
from practices.admin.workflow import ROUND_COLUMNS
from practices.forms import parse_id
from practices.models import Assignment, MappingRound, Stage, StageChange

ACTIVE = [Stage.MAPPED, Stage.SCREENING, Stage.SELECTED, Stage.DOCUMENTING, Stage.IN_REVIEW]
FINISHED = [Stage.PUBLISHED, Stage.NOT_SELECTED, Stage.ARCHIVED]


def _render(request, template, title, **context):
    context = {**admin.site.each_context(request), "title": title, **context}
    return TemplateResponse(request, template, context)


def stage_counts(practices):
    counts = dict(practices.order_by().values_list("stage").annotate(n=Count("pk")))
    return [(stage, counts.get(stage, 0)) for stage in Stage]


def waiting_longest(practices, limit=10):
    """Practices in an active stage, the longest since their last move first."""
    since = Coalesce(Max("stage_changes__at"), "created_at", output_field=DateTimeField())
    active = practices.filter(stage__in=ACTIVE).annotate(since=since)
    return active.order_by("since")[:limit]


def dashboard(request):
    practices = permissions.visible_practices(request.user)
    counts = {name: Count("practices", filter=q) for name, _l, q in ROUND_COLUMNS}
    mine = Assignment.objects.filter(user=request.user).exclude(practice__stage__in=FINISHED)
    recent = StageChange.objects.filter(practice__in=practices).select_related("practice", "by")
    return _render(
        request,
        "admin/practices/practice/dashboard.html",
        _("Coordinator's desk"),
        stages=stage_counts(practices),
        rounds=MappingRound.objects.annotate(**counts),
        round_columns=[label for _n, label, _q in ROUND_COLUMNS],
        assigned=mine.select_related("practice").order_by("assigned_at"),
        waiting=waiting_longest(practices),
        recent=recent.order_by("-at", "-pk")[:15],
    )


def ranking(request):
    """Candidates in screening, best weighted score first; for those who decide."""
    if not request.user.has_perm(permissions.DECIDE):
        raise PermissionDenied
    candidates = permissions.visible_practices(request.user).filter(stage=Stage.SCREENING)
    current = _round(request.GET.get("round"))
    if current is not None:
        candidates = candidates.filter(mapping_round=current)
    return _render(
        request,
        "admin/practices/practice/ranking.html",
        _("Ranked candidates in screening"),
        rows=screening.ranked(candidates),
        rounds=MappingRound.objects.all(),
        current_round=current,
    )


def _round(value):
    pk = parse_id(value)
    return MappingRound.objects.filter(pk=pk).first() if pk else None


def import_template(request, file_format):
    """The mapping spreadsheet to fill in, as CSV or XLSX."""
    if not request.user.has_perm("practices.add_practice"):
        raise PermissionDenied
    if file_format not in ("csv", "xlsx"):
        raise Http404
    content_types = {
        "csv": "text/csv; charset=utf-8",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
    response = HttpResponse(imports.template(file_format), content_type=content_types[file_format])
    response["Content-Disposition"] = f'attachment; filename="mapping-template.{file_format}"'
    return response
