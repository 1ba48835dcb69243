"""Spam guards shared by the public forms (nomination, replication enquiry).

A honeypot field that people never see and bots fill in, and a per-address rate limit kept
in the cache. Both refuse without losing what a person typed.
"""

import functools

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
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


def client_address(request):
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def rate_limited(request, scope, *, limit, period):
    """Count one hit of `scope` for this address; True once more than `limit` in `period` s."""
    key = f"ratelimit:{scope}:{client_address(request)}"
    cache.add(key, 0, timeout=period)
    try:
        hits = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period)
        hits = 1
    return hits > limit


def throttled(scope, *, setting, period=60, when=None):
    """Answer 429 once an address asks for `scope` more than settings.<setting> times a period.

    For what costs the server most per request (searches, PDFs, feeds); `when(request)` limits
    the count to the requests that matter (a browse page with a query is a search).
    """

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            counts = when is None or when(request)
            limit = getattr(settings, setting)
            if counts and rate_limited(request, scope, limit=limit, period=period):
                response = render(request, "errors/429.html", status=429)
                response["Retry-After"] = str(period)
                return response
            return view(request, *args, **kwargs)

        return wrapper

    return decorate
