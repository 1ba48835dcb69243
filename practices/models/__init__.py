"""The practices app's models, one module per area; everything is importable from here."""

from practices.models.accounts import Account
from practices.models.core import (
    AdminUnit,
    Country,
    Document,
    Partner,
    Photo,
    Practice,
    PracticePartner,
    PracticeQuerySet,
    Source,
    Stage,
    Theme,
    Visibility,
)
from practices.models.public import (
    Enquiry,
    PracticePlace,
    PracticeSearch,
    PublicCounts,
    PublicRevision,
)
from practices.models.workflow import (
    Assignment,
    Criterion,
    EligibilityCheck,
    MappingRound,
    Score,
    Scoring,
    StageChange,
)

__all__ = [
    "Account",
    "AdminUnit",
    "Assignment",
    "Country",
    "Criterion",
    "Document",
    "EligibilityCheck",
    "Enquiry",
    "MappingRound",
    "Partner",
    "Photo",
    "Practice",
    "PracticePartner",
    "PracticePlace",
    "PracticeQuerySet",
    "PracticeSearch",
    "PublicCounts",
    "PublicRevision",
    "Score",
    "Scoring",
    "Source",
    "Stage",
    "StageChange",
    "Theme",
    "Visibility",
]
