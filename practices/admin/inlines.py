"""The parts of a practice edited on its page: photos, documents, partner roles; and the
people assigned, on a practice's page and a replication's alike."""

from django.contrib import admin

from practices import permissions
from practices.admin.mixins import pair
from practices.forms import DocumentForm, PhotoForm
from practices.models import (
    Document,
    Photo,
    PracticePartner,
)


class PhotoInline(admin.StackedInline):
    model = Photo
    form = PhotoForm
    extra = 0
    fields = ["image", pair("caption"), pair("credit"), "order"]


class DocumentInline(admin.TabularInline):
    model = Document
    form = DocumentForm
    extra = 0
    fields = ["file", "title", "language", "order"]


class PracticePartnerInline(admin.TabularInline):
    model = PracticePartner
    extra = 0
    autocomplete_fields = ["partner"]


class AssignmentInlineBase(admin.TabularInline):
    """The people assigned to a record, chosen among the curators; the admin's save_formset
    assigns each new one through the workflow (mixins.save_assignments)."""

    extra = 0
    fields = ["user", "role", "assigned_by", "assigned_at"]
    readonly_fields = ["assigned_by", "assigned_at"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            kwargs["queryset"] = permissions.curators()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
