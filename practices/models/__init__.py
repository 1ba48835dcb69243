"""The practices app's models, one module per area; everything is importable from here."""

from practices.models.core import (
    AdminUnit,
    Country,
    Document,
    Partner,
    Photo,
    Practice,
    PracticePartner,
    PracticeQuerySet,
    Stage,
    Theme,
    Visibility,
)

__all__ = [
    "AdminUnit",
    "Country",
    "Document",
    "Partner",
    "Photo",
    "Practice",
    "PracticePartner",
    "PracticeQuerySet",
    "Stage",
    "Theme",
    "Visibility",
]
