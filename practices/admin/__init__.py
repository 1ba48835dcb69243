"""The admin, one module per area; importing them registers their ModelAdmins."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

from practices.admin import (  # noqa: F401 - importing them registers their ModelAdmins
    curation,
    enquiries,
    practice,
    reference,
    users,
)
from practices.exchange import admin as exchange  # noqa: F401 - registers replications, events

# The portal's name on every admin page, in the page's language (not "Django administration").
admin.site.site_header = _("GLGP portal administration")
admin.site.site_title = _("GLGP portal")
admin.site.index_title = _("Curation of good practices")

# The task queue's own admin pages are in English and show mail bodies with password links;
# the desk lists what failed ("e-mails could not be sent"), which is what a coordinator needs.
if admin.site.is_registered(DBTaskResult):
    admin.site.unregister(DBTaskResult)
