"""A practice as its public page will show it, for those who may see it in the admin.

The page is the public one (same view context, same template) marked as a preview, kept out of
search engines and of every cache: its fragment key is unique and its lifetime zero, so it is
neither served from nor stored in the public pages' cache, and the response is private.
"""

import uuid

from django.shortcuts import get_object_or_404, render

from practices import audience
from practices.views.public import detail_context


def previewable(user):
    """The practices `user` may preview: those they may see in the admin, and none otherwise."""
    return audience.curated_by(user)


def preview(request, pk):
    practice = get_object_or_404(previewable(request.user), pk=pk)
    context = {
        **detail_context(request, practice),
        "cache_key": f"preview:{uuid.uuid4().hex}",  # never a public page's key
        "cache_seconds": 0,  # Django's cache keeps nothing given no time
        "preview": True,
    }
    response = render(request, "practices/detail.html", context)
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-store"
    return response
