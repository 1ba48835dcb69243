"""The public nomination form: a council, CSO or citizen proposes a practice.

A nomination becomes a mapped candidate marked as a public nomination; the coordinators are
told by e-mail once it is saved.
"""

from django import forms
from django.conf import settings
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from practices import spam, throttling
from practices.curation import workflow
from practices.models import AdminUnit, Practice, Source, Theme


class NominationForm(spam.HoneypotFormMixin, forms.Form):
    KINDS = {
        "council": (gettext_lazy("A commune, sangkat or other council"), Source.SELF_NOMINATION),
        "cso": (gettext_lazy("A civil-society organisation"), Source.CSO_PARTNER),
        "citizen": (gettext_lazy("A citizen"), Source.OTHER),
    }

    title = forms.CharField(label=gettext_lazy("Name of the practice"), max_length=250)
    province = forms.ModelChoiceField(
        AdminUnit.objects.provinces(), label=gettext_lazy("Province or capital")
    )
    place = forms.CharField(
        label=gettext_lazy("District, commune or village"), max_length=200, required=False
    )
    theme = forms.ModelChoiceField(
        Theme.objects.all(), label=gettext_lazy("Thematic area"), required=False
    )
    description = forms.CharField(
        label=gettext_lazy("What was done, and what changed for people?"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    nominator_kind = forms.ChoiceField(
        label=gettext_lazy("You are"), choices=[(k, label) for k, (label, _s) in KINDS.items()]
    )
    nominator_name = forms.CharField(
        label=gettext_lazy("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    organisation = forms.CharField(
        label=gettext_lazy("Your council or organisation"), max_length=150, required=False
    )
    email = forms.EmailField(label=gettext_lazy("E-mail"), required=False)
    phone = forms.CharField(label=gettext_lazy("Telephone"), max_length=40, required=False)

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("email") or cleaned.get("phone")):
            raise forms.ValidationError(_("Give an e-mail address or a telephone number."))
        return cleaned

    def candidate(self, language):
        """An unsaved Practice holding the nomination, in the language it was written in."""
        data = self.cleaned_data
        kind_label, source = self.KINDS[data["nominator_kind"]]
        who = ", ".join(filter(None, [data["nominator_name"], data["organisation"]]))
        practice = Practice(
            source=source,
            proposed_by=f"{who} ({kind_label})",
            proposer_contact=" / ".join(filter(None, [data["email"], data["phone"]])),
            internal_notes=_("Place given by the nominator: %(place)s")
            % {"place": data["place"] or "—"},
        )
        setattr(practice, f"title_{language}", data["title"])
        setattr(practice, f"summary_{language}", data["description"])
        return practice


def _language():
    language = translation.get_language() or settings.LANGUAGE_CODE
    return language if language in ("km", "en") else settings.LANGUAGE_CODE


@transaction.atomic
def save_nomination(form):
    practice = workflow.create_candidate(
        form.candidate(_language()), note=_("Nominated on the public site"), nominated=True
    )
    practice.units.set([form.cleaned_data["province"]])
    if form.cleaned_data["theme"]:
        practice.themes.set([form.cleaned_data["theme"]])
    return practice


def nominate(request):
    form = NominationForm(request.POST or None)
    limited = request.method == "POST" and throttling.rate_limited(
        request, "nominate", limit=settings.NOMINATION_RATE_LIMIT, period=3600
    )
    if request.method == "POST" and not limited and form.is_valid():
        save_nomination(form)
        return redirect("practices:nominate_thanks")
    context = {"form": form, "limited": limited}
    return render(request, "practices/nominate.html", context, status=429 if limited else 200)


def thanks(request):
    return render(request, "practices/nominate_thanks.html")
