"""The API's documentation page: what it offers and how to read it, then the schema, explored
with Swagger UI (vendored in static/, started by a script file: no inline script, no CDN)."""

from django.shortcuts import render

from practices.api.urls import router


def page(request):
    endpoints = sorted({f"/api/v1/{prefix}/" for prefix, _viewset, _name in router.registry})
    return render(request, "api/docs.html", {"endpoints": endpoints})
