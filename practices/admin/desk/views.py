"""The desk pages: each role's inbox, the ranked screening view, the mapping template."""

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from practices import audience, permissions
from practices.admin.curation import ROUND_COLUMNS
from practices.admin.desk import inbox
from practices.curation import imports, screening
from practices.exchange import desk as replication_lists
from practices.forms import parse_id
from practices.models import MappingRound, Stage, StageChange

LISTED = 10  # items per list; the count says how many there are in all


def _render(request, template, title, **context):
    context = {**admin.site.each_context(request), "title": title, **context}
    return TemplateResponse(request, template, context)


def _listed(queryset):
    """(how many in all, the first LISTED), in two queries whatever the number."""
    return {"count": queryset.count(), "items": list(queryset[:LISTED])}


def coordinator_lists(practices):
    counts = {name: Count("practices", filter=q) for name, _l, q in ROUND_COLUMNS}
    nominations = _listed(inbox.new_nominations(practices))
    filters = {"is_public_nomination__exact": 1, "stage__exact": Stage.MAPPED}
    nominations["url"] = f"{reverse('admin:practices_practice_changelist')}?{urlencode(filters)}"
    return {
        "nominations": nominations,
        "enquiries": _listed(inbox.unanswered_enquiries().order_by("created_at")),
        "waiting": _listed(inbox.waiting_longest(practices)),
        "returned": _listed(inbox.returned(practices)),
        "undelivered": _listed(inbox.undelivered_mail()),
        "rounds": MappingRound.objects.annotate(**counts),
        "round_columns": [label for _n, label, _q in ROUND_COLUMNS],
    }


def replication_lists_for(user):
    """The coordinator's replication lists, and the replications a coach or documenter is on."""
    lists = {}
    if user.has_perm(permissions.MOVE_REPLICATION):
        replications = audience.curated_replications(user)
        lists["replication_stages"] = replication_lists.stage_counts(replications)
        lists["waiting_for_plan"] = _listed(replication_lists.waiting_for_plan(replications))
        lists["quiet"] = _listed(replication_lists.quiet(replications))
        lists["quiet_days"] = settings.REPLICATION_QUIET_DAYS
    mine = _listed(replication_lists.assigned_to(user))
    if mine["count"]:
        lists["my_replications"] = mine
    return lists


def worker_lists(user):
    """The screener's and the documenter's lists, for whoever holds those permissions."""
    lists = {}
    if user.has_perm(permissions.SCREEN):
        lists["to_score"] = _listed(inbox.to_score(user))
    if user.has_perm(permissions.DOCUMENT):
        to_write = _listed(inbox.to_write(user))
        to_write["items"] = [(p, inbox.written(p)) for p in to_write["items"]]
        lists["to_write"] = to_write
    return lists


def dashboard(request):
    user = request.user
    practices = audience.curated_by(user)
    coordinator = permissions.is_coordinator(user)
    recent = StageChange.objects.filter(practice__in=practices).select_related("practice", "by")
    return _render(
        request,
        "admin/practices/practice/dashboard.html",
        _("Coordinator's desk") if coordinator else _("Your desk"),
        returned_from=Stage.IN_REVIEW,
        stages=inbox.stage_counts(practices),
        recent=recent.order_by("-at", "-pk")[:15],
        **(coordinator_lists(practices) if coordinator else {}),
        **worker_lists(user),
        **replication_lists_for(user),
    )


def ranking(request):
    """Candidates in screening, best weighted score first; for those who decide."""
    if not request.user.has_perm(permissions.DECIDE):
        raise PermissionDenied
    candidates = audience.curated_by(request.user).filter(stage=Stage.SCREENING)
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
    if not request.user.has_perm(permissions.ADD_PRACTICE):
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
