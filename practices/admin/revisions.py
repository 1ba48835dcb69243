"""Compare two revisions of a practice, a replication or an event, or one with the current
content, and revert to one."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop, ngettext

from practices import audience, permissions
from practices.curation import revisions, workflow
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


# Replications and events: compare any two revisions; revert one, content only, with a reason.


class RevertForm(forms.Form):
    why = forms.CharField(
        label=gettext_lazy("Why revert"), widget=forms.TextInput(attrs={"size": 60})
    )
    seen = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, record, *args, **kwargs):
        self.record = record
        super().__init__(*args, **kwargs)

    def clean_why(self):
        why = self.cleaned_data["why"]
        extra = len(revisions.revert_reason(self.record, why)) - revisions.REASON_LENGTH
        if extra > 0:
            raise forms.ValidationError(
                ngettext(
                    "Shorten the reason by %(count)d character.",
                    "Shorten the reason by %(count)d characters.",
                    extra,
                )
                % {"count": extra}
            )
        return why


class ContentRevisionsMixin:
    """Revisions of a replication or an event: our page compares them field by field in both
    languages and reverts the content only; simple-history's own revert, which would restore
    the visibility and stage too, is off."""

    history_list_display = ["revision_links"]

    def revert_disabled(self, request, obj=None):
        return True

    @property
    def change_url_name(self):
        return f"admin:{self.opts.app_label}_{self.opts.model_name}_change"

    def revision_url_name(self):
        return f"{self.opts.app_label}_{self.opts.model_name}_revision"

    def revision_urls(self):
        view = self.admin_site.admin_view(self.revision_view)
        route = "<int:pk>/revisions/<int:history_id>/"
        return [path(route, view, name=self.revision_url_name())]

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        try:
            return redirect(f"admin:{self.revision_url_name()}", object_id, version_id)
        except NoReverseMatch:  # not a revision's number: nothing to show
            raise Http404 from None

    @admin.display(description=gettext_lazy("compare or revert"))
    def revision_links(self, record):
        url = reverse(f"admin:{self.revision_url_name()}", args=[record.id, record.history_id])
        return format_html('<a href="{}">{}</a>', url, _("Compare with current"))

    def revision_view(self, request, pk, history_id):
        """GET: what differs between revision `history_id` and the current content (or the
        revision in ?against=); POST: revert the content to it, with a reason."""
        obj = self.get_object(request, str(pk))
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        record = get_object_or_404(obj.history.select_related("history_user"), pk=history_id)
        can_revert = self.has_change_permission(request, obj)
        form = RevertForm(record, initial={"seen": revisions.newest(obj)})
        if request.method == "POST":
            if not can_revert:
                raise PermissionDenied
            form = RevertForm(record, request.POST)
            if form.is_valid():
                data = form.cleaned_data
                try:
                    revisions.revert_content(
                        obj, record, by=request.user, why=data["why"], seen=data["seen"]
                    )
                except workflow.EditConflict:
                    obj = self.get_object(request, str(pk))
                    form = RevertForm(record, {"why": data["why"], "seen": revisions.newest(obj)})
                    form.is_valid()
                    form.add_error(None, _(STALE))
                else:
                    done = _("Reverted to the revision of %(date)s.")
                    messages.success(request, done % {"date": revisions.when(record)})
                    return redirect(self.change_url_name, pk)
        return TemplateResponse(
            request,
            "admin/practices/content_revision.html",
            self.revision_context(request, obj, record, form, can_revert),
        )

    def revision_context(self, request, obj, record, form, can_revert):
        content = revisions.CONTENTS[self.model]
        against = _against(obj, request.GET.get("against"))
        return {
            **self.admin_site.each_context(request),
            "title": _("Revision of %(date)s") % {"date": revisions.when(record)},
            "opts": self.opts,
            "original": obj,
            "record": record,
            "against": against,
            "rows": content.diff(record, against or obj),
            "form": form if can_revert and not against else None,
            "revisions": obj.history.select_related("history_user")[:50],
        }


STALE = gettext_noop(
    "Someone saved this meanwhile: the differences below are against what is saved now. "
    "Check them, then revert again."
)
