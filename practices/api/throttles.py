"""Rate limits of the API, kept in the shared cache: per token for a token's holder, per
client address for everyone else (settings API_TOKEN_RATE_LIMIT and API_RATE_LIMIT, a minute)."""

from django.conf import settings
from rest_framework.throttling import SimpleRateThrottle

from practices.throttling import client_address


class AddressThrottle(SimpleRateThrottle):
    scope = "api_address"

    def get_rate(self):
        return f"{settings.API_RATE_LIMIT}/min"

    def get_cache_key(self, request, view):
        if request.auth is not None:
            return None
        return self.cache_format % {"scope": self.scope, "ident": client_address(request)}


class TokenThrottle(SimpleRateThrottle):
    scope = "api_token"

    def get_rate(self):
        return f"{settings.API_TOKEN_RATE_LIMIT}/min"

    def get_cache_key(self, request, view):
        if request.auth is None:
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}
