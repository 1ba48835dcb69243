"""Rate limits kept in the cache: per client address and scope, for the public forms and for
what costs the server most per request (searches, PDFs, feeds, password resets)."""

import functools

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


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
