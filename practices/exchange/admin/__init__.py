"""The admin of replications and events; importing it registers their ModelAdmins."""

from practices.exchange.admin import (  # noqa: F401 - importing them registers their ModelAdmins
    events,
    replications,
)
