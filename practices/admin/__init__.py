"""The admin, one module per area; importing them registers their ModelAdmins."""

from practices.admin import (
    core,  # noqa: F401
    enquiries,  # noqa: F401
    practice,  # noqa: F401
    users,  # noqa: F401
    workflow,  # noqa: F401
)
