"""The replication admin: adopter, transfer plan and results in both languages side by side,
the stage buttons, the people assigned and the logbook.

Coordinators see and change every replication; a coach or documenter sees the ones assigned to
them and writes their logbook from the desk or the replication's page.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from practices import audience, permissions, uploads
from practices.admin.inlines import AssignmentInlineBase
from practices.admin.mixins import (
    HiddenIs404Mixin,
    ReindexOnceMixin,
    SafeInitialMixin,
    pair,
    save_assignments,
    save_inline,
)
from practices.admin.revisions import ContentRevisionsMixin
from practices.curation.staging import MoveRefused
from practices.exchange import workflow as flow
from practices.models import (
    PLAN_FIELDS,
    LogbookEntry,
    Replication,
    ReplicationAssignment,
    ReplicationPartner,
    ReplicationStage,
)

FIELDSETS = [
    (None, {"fields": [pair("title"), "sources", "stage", "visibility"]}),
    (
        _("Adopter"),
        {
            "fields": [
                pair("adopter_name"),
                "unit",
                ("country", "place_name_km", "place_name_en"),
                ("contact_name", "contact"),
            ]
        },
    ),
    (_("Transfer plan"), {"fields": ["plan_written", *[pair(f) for f in PLAN_FIELDS]]}),
    (_("Results"), {"fields": [pair("outcome"), pair("lessons"), "resulting_practice"]}),
    (
        _("Curation"),
        {"fields": ["internal_notes", "slug", "enquiry", ("created_at", "created_by")]},
    ),
]


class LogbookEntryForm(forms.ModelForm):
    # Plain file fields: the uploads module's checks give the precise message.
    photo = forms.FileField(label=_("photo"), required=False)
    document = forms.FileField(label=_("document"), required=False)

    class Meta:
        model = LogbookEntry
        fields = ["date", "status", "progress", "obstacles", "next_steps", "is_internal"]
        fields += ["photo", "document"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            **{f: forms.Textarea(attrs={"rows": 2}) for f in ("progress", "obstacles")},
            "next_steps": forms.Textarea(attrs={"rows": 2}),
        }

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        return uploads.reencode_image(photo) if isinstance(photo, UploadedFile) else photo

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if isinstance(document, UploadedFile):
            uploads.validate_document(document)
        return document


class MoveForm(forms.Form):
    to = forms.ChoiceField(choices=ReplicationStage.choices)
    current = forms.ChoiceField(choices=ReplicationStage.choices)
    note = forms.CharField(required=False)


class ReplicationPartnerInline(admin.TabularInline):
    model = ReplicationPartner
    extra = 0
    autocomplete_fields = ["partner"]


class ReplicationAssignmentInline(AssignmentInlineBase):
    model = ReplicationAssignment
    verbose_name_plural = _("Assigned coaches and documenters")


class LogbookInline(admin.StackedInline):
    model = LogbookEntry
    form = LogbookEntryForm
    extra = 0
    fields = [("date", "status", "is_internal"), "progress", "obstacles", "next_steps"]
    fields += [("photo", "document"), "author"]
    readonly_fields = ["author"]


@admin.register(Replication)
class ReplicationAdmin(
    ReindexOnceMixin, ContentRevisionsMixin, HiddenIs404Mixin, SafeInitialMixin, SimpleHistoryAdmin
):
    fieldsets = FIELDSETS
    list_display = ["__str__", "adopter", "stage", "visibility", "updated_at"]
    list_filter = ["stage", "visibility", "country", "is_sample"]
    list_select_related = ["unit__parent__parent"]
    search_fields = ["title_km", "title_en", "adopter_name_km", "adopter_name_en", "contact_name"]
    autocomplete_fields = ["sources", "unit", "resulting_practice"]
    readonly_fields = ["stage", "enquiry", "created_at", "created_by", "plan_written"]
    change_form_template = "admin/practices/replication/change_form.html"

    def get_queryset(self, request):
        return audience.curated_replications(request.user, super().get_queryset(request))

    def has_delete_permission(self, request, obj=None):
        # A replication is paused or abandoned, with a reason, not deleted; a superuser may
        # clean up.
        return request.user.is_superuser

    def get_inlines(self, request, obj):
        if obj is None:
            return []
        if request.user.has_perm(permissions.ASSIGN_REPLICATION):
            return [ReplicationPartnerInline, ReplicationAssignmentInline, LogbookInline]
        return [ReplicationPartnerInline, LogbookInline]

    @admin.display(description=_("adopter"))
    def adopter(self, obj):
        return f"{obj.adopter_name} — {obj.place_label}"

    @admin.display(description=_("plan written"))
    def plan_written(self, obj):
        """Per language, the plan's sections written out of all of them."""
        total = len(PLAN_FIELDS)
        return " · ".join(
            f"{name} {total - len(obj.missing_plan(lang))}/{total}"
            for lang, name in (("km", _("Khmer")), ("en", _("English")))
        )

    # Saving: each save a revision with its author; people and entries through the workflow.

    def save_model(self, request, obj, form, change):
        if change:
            flow.save_content(obj, by=request.user, reason=_("Edited in the admin"))
        else:
            flow.create(obj, by=request.user, note=_("Entered in the admin"))

    def save_formset(self, request, form, formset, change):
        if formset.model is ReplicationAssignment:
            save_assignments(formset, flow.assign, by=request.user)
        elif formset.model is LogbookEntry:
            save_inline(formset, lambda entry: flow.write_entry(entry, by=request.user))
        else:
            super().save_formset(request, form, formset, change)

    # The stage buttons, the quick logbook entry, the result documented as a practice.

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        changes = obj.stage_changes.select_related("by")
        context = {
            **(extra_context or {}),
            "moves": [
                {"to": stage, "note_required": stage in flow.REASON_REQUIRED}
                for stage in permissions.replication_targets(request.user, obj)
            ],
            "timeline": changes,
            "can_write_logbook": permissions.can_write_logbook(request.user, obj),
            "can_document": obj.stage == ReplicationStage.COMPLETED
            and not obj.resulting_practice_id
            and request.user.has_perm(permissions.ADD_PRACTICE),
        }
        return super().change_view(request, object_id, form_url, context)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/move/", view(self.move_view), name="practices_replication_move"),
            path(
                "<int:pk>/logbook/", view(self.logbook_view), name="practices_replication_logbook"
            ),
            path(
                "<int:pk>/document/",
                view(self.document_view),
                name="practices_replication_document",
            ),
            *self.revision_urls(),
            *super().get_urls(),
        ]

    def move_view(self, request, pk):
        """POST only: move the replication as asked, with a message either way."""
        obj = self.get_object(request, str(pk))
        if request.method != "POST":
            return redirect("admin:practices_replication_change", pk)
        form = MoveForm(request.POST)
        if not form.is_valid():
            self.message_user(request, _("Choose a stage to move to."), messages.ERROR)
        elif form.cleaned_data["current"] != obj.stage:
            self.message_user(request, _("This replication was moved meanwhile."), messages.ERROR)
        else:
            to = form.cleaned_data["to"]
            try:
                flow.move(obj, to, by=request.user, note=form.cleaned_data["note"])
            except MoveRefused as refused:
                self.message_user(request, str(refused), messages.ERROR)
            else:
                label = ReplicationStage(to).label
                self.message_user(
                    request,
                    _("%(replication)s is now “%(stage)s”.") % {"replication": obj, "stage": label},
                )
        return redirect("admin:practices_replication_change", pk)

    def logbook_view(self, request, pk):
        """A logbook entry on its own page, for the people assigned (from their desk)."""
        obj = self.get_object(request, str(pk))
        if not permissions.can_write_logbook(request.user, obj):
            raise PermissionDenied
        form = LogbookEntryForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            entry = form.save(commit=False)
            entry.replication = obj
            flow.write_entry(entry, by=request.user)
            self.message_user(request, _("The logbook entry is saved."))
            return redirect("admin:index")
        context = {
            **self.admin_site.each_context(request),
            "title": _("Logbook entry for %(replication)s") % {"replication": obj},
            "form": form,
            "replication": obj,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/practices/replication/logbook.html", context)

    def document_view(self, request, pk):
        """POST only: start documenting the completed replication as a practice."""
        obj = self.get_object(request, str(pk))
        if request.method != "POST":
            return redirect("admin:practices_replication_change", pk)
        try:
            practice = flow.document_result(obj, by=request.user)
        except MoveRefused as refused:
            self.message_user(request, str(refused), messages.ERROR)
            return redirect("admin:practices_replication_change", pk)
        self.message_user(request, _("A new candidate practice was started from the results."))
        return redirect(reverse("admin:practices_practice_change", args=[practice.pk]))
