"""Rate limits kept in the cache: per client address and scope, for the public forms and for
what costs the server most per request (searches, PDFs, feeds, password resets).

`client_address` is the one answer to "who is asking?": the rate limits here and the login
lockout (django-axes, AXES_CLIENT_IP_CALLABLE) both use it. The cache is shared by every
worker and server when REDIS_URL is set (or the database cache in production), so a limit
counts across all of them.
"""

import functools
import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render


def client_address(request):
    """The address of whoever sent `request`.

    With PROXY_COUNT = 0 it is REMOTE_ADDR: an X-Forwarded-For header is anyone's to write.
    With PROXY_COUNT = n, n trusted proxies stand in front, each appending the address it was
    called from, so the client is the n-th address from the end of X-Forwarded-For; what the
    client itself wrote stands before it and is ignored. A header shorter than that (a request
    that bypassed a proxy) falls back to REMOTE_ADDR. None when there is no address at all (a
    request made in code), which the lockout stores as such.
    """
    remote = request.META.get("REMOTE_ADDR") or None
    proxies = settings.PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if len(hops) < proxies:
        return remote
    return _valid(hops[-proxies]) or remote


def _valid(address):
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def rate_limited(request, scope, *, limit, period):
    """Count one hit of `scope` for this address; True once more than `limit` in `period` s."""
    key = f"ratelimit:{scope}:{client_address(request) or 'unknown'}"
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
