"""The reference data in the admin: administrative units, thematic areas, partners, and the
site's own pages (About, Contact) and identity (the logo)."""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from practices.admin.mixins import (
    HiddenIs404Mixin,
    OneRowMixin,
    ReindexOnceMixin,
    RevisionNumberMixin,
    pair,
)
from practices.forms import PartnerForm, SiteIdentityForm
from practices.models import (
    AdminUnit,
    OpenDataTerms,
    Partner,
    SiteIdentity,
    SitePage,
    Theme,
)


@admin.register(AdminUnit)
class AdminUnitAdmin(ReindexOnceMixin, admin.ModelAdmin):
    list_display = ["code", "name_km", "name_en", "common_name", "kind", "parent"]
    list_filter = ["level", "kind"]
    # A place by its code, or its own or an enclosing unit's name in Khmer or English, official
    # or as people spell it.
    search_fields = ["^code", "name_km", "name_en", "common_name", "other_names"]
    search_fields += ["parent__name_en", "parent__name_km", "parent__common_name"]
    search_fields += ["parent__parent__name_en", "parent__parent__name_km"]
    search_fields += ["parent__parent__common_name"]
    list_select_related = ["parent__parent"]
    fields = ["code", "level", "kind", pair("name"), "common_name", "other_names", "parent"]
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
        # Each unit is shown with the units above it (the autocomplete's label is str(unit)).
        return queryset.select_related("parent__parent"), may_have_duplicates


@admin.register(Theme)
class ThemeAdmin(ReindexOnceMixin, admin.ModelAdmin):
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
class PartnerAdmin(ReindexOnceMixin, admin.ModelAdmin):
    form = PartnerForm
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


@admin.register(OpenDataTerms)
class OpenDataTermsAdmin(OneRowMixin, admin.ModelAdmin):
    """One row: the licence and citation of the open-data package; the list opens it."""

    fields = ["licence", "citation"]


@admin.register(SitePage)
class SitePageAdmin(ReindexOnceMixin, RevisionNumberMixin, HiddenIs404Mixin, SimpleHistoryAdmin):
    """About and Contact: one page each, in Khmer and English side by side."""

    list_display = ["kind", "title_km", "title_en", "updated_at"]
    fields = ["kind", pair("title"), "body_km", "body_en"]

    def get_readonly_fields(self, request, obj=None):
        return ["kind"] if obj else []

    def has_delete_permission(self, request, obj=None):
        return False

    def get_history_queryset(self, request, history_manager, pk_name, object_id):
        # The page has no foreign key to join: only the person who made each revision.
        return history_manager.filter(**{pk_name: object_id}).select_related("history_user")


@admin.register(SiteIdentity)
class SiteIdentityAdmin(
    ReindexOnceMixin, OneRowMixin, RevisionNumberMixin, HiddenIs404Mixin, SimpleHistoryAdmin
):
    """One row: the logo in every page's header, its revisions kept; the list opens it."""

    form = SiteIdentityForm
    fields = ["logo"]

    def get_history_queryset(self, request, history_manager, pk_name, object_id):
        return history_manager.filter(**{pk_name: object_id}).select_related("history_user")
