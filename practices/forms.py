"""Forms around practices: their photos and documents, partners, ids in query strings."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from practices import uploads
from practices.models import Document, Partner, Photo, SiteIdentity


def _is_upload(value):
    """True for a file sent with this request; the stored file is checked once, when it came."""
    return isinstance(value, UploadedFile)


class PhotoForm(forms.ModelForm):
    # A plain file field: our own checks (size, pixels, polyglots) give the precise message,
    # where Django's image field would answer every refusal with the same vague one.
    image = forms.FileField(label=_("image"))

    class Meta:
        model = Photo
        fields = ["image", "caption_km", "caption_en", "credit_km", "credit_en", "order"]

    def clean_image(self):
        image = self.cleaned_data.get("image")
        # A fresh upload is checked and keeps only its pixels.
        return uploads.reencode_image(image) if _is_upload(image) else image


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["file", "title", "language", "order"]

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if _is_upload(file):
            uploads.validate_document(file)
        return file


class PartnerForm(forms.ModelForm):
    # As for photos: our checks and their precise messages, then only the pixels are kept.
    logo = forms.FileField(label=_("logo"), required=False)

    class Meta:
        model = Partner
        fields = [
            *("name_km", "name_en", "acronym", "slug", "country", "kind", "website", "logo"),
            *("description_km", "description_en", "is_delgosea_member"),
        ]

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        return uploads.reencode_image(logo) if _is_upload(logo) else logo


class SiteIdentityForm(forms.ModelForm):
    # As for partners' logos: our checks and their precise messages, then only the pixels.
    logo = forms.FileField(
        label=_("logo"), required=False, help_text=SiteIdentity._meta.get_field("logo").help_text
    )

    class Meta:
        model = SiteIdentity
        fields = ["logo"]

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        return uploads.reencode_image(logo) if _is_upload(logo) else logo


class IdForm(forms.Form):
    """Parses an object id from a query parameter; anything else is no id at all."""

    id = forms.IntegerField(min_value=1, max_value=2**63 - 1)


def parse_id(value):
    form = IdForm({"id": value})
    return form.cleaned_data["id"] if form.is_valid() else None
