"""What lets a phone add the portal to its home screen: the web app manifest, in the page's
language."""

from django.http import JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

ICONS = [
    ("icons/icon-192.png", "192x192", "any"),
    ("icons/icon-512.png", "512x512", "any"),
    ("icons/maskable-512.png", "512x512", "maskable"),
]


def manifest(request):
    data = {
        "name": _("Good local-government practices"),
        "short_name": _("GLGP"),
        "description": _(
            "Good practices of Cambodia's commune and sangkat councils, documented by the "
            "National League of Communes/Sangkats."
        ),
        "lang": get_language(),
        "start_url": reverse("practices:home"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5c8a",
        "icons": [
            {"src": static(path), "sizes": sizes, "type": "image/png", "purpose": purpose}
            for path, sizes, purpose in ICONS
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    response["Cache-Control"] = "public, max-age=86400"
    return response
