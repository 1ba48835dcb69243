"""A screener's page for scoring a candidate against every active criterion."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from practices import audience, permissions
from practices.admin.forms import ScoringForm
from practices.curation import screening


def score_view(request, pk):
    practice = get_object_or_404(audience.curated_by(request.user), pk=pk)
    if not permissions.can_score(request.user, practice):
        raise PermissionDenied
    own = practice.scorings.filter(screener=request.user).prefetch_related("scores").first()
    criteria = screening.active_criteria()
    form = ScoringForm(request.POST or None, criteria=criteria, scoring=own)
    if request.method == "POST" and form.is_valid() and _save(request, practice, form):
        return redirect("admin:practices_practice_change", practice.pk)
    context = {
        **admin.site.each_context(request),
        "title": _("Score “%(practice)s”") % {"practice": practice},
        "opts": practice._meta,
        "practice": practice,
        "form": form,
        "submitted": own is not None and own.submitted_at is not None,
        "scorings": screening.visible_scorings(request.user, practice),
    }
    return TemplateResponse(request, "admin/practices/practice/score.html", context)


def _save(request, practice, form):
    submit = "_submit" in request.POST
    try:
        screening.record(
            practice,
            request.user,
            form.values(),
            comment=form.cleaned_data["comment"],
            submit=submit,
        )
    except ValidationError as error:
        form.add_error(None, error)
        return False
    messages.success(request, _("Scores submitted.") if submit else _("Draft saved."))
    return True
