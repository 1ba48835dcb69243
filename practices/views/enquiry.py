""" "Interested in replicating this practice?": a council asks the coordinator how.

The form lives on its own page so that practice pages set no cookie and stay cacheable.
"""

from django import forms
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy

from practices import audience, notifications, spam, throttling
from practices.models import Enquiry


class EnquiryForm(spam.HoneypotFormMixin, forms.ModelForm):
    class Meta:
        model = Enquiry
        fields = ["name", "organisation", "contact", "message"]
        labels = {"message": gettext_lazy("What would you like to know?")}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }


def enquiry(request, slug):
    practice = get_object_or_404(audience.readable_in(request), slug=slug)
    form = EnquiryForm(request.POST or None)
    limited = request.method == "POST" and throttling.rate_limited(
        request, "enquiry", limit=5, period=3600
    )
    if request.method == "POST" and not limited and form.is_valid():
        item = form.save(commit=False)
        item.practice, item.language = practice, translation.get_language()
        item.save()
        notifications.enquired(item)
        return redirect(reverse("practices:enquiry_sent", args=[practice.slug]))
    status = 429 if limited else 200
    context = {"practice": practice, "form": form, "limited": limited}
    return render(request, "practices/enquiry.html", context, status=status)


def enquiry_sent(request, slug):
    practice = get_object_or_404(audience.readable_in(request), slug=slug)
    return render(request, "practices/enquiry_sent.html", {"practice": practice})
