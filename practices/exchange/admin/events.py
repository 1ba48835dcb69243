"""Knowledge-exchange events: both languages side by side, what was presented and whom it
served, participants, photos and documents."""

from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from practices import uploads
from practices.admin.mixins import HiddenIs404Mixin, ReindexOnceMixin, SafeInitialMixin, pair
from practices.admin.revisions import ContentRevisionsMixin
from practices.forms import PhotoForm
from practices.models import Event, EventDocument, EventPhoto


class EventPhotoForm(PhotoForm):
    class Meta:
        model = EventPhoto
        fields = ["image", "caption_km", "caption_en", "credit"]


class EventPhotoInline(admin.StackedInline):
    model = EventPhoto
    form = EventPhotoForm
    extra = 0
    fields = ["image", pair("caption"), "credit"]


class EventDocumentForm(forms.ModelForm):
    class Meta:
        model = EventDocument
        fields = ["file", "title"]

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            uploads.validate_document(file)
        return file


class EventDocumentInline(admin.TabularInline):
    model = EventDocument
    form = EventDocumentForm
    extra = 0


@admin.register(Event)
class EventAdmin(
    ReindexOnceMixin, ContentRevisionsMixin, HiddenIs404Mixin, SafeInitialMixin, SimpleHistoryAdmin
):
    list_display = ["__str__", "kind", "starts_on", "place", "visibility"]
    list_filter = ["kind", "visibility", "country", "is_sample"]
    search_fields = ["title_km", "title_en", "place_name_km", "place_name_en"]
    date_hierarchy = "starts_on"
    list_select_related = ["unit__parent__parent"]
    autocomplete_fields = ["unit", "organisers", "practices", "replications"]
    inlines = [EventPhotoInline, EventDocumentInline]

    fieldsets = [
        (None, {"fields": ["kind", pair("title"), pair("description"), "visibility", "slug"]}),
        (
            _("When and where"),
            {"fields": [("starts_on", "ends_on"), "unit", ("country", "place_name_km")]},
        ),
        (None, {"fields": ["place_name_en"]}),
        (_("Who and what"), {"fields": ["organisers", "practices", "replications"]}),
        (
            _("Participants"),
            {"fields": [("participants_total", "participants_women", "councils_represented")]},
        ),
        (_("Report"), {"fields": [pair("report")]}),
    ]

    def get_urls(self):
        return [*self.revision_urls(), *super().get_urls()]

    @admin.display(description=_("place"))
    def place(self, obj):
        return obj.place_label
