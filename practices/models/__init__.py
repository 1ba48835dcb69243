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

from practices.models.core import Source
from practices.models.workflow import (
    Assignment,
    Criterion,
    EligibilityCheck,
    MappingRound,
    Score,
    Scoring,
    StageChange,
)

__all__ += [
    "Assignment",
    "Criterion",
    "EligibilityCheck",
    "MappingRound",
    "Score",
    "Scoring",
    "Source",
    "StageChange",
]

from practices.models.public import Enquiry, PracticePlace, PracticeSearch, PublicRevision

__all__ += ["Enquiry", "PracticePlace", "PracticeSearch", "PublicRevision"]
