from django.conf import settings
from django.urls import reverse_lazy, translate_url
from django.utils.functional import SimpleLazyObject

from practices.pages.cache import logo_url


def _alternates(request):
    """This page in each language: for hreflang links and the language switcher."""
    path = request.get_full_path()
    return [
        (code, request.build_absolute_uri(translate_url(path, code)))
        for code, _ in settings.LANGUAGES
    ]


def site(request):
    """Values every page template needs."""
    return {
        "DEBUG": settings.DEBUG,
        "alternates": SimpleLazyObject(lambda: _alternates(request)),
        "canonical_url": SimpleLazyObject(lambda: request.build_absolute_uri(request.path)),
        "nominate_url": reverse_lazy("practices:nominate"),
        "site_logo": SimpleLazyObject(lambda: logo_url(request)),
    }
