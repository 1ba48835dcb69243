"""The practice admin: quick candidate entry, the full write-up, and curation around it.

Who sees what: coordinators see every practice; screeners and documenters only those assigned
to them, and a documenter edits only while the practice is being documented.
"""

from django.contrib import admin, messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.urls import NoReverseMatch, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportMixin
from import_export.formats.base_formats import CSV, XLSX
from simple_history.admin import SimpleHistoryAdmin

from practices import audience, permissions
from practices.admin import desk, revisions, scoring
from practices.admin.forms import AssignmentInlineForm, MoveForm, PracticeAdminForm
from practices.admin.inlines import (
    AssignmentInlineBase,
    DocumentInline,
    PhotoInline,
    PracticePartnerInline,
)
from practices.admin.mixins import (
    HiddenIs404Mixin,
    ReindexOnceMixin,
    SafeInitialMixin,
    pair,
    save_assignments,
)
from practices.curation import completeness, screening, workflow
from practices.curation.imports import COLUMNS, CandidateResource
from practices.models import (
    CASE_STUDY_FIELDS,
    CURATION_FIELDS,
    MAPPING_FIELDS,
    AdminUnit,
    Assignment,
    EligibilityCheck,
    Practice,
    Stage,
    Visibility,
)

MOVE_BUTTON = "_move_to"  # the stage buttons of the change form: save, then move

QUICK_FIELDSETS = [
    (None, {"fields": [pair("title"), "units", "themes", pair("summary")]}),
    (_("Where it came from"), {"fields": [*MAPPING_FIELDS]}),
]
FULL_FIELDSETS = [
    (None, {"fields": [pair("title"), pair("summary"), "slug", "base_version"]}),
    (
        _("Where and what"),
        {"fields": ["level", ("country", "place_name_km", "place_name_en"), "units", "themes"]},
    ),
    (
        _("Period and reach"),
        {
            "fields": [
                ("start_date", "end_date", "status"),
                ("beneficiaries_total", "beneficiaries_women"),
                ("cost_amount", "cost_currency"),
            ],
        },
    ),
    (_("Case study"), {"fields": [pair(f) for f in CASE_STUDY_FIELDS]}),
    (
        _("Contact"),
        {
            "fields": [
                pair("contact_name"),
                pair("contact_role"),
                pair("contact_organisation"),
                ("contact_email", "contact_phone"),
                "contact_is_public",
            ],
        },
    ),
    (_("Mapping"), {"fields": [("source", "mapping_round"), ("proposed_by", "proposer_contact")]}),
    (
        _("Curation"),
        {
            "fields": [
                "visibility",
                "is_featured",
                "internal_notes",
                ("stage", "published_at"),
                ("created_at", "created_by"),
                ("updated_at", "updated_by"),
            ],
        },
    ),
]


class AssignmentInline(AssignmentInlineBase):
    model = Assignment
    form = AssignmentInlineForm
    verbose_name_plural = _("Assigned screeners and documenters")


class EligibilityInline(admin.StackedInline):
    model = EligibilityCheck
    extra = 1
    max_num = 1
    can_delete = False
    fields = [("is_implemented", "has_run_a_year", "results_verifiable"), "note"]


