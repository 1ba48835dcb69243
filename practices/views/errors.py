"""Pages for refusals: a locked-out sign-in, and the 400/403/404/500 handlers."""

from django.conf import settings
from django.shortcuts import render


def login_locked(request, original_response=None, credentials=None):
    """Shown instead of the login form once a username + address pair is locked (429)."""
    minutes = round(settings.AXES_COOLOFF_TIME * 60)
    return render(request, "errors/429_login.html", {"cooloff_minutes": minutes}, status=429)
