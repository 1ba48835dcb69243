"""Pages for refusals: a locked-out sign-in, and the 400/403/404/500 handlers."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string


def login_locked(request, original_response=None, credentials=None):
    """Shown instead of the login form once a username + address pair is locked (429)."""
    minutes = round(settings.AXES_COOLOFF_TIME * 60)
    return render(request, "errors/429_login.html", {"cooloff_minutes": minutes}, status=429)


# Errors that mean the database cannot be reached, not that the code is wrong.
DATABASE_DOWN = (OperationalError, InterfaceError)


def _plain(request, template, status):
    # Rendered without the request context: no session, user or database is touched.
    return HttpResponse(render_to_string(template), status=status)


def bad_request(request, exception=None):
    return _plain(request, "400.html", 400)


def permission_denied(request, exception=None):
    return _plain(request, "403.html", 403)


def page_not_found(request, exception=None):
    return _plain(request, "404.html", 404)


def server_error(request):
    """500, or a friendly 503 when the database is what failed (it recovers by itself)."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        response = _plain(request, "errors/503.html", 503)
        response["Retry-After"] = "30"
        return response
    return _plain(request, "500.html", 500)