@admin.register(Practice)
class PracticeAdmin(
    ReindexOnceMixin, HiddenIs404Mixin, SafeInitialMixin, ImportMixin, SimpleHistoryAdmin
):
    form = PracticeAdminForm
    list_display = ["__str__", "stage", "mapping_round", "level", "visibility", "updated_at"]
    list_filter = [
        "stage",
        "mapping_round",
        "source",
        "is_public_nomination",
        "visibility",
        "level",
        "status",
        "country",
        "themes",
        "is_sample",
    ]
    list_select_related = ["mapping_round"]
    search_fields = [
        "title_km",
        "title_en",
        "summary_km",
        "summary_en",
        "slug",
        "units__name_km",
        "units__name_en",
        "contact_name_km",
        "contact_name_en",
        "proposed_by",
    ]
    date_hierarchy = "created_at"
    autocomplete_fields = ["units"]
    filter_horizontal = ["themes"]
    prepopulated_fields = {"slug": ["title_en"]}
    readonly_fields = ["stage", "published_at", "created_at", "created_by", "updated_at"]
    readonly_fields += ["updated_by"]
    list_per_page = 50
    actions = ["start_screening", "archive", "restore"]
    change_form_template = "admin/practices/practice/change_form.html"
    import_export_change_list_template = "admin/practices/practice/change_list.html"
    import_template_name = "admin/practices/practice/import.html"
    resource_classes = [CandidateResource]
    import_formats = [CSV, XLSX]
    history_list_display = ["revision_links"]

    # Who sees and edits what.

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("mapping_round")
        return audience.curated_by(request.user, queryset)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or permissions.can_edit_content(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        # Practices are archived, never deleted, except by a superuser cleaning up.
        return request.user.is_superuser

    def has_import_permission(self, request):
        return request.user.has_perm(permissions.ADD_PRACTICE)

    def get_fieldsets(self, request, obj=None):
        return QUICK_FIELDSETS if obj is None else FULL_FIELDSETS

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and not permissions.is_coordinator(request.user):
            fields += list(CURATION_FIELDS)
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        if obj is None or not permissions.is_coordinator(request.user):
            return {}  # the quick entry has no slug field; others may not change it
        return super().get_prepopulated_fields(request, obj)

    def get_inlines(self, request, obj):
        if obj is None:
            return []
        content = [PracticePartnerInline, PhotoInline, DocumentInline]
        if permissions.is_coordinator(request.user):
            return [AssignmentInline, EligibilityInline, *content]
        return content

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "units":
            # Each chosen place reads with the units above it: fetch them with it.
            kwargs["queryset"] = AdminUnit.objects.select_related("parent__parent")
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def has_move_permission(self, request):
        return request.user.has_perm(permissions.MOVE)

    def view_on_site(self, obj):
        """The public page of a published public practice; the preview of any other."""
        if obj.stage == Stage.PUBLISHED and obj.visibility == Visibility.PUBLIC:
            return obj.get_absolute_url()
        return reverse("practices:preview", args=[obj.pk])

    # Saving: through the workflow, so that each save is a revision with its author.

    def save_model(self, request, obj, form, change):
        if change:
            base = form.cleaned_data["base_version"]
            reason = _("Edited in the admin")
            workflow.save_content(obj, by=request.user, reason=reason, base_version=base)
        else:
            workflow.create_candidate(obj, by=request.user, note=_("Entered in the admin"))

    def save_formset(self, request, form, formset, change):
        if formset.model is not Assignment:
            return super().save_formset(request, form, formset, change)
        return save_assignments(formset, workflow.assign, by=request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        to = request.POST.get(MOVE_BUTTON) if change else None
        if to:  # after the inlines, so that the move checks what was just saved
            note = form.cleaned_data.get("move_note", "")
            workflow.move(form.instance, to, by=request.user, note=note)

    def response_change(self, request, obj):
        to = request.POST.get(MOVE_BUTTON)
        if not to:
            return super().response_change(request, obj)
        self.message_user(
            request,
            _("%(practice)s is now “%(stage)s”.") % {"practice": obj, "stage": Stage(to).label},
        )
        return redirect("admin:practices_practice_change", obj.pk)

    # The change page: moves, checklist, comments, scores and the stage timeline.

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """A stage button saves the form and moves in one transaction; when the move is
        refused, nothing is kept and the form comes back as sent, with the refusal."""
        if request.method != "POST" or MOVE_BUTTON not in request.POST:
            return super().changeform_view(request, object_id, form_url, extra_context)
        try:
            with transaction.atomic():
                return super().changeform_view(request, object_id, form_url, extra_context)
        except workflow.MoveRefused as refused:
            request.move_refused = refused
            return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        moving = MOVE_BUTTON in request.POST
        refused = getattr(request, "move_refused", None)
        return type(form.__name__, (form,), {"move_refused": refused, "moving": moving})

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        context = {**(extra_context or {}), **self.curation_context(request, obj)}
        return super().change_view(request, object_id, form_url, context)

    def curation_context(self, request, obj):
        if obj is None:
            return {}
        changes = obj.stage_changes.select_related("by").order_by("-at", "-pk")
        return {
            "moves": self.moves(request.user, obj),
            "checklist": completeness.checklist(obj),
            "missing_to_publish": completeness.missing_to_publish(obj),
            "timeline": changes,
            "review_comments": [
                c for c in changes if (c.from_stage, c.to_stage) in workflow.NOTE_REQUIRED
            ],
            "scorings": screening.visible_scorings(request.user, obj),
            "can_score": permissions.can_score(request.user, obj),
        }

    def moves(self, user, obj):
        return [
            {"to": stage, "note_required": workflow.NOTE_REQUIRED.get((obj.stage, stage))}
            for stage in permissions.targets(user, obj)
        ]

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("dashboard/", view(desk.dashboard), name="practices_practice_dashboard"),
            path("screening/", view(desk.ranking), name="practices_practice_ranking"),
            path("pipeline/", view(desk.pipeline), name="practices_practice_pipeline"),
            path(
                "pipeline.xlsx",
                view(desk.pipeline_workbook),
                name="practices_practice_pipeline_workbook",
            ),
            path(
                "import-template.<str:file_format>",
                view(desk.import_template),
                name="practices_practice_import_template",
            ),
            path("<int:pk>/move/", view(self.move_view), name="practices_practice_move"),
            path("<int:pk>/score/", view(scoring.score_view), name="practices_practice_score"),
            path(
                "<int:pk>/revisions/<int:history_id>/",
                view(revisions.revision_view),
                name="practices_practice_revision",
            ),
            *super().get_urls(),
        ]

    def move_view(self, request, pk):
        """POST only: move the practice as asked, with a message either way."""
        obj = self.get_object(request, str(pk))
        if obj is None or request.method != "POST":
            return redirect("admin:practices_practice_changelist")
        form = MoveForm(request.POST)
        if not form.is_valid():
            self.message_user(request, _("Choose a stage to move to."), messages.ERROR)
        elif form.cleaned_data["current"] != obj.stage:
            self.message_user(request, _("This practice was moved meanwhile."), messages.ERROR)
        else:
            self.move_one(request, obj, form.cleaned_data["to"], form.cleaned_data["note"])
        return redirect("admin:practices_practice_change", pk)

    def move_one(self, request, obj, to, note=""):
        try:
            workflow.move(obj, to, by=request.user, note=note)
        except workflow.MoveRefused as refused:
            self.message_user(request, f"{obj}: {refused}", messages.ERROR)
            return False
        self.message_user(
            request,
            _("%(practice)s is now “%(stage)s”.") % {"practice": obj, "stage": Stage(to).label},
        )
        return True

    # Bulk actions, each practice through the workflow.

    @admin.action(description=_("Start screening the selected candidates"), permissions=["move"])
    def start_screening(self, request, queryset):
        for obj in queryset:
            self.move_one(request, obj, Stage.SCREENING)

    @admin.action(description=_("Archive the selected practices"), permissions=["move"])
    def archive(self, request, queryset):
        for obj in queryset:
            self.move_one(request, obj, Stage.ARCHIVED)

    @admin.action(description=_("Restore the selected archived practices"), permissions=["move"])
    def restore(self, request, queryset):
        for obj in queryset:
            self.move_one(request, obj, permissions.came_from(obj))

    # Revisions: compare and revert through our own view, never the stage with them.

    def revert_disabled(self, request, obj=None):
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # One place to look at and revert a revision: ours, which checks rights and versions.
        try:
            return redirect("admin:practices_practice_revision", object_id, version_id)
        except NoReverseMatch:  # not a revision's number: nothing to show
            raise Http404 from None

    @admin.display(description=_("compare or revert"))
    def revision_links(self, record):
        url = reverse("admin:practices_practice_revision", args=[record.id, record.history_id])
        return format_html('<a href="{}">{}</a>', url, _("Compare with current"))

    def get_import_data_kwargs(self, **kwargs):
        # All or nothing: a row that fails at confirmation undoes the whole file.
        return {**super().get_import_data_kwargs(**kwargs), "rollback_on_validation_errors": True}

    def get_import_context_data(self, **kwargs):
        return {**super().get_import_context_data(**kwargs), "columns": COLUMNS}
