"""The spam guard shared by the public forms (nomination, replication enquiry): a honeypot
field that people never see and bots fill in. It refuses without losing what a person typed;
the forms' rate limits are in practices/throttling.py."""

from django import forms
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website_url"


class HoneypotFormMixin(forms.Form):
    """Adds a hidden field; a submission that fills it is refused."""

    website_url = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website_url(self):
        if self.cleaned_data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(_("This submission looks automated and was refused."))
        return ""
