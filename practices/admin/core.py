from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.db.models import Count
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from practices.forms import DocumentForm, PartnerForm, PhotoForm, parse_id
from practices.models import (
    AdminUnit,
    Document,
    Partner,
    Photo,
    PracticePartner,
    Theme,
)


class HiddenIs404Mixin:
    """An object outside what this user may see answers 404, as if it did not exist.

    The admin's own answer is a redirect with a message that the object "may have been
    deleted", which tells apart hidden objects from missing ones.
    """

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404
        return obj

    def history_view(self, request, object_id, extra_context=None):
        # Revision history would otherwise fall back to the records of a hidden object.
        self.get_object(request, unquote(object_id))
        return super().history_view(request, object_id, extra_context)


class SafeInitialMixin:
    """Ignores add-page prefills (`?units=...`) that name no object, instead of failing."""

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        for name, value in list(initial.items()):
            field = self.model._meta.get_field(name) if name in self._field_names() else None
            if field is not None and field.is_relation:
                values = value if isinstance(value, list) else [value]
                if not all(parse_id(v) for v in values):
                    del initial[name]
        return initial

    def _field_names(self):
        return {f.name for f in self.model._meta.get_fields()}


def pair(field):
    """The Khmer and English columns of a translated field, shown side by side."""
    return (f"{field}_km", f"{field}_en")


@admin.register(AdminUnit)
class AdminUnitAdmin(admin.ModelAdmin):
    list_display = ["code", "name_km", "name_en", "kind", "parent"]
    list_filter = ["level", "kind"]
    # A place by its code, or its own or an enclosing unit's name in Khmer or English.
    search_fields = ["^code", "name_km", "name_en", "parent__name_en", "parent__name_km"]
    search_fields += ["parent__parent__name_en", "parent__parent__name_km"]
    list_select_related = ["parent__parent"]
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
        # Each unit is shown with the units above it (the autocomplete's label is str(unit)).
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
