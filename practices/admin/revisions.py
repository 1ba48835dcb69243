"""Compare two revisions of a practice, or one with the current text, and revert to one."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from practices import audience, permissions, revisions, workflow
from practices.forms import parse_id


def revision_view(request, pk, history_id):
    """GET: what differs between revision `history_id` and the current text (or the revision
    in ?against=); POST: revert to it, as a new revision."""
    practice = get_object_or_404(audience.curated_by(request.user), pk=pk)
    record = get_object_or_404(practice.history.select_related("history_user"), pk=history_id)
    if request.method == "POST":
        return _revert(request, practice, record)
    against = _against(practice, request.GET.get("against"))
    context = {
        **admin.site.each_context(request),
        "title": _("Revision of %(date)s") % {"date": revisions.when(record)},
        "opts": practice._meta,
        "practice": practice,
        "record": record,
        "against": against,
        "rows": revisions.diff(record, against or practice),
        "can_revert": permissions.can_edit_content(request.user, practice),
        "revisions": practice.history.select_related("history_user")[:50],
    }
    return TemplateResponse(request, "admin/practices/practice/revision.html", context)


def _against(practice, value):
    pk = parse_id(value)
    return practice.history.filter(pk=pk).first() if pk else None


def _revert(request, practice, record):
    if not permissions.can_edit_content(request.user, practice):
        raise PermissionDenied
    try:
        revisions.revert(practice, record, by=request.user)
    except workflow.EditConflict:
        messages.error(request, _("Someone saved this practice meanwhile; try again."))
    else:
        messages.success(
            request, _("Reverted to the revision of %(date)s.") % {"date": revisions.when(record)}
        )
    return redirect("admin:practices_practice_change", practice.pk)
