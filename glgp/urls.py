from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from practices.accounts import views as accounts
from practices.admin.on_site import view_on_site
from practices.sitemaps import SITEMAPS
from practices.views import files, health, offline

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # At the root, so that the worker's scope is the whole site.
    path("sw.js", offline.service_worker, name="service_worker"),
    # The admin login page links here ("Forgotten your password?"); the same form as the site's.
    path("admin/password_reset/", accounts.reset, name="admin_password_reset"),
    # Before the admin's own "view on site", which would show any object to any staff member.
    path(
        "admin/r/<int:content_type_id>/<path:object_id>/",
        admin.site.admin_view(view_on_site),
        name="view_on_site",
    ),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("practices.api.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]
urlpatterns += i18n_patterns(
    path("accounts/", include("practices.accounts.urls")),
    path("", include("practices.urls")),
    prefix_default_language=True,
)
urlpatterns += [path("media/<path:path>", files.media, name="media")]

handler400 = "practices.views.errors.bad_request"
handler403 = "practices.views.errors.permission_denied"
handler404 = "practices.views.errors.page_not_found"
handler500 = "practices.views.errors.server_error"
