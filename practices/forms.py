from django import forms
from django.utils.translation import gettext_lazy as _

from practices import uploads
from practices.models import Document, Photo


class PhotoForm(forms.ModelForm):
    # A plain file field: our own checks (size, pixels, polyglots) give the precise message,
    # where Django's image field would answer every refusal with the same vague one.
    image = forms.FileField(label=_("image"))

    class Meta:
        model = Photo
        fields = ["image", "caption_km", "caption_en", "credit", "order"]

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if (
            image
            and image is not getattr(self.instance, "image", None)
            and hasattr(image, "content_type")
        ):
            # A fresh upload: keep only its pixels.
            return uploads.reencode_image(image)
        return image


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["file", "title", "language", "order"]


class IdForm(forms.Form):
    """Parses an object id from a query parameter; anything else is no id at all."""

    id = forms.IntegerField(min_value=1, max_value=2**63 - 1)


def parse_id(value):
    form = IdForm({"id": value})
    return form.cleaned_data["id"] if form.is_valid() else None
