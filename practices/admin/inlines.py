"""The parts of a practice edited on its page: photos, documents, partner roles."""

from django.contrib import admin

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
