"""The admin's "view on site" link, answered only for what the user may see.

Django's own shortcut redirects any staff member to the public address of any object, which
names the slugs of internal drafts and nominations. A practice goes to its public page when the
user may read it there, to its admin preview when they may only curate it, and nowhere
otherwise; another object only when its page is public or the user may view it in the admin.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse

from practices import audience
from practices.models import AdminUnit, Partner, Practice, Theme

# Their pages list only the practices the reader may see, so any one of them is public.
PUBLIC_MODELS = (AdminUnit, Theme, Partner)


def view_on_site(request, content_type_id, object_id):
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    obj = _object(content_type, object_id)
    if isinstance(obj, Practice):
        return _practice(request, obj, content_type_id, object_id)
    if not isinstance(obj, PUBLIC_MODELS) and not _may_view(request.user, content_type):
        raise Http404
    return shortcut(request, content_type_id, object_id)


def _object(content_type, object_id):
    try:
        return content_type.get_object_for_this_type(pk=object_id)
    except (AttributeError, ObjectDoesNotExist, ValidationError, ValueError):
        raise Http404 from None


def _may_view(user, content_type):
    return user.has_perm(f"{content_type.app_label}.view_{content_type.model}")


def _practice(request, practice, content_type_id, object_id):
    if not audience.may_see(request.user, practice):
        raise Http404
    if audience.may_read(request.user, practice):
        return shortcut(request, content_type_id, object_id)
    return redirect(reverse("practices:preview", args=[practice.pk]))
