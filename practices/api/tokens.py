"""Personal API tokens: made and revoked on "my account", kept as a SHA-256 digest only.

A token is 40 random characters; a digest of so much randomness cannot be reversed, so a
fast hash is enough and every request is checked with one indexed lookup.
"""

import hashlib
import secrets
from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions

from practices.models import ApiToken

KEYWORDS = ("token", "bearer")
# A person keeps a few keys (one per tool that reads the API), not an unbounded number.
MAX_PER_USER = 10


def digest(key):
    return hashlib.sha256(key.encode()).hexdigest()


def create(user, name):
    """Make a token for `user`; returns (token, key). The key is shown once and never kept."""
    key = secrets.token_urlsafe(30)
    token = ApiToken.objects.create(user=user, name=name, digest=digest(key), prefix=key[:8])
    return token, key


def revoke(user, pk):
    """Delete `user`'s token `pk`; True if there was one."""
    return ApiToken.objects.filter(user=user, pk=pk).delete()[0] > 0


def holder(key):
    """The token whose key is `key`, with its active user, or None."""
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=digest(key), user__is_active=True)
        .first()
    )
    if token is not None and _stale(token.last_used_at):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token


def _stale(moment):
    # Written at most once an hour, so that reading the API rarely writes.
    return moment is None or timezone.now() - moment > timedelta(hours=1)


def key_of(request):
    """The key an `Authorization: Token <key>` (or `Bearer <key>`) header carries, or None."""
    parts = request.META.get("HTTP_AUTHORIZATION", "").split()
    if len(parts) != 2 or parts[0].lower() not in KEYWORDS:
        return None
    return parts[1]


class TokenAuthentication(authentication.BaseAuthentication):
    """A request with a valid token reads as the token's holder; a wrong token is refused
    (401) rather than silently read as anonymous, so that a partner notices."""

    def authenticate(self, request):
        key = key_of(request)
        if key is None:
            return None
        token = holder(key)
        if token is None:
            raise exceptions.AuthenticationFailed(_("Unknown or revoked API token."))
        return token.user, token

    def authenticate_header(self, request):
        return "Token"


class TokenScheme(OpenApiAuthenticationExtension):
    target_class = TokenAuthentication
    name = "token"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>`: a DELGOSEA partner's personal key, from My account.",
        }
