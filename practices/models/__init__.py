"""The practices app's models, one module per area; everything is importable from here.

- reference: countries, administrative units, thematic areas, partners
- practice: the practice record, its stages and visibility, its partners
- attachments: photos and documents
- curation: mapping rounds, criteria, screening, assignments, the stage history
- staged: what practices and replications share as staged records (assignments, partners'
  roles, stage changes)
- enquiries: replication enquiries from councils and organisations
- replication: replications of practices, their stages, plan, logbook and assignments
- events: knowledge-exchange events (workshops, forums, study visits, ...)
- accounts: a person's account beside Django's user
- mail: notifications that could not be delivered after every retry
- site: the site's own pages (About, Contact)
- read_model: what the public site derives from published practices (search, places, facet
  keys, overviews, the public revision), written by practices/search/indexer.py alone
"""

from practices.models.accounts import Account, ApiToken
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
from practices.models.mail import UndeliveredMail
from practices.models.opendata import OpenDataTerms
from practices.models.practice import (
    CASE_STUDY_FIELDS,
    CONTACT_TEXT_FIELDS,
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
    SearchWord,
)
from practices.models.reference import (
    AdminUnit,
    Country,
    Partner,
    Theme,
    english_label_sql,
    english_name,
    shown_name,
)
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
from practices.models.site import SiteIdentity, SitePage

__all__ = [
    "ACTIVE_STAGES",
    "CASE_STUDY_FIELDS",
    "CONTACT_TEXT_FIELDS",
    "CURATION_FIELDS",
    "EVENT_TEXT_FIELDS",
    "MAPPING_FIELDS",
    "PLAN_FIELDS",
    "PRACTICE_TEXT_FIELDS",
    "REPLICATION_TEXT_FIELDS",
    "RESULT_FIELDS",
    "Account",
    "AdminUnit",
    "ApiToken",
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
    "OpenDataTerms",
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
    "SearchWord",
    "SiteIdentity",
    "SitePage",
    "Source",
    "Stage",
    "StageChange",
    "Theme",
    "UndeliveredMail",
    "Visibility",
    "english_label_sql",
    "english_name",
    "shown_name",
]
