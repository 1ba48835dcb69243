from django.contrib.admin.apps import AdminConfig


class PortalAdminConfig(AdminConfig):
    """django.contrib.admin with our site, where each curation role lands on its desk."""

    default_site = "practices.admin_site.PortalAdminSite"
