"""The admin site: each curation role lands on its desk; the list of every record stays a link away.

Installed by practices.admin_config.PortalAdminConfig (in place of django.contrib.admin), so that
`admin.site` everywhere is this site.
"""

from django.contrib import admin
from django.shortcuts import redirect
from django.urls import path, reverse

from practices import permissions

DESK = "admin:practices_practice_dashboard"


def has_desk(user):
    """Coordinators, screeners and documenters have work waiting on a desk."""
    return user.is_active and (
        permissions.is_coordinator(user)
        or user.has_perm(permissions.SCREEN)
        or user.has_perm(permissions.DOCUMENT)
    )


class PortalAdminSite(admin.AdminSite):
    def index(self, request, extra_context=None):
        if has_desk(request.user):
            return redirect(DESK)
        return self.all_records(request, extra_context)

    def all_records(self, request, extra_context=None):
        """Django's own index: every model one may see."""
        return super().index(request, extra_context)

    def get_urls(self):
        records = path("records/", self.admin_view(self.all_records), name="records")
        return [records, *super().get_urls()]

    def logout(self, request, extra_context=None):
        # As on the public site (practices/accounts/views.py): the browser forgets what it kept.
        response = super().logout(request, extra_context)
        response["Clear-Site-Data"] = '"cache"'
        return response

    def each_context(self, request):
        context = super().each_context(request)
        context["desk_url"] = reverse(DESK) if has_desk(request.user) else None
        return context
