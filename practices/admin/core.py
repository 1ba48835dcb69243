from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from practices.forms import DocumentForm, PhotoForm
from practices.models import (
    AdminUnit,
    Document,
    Partner,
    Photo,
    Practice,
    PracticePartner,
    Theme,
)


def pair(field):
    """The Khmer and English columns of a translated field, shown side by side."""
    return (f"{field}_km", f"{field}_en")


@admin.register(AdminUnit)
class AdminUnitAdmin(admin.ModelAdmin):
    list_display = ["code", "name_km", "name_en", "kind", "parent"]
    list_filter = ["level", "kind"]
    search_fields = ["code", "name_km", "name_en", "parent__name_en", "parent__name_km"]
    list_select_related = ["parent"]
    fields = ["code", "level", "kind", pair("name"), "parent"]
    readonly_fields = ["code", "level", "parent"]
    ordering = ["code"]
    list_per_page = 100

    def has_add_permission(self, request):
        # The official list comes from the loader; only names and kinds are curated here.
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return False

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        # Show where a commune lies, so that two communes of the same name can be told apart.
        return queryset.select_related("parent__parent"), may_have_duplicates


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name_km", "name_en", "slug", "order", "is_delgosea_area", "practice_count"]
    list_editable = ["order"]
    list_filter = ["is_delgosea_area"]
    search_fields = ["name_km", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    fields = [pair("name"), pair("description"), "slug", "order", "is_delgosea_area"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_practices=Count("practices"))

    @admin.display(description=_("practices"), ordering="n_practices")
    def practice_count(self, obj):
        return obj.n_practices


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    list_display = ["name", "acronym", "country", "kind", "is_delgosea_member"]
    list_filter = ["kind", "country", "is_delgosea_member"]
    search_fields = ["name_km", "name_en", "acronym"]
    prepopulated_fields = {"slug": ["acronym"]}
    fields = [
        pair("name"),
        ("acronym", "slug"),
        ("country", "kind"),
        "website",
        "logo",
        pair("description"),
        "is_delgosea_member",
    ]


class PhotoInline(admin.StackedInline):
    model = Photo
    form = PhotoForm
    extra = 0
    fields = ["image", pair("caption"), ("credit", "order")]


class DocumentInline(admin.TabularInline):
    model = Document
    form = DocumentForm
    extra = 0
    fields = ["file", "title", "language", "order"]


class PracticePartnerInline(admin.TabularInline):
    model = PracticePartner
    extra = 0
    autocomplete_fields = ["partner"]


@admin.register(Practice)
class PracticeAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "stage", "level", "visibility", "status", "updated_at"]
    list_filter = ["stage", "visibility", "level", "status", "country", "themes", "is_sample"]
    search_fields = [
        "title_km",
        "title_en",
        "summary_km",
        "summary_en",
        "slug",
        "units__name_km",
        "units__name_en",
        "contact_name",
    ]
    date_hierarchy = "created_at"
    autocomplete_fields = ["units"]
    filter_horizontal = ["themes"]
    prepopulated_fields = {"slug": ["title_en"]}
    readonly_fields = [
        "stage",
        "published_at",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
    ]
    inlines = [PracticePartnerInline, PhotoInline, DocumentInline]
    list_per_page = 50
    fieldsets = [
        (None, {"fields": [pair("title"), pair("summary"), "slug"]}),
        (
            _("Where and what"),
            {
                "fields": [
                    "level",
                    ("country", "place_name_km", "place_name_en"),
                    "units",
                    "themes",
                ],
            },
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
        (
            _("Case study"),
            {
                "fields": [
                    pair(f)
                    for f in (
                        "context",
                        "objectives",
                        "activities",
                        "results",
                        "evidence",
                        "beneficiaries_description",
                        "resources",
                        "enabling_factors",
                        "obstacles",
                        "sustainability",
                        "transferability",
                        "lessons",
                        "gender_inclusion",
                        "case_study",
                    )
                ],
            },
        ),
        (
            _("Contact"),
            {
                "fields": [
                    ("contact_name", "contact_role"),
                    "contact_organisation",
                    ("contact_email", "contact_phone"),
                    "contact_is_public",
                ],
            },
        ),
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

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("created_by", "updated_by")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def has_delete_permission(self, request, obj=None):
        # Practices are archived, never deleted, except by a superuser cleaning up.
        return request.user.is_superuser
