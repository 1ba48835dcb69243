"""The admin, one module per area; importing them registers their ModelAdmins."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from practices.admin import (  # noqa: F401 - importing them registers their ModelAdmins
    curation,
    enquiries,
    events,
    practice,
    reference,
    replication,
    users,
)

# The portal's name on every admin page, in the page's language (not "Django administration").
admin.site.site_header = _("GLGP portal administration")
admin.site.site_title = _("GLGP portal")
admin.site.index_title = _("Curation of good practices")
