"""The practices app's models, one module per area; everything is importable from here.

- reference: countries, administrative units, thematic areas, partners
- practice: the practice record, its stages and visibility, its partners
- attachments: photos and documents
- curation: mapping rounds, criteria, screening, assignments, the stage history
- enquiries: replication enquiries from councils and organisations
- replication: replications of practices, their stages, plan, logbook and assignments
- events: knowledge-exchange events (workshops, forums, study visits, ...)
- accounts: a person's account beside Django's user
- read_model: what the public site derives from published practices (search, places, facet
  keys, overviews, the public revision), written by practices/search/indexer.py alone
"""

from practices.models.accounts import Account
from practices.models.attachments import Document, Photo
from practices.models.curation import (
    Assignment,
    Criterion,
    EligibilityCheck,
    MappingRound,
    Score,
    Scoring,
    StageChange,
)
from practices.models.enquiries import Enquiry
from practices.models.events import EVENT_TEXT_FIELDS, Event, EventDocument, EventPhoto
from practices.models.practice import (
    CASE_STUDY_FIELDS,
    CURATION_FIELDS,
    MAPPING_FIELDS,
    PRACTICE_TEXT_FIELDS,
    Practice,
    PracticePartner,
    Source,
    Stage,
    Visibility,
)
from practices.models.read_model import (
    AudienceOverview,
    FacetKeys,
    FacetYears,
    PracticePlace,
    PracticeSearch,
    PublicRevision,
)
from practices.models.reference import AdminUnit, Country, Partner, Theme
from practices.models.replication import (
    ACTIVE_STAGES,
    PLAN_FIELDS,
    REPLICATION_TEXT_FIELDS,
    RESULT_FIELDS,
    LogbookEntry,
    Replication,
    ReplicationAssignment,
    ReplicationPartner,
    ReplicationStage,
    ReplicationStageChange,
)

__all__ = [
    "ACTIVE_STAGES",
    "CASE_STUDY_FIELDS",
    "CURATION_FIELDS",
    "EVENT_TEXT_FIELDS",
    "MAPPING_FIELDS",
    "PLAN_FIELDS",
    "PRACTICE_TEXT_FIELDS",
    "REPLICATION_TEXT_FIELDS",
    "RESULT_FIELDS",
    "Account",
    "AdminUnit",
    "Assignment",
    "AudienceOverview",
    "Country",
    "Criterion",
    "Document",
    "EligibilityCheck",
    "Enquiry",
    "Event",
    "EventDocument",
    "EventPhoto",
    "FacetKeys",
    "FacetYears",
    "LogbookEntry",
    "MappingRound",
    "Partner",
    "Photo",
    "Practice",
    "PracticePartner",
    "PracticePlace",
    "PracticeSearch",
    "PublicRevision",
    "Replication",
    "ReplicationAssignment",
    "ReplicationPartner",
    "ReplicationStage",
    "ReplicationStageChange",
    "Score",
    "Scoring",
    "Source",
    "Stage",
    "StageChange",
    "Theme",
    "Visibility",
]
