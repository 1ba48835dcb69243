"""How complete a practice is: the checklist shown in the admin and the gates of the workflow."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from practices.curation import screening
from practices.models import CASE_STUDY_FIELDS, Country, Practice, Stage, Visibility

LANGUAGES = [("km", _("Khmer")), ("en", _("English"))]

SECTIONS = [
    (_("Title and summary"), ["title", "summary"]),
    (_("Case study"), list(CASE_STUDY_FIELDS)),
]

# Written in both languages before a practice can be published.
REQUIRED_TO_PUBLISH = ["title", "summary", "context", "activities", "results", "transferability"]


def _filled(practice, field, lang):
    return bool((getattr(practice, f"{field}_{lang}") or "").strip())


def _label(field, lang_name):
    verbose = Practice._meta.get_field(field).verbose_name
    return _("%(field)s in %(language)s") % {"field": verbose, "language": lang_name}


def checklist(practice):
    """Per section and language: how many fields are written, e.g. Khmer 7/12."""
    rows = []
    for title, fields in SECTIONS:
        counts = [
            (name, sum(_filled(practice, f, lang) for f in fields), len(fields))
            for lang, name in LANGUAGES
        ]
        rows.append({"section": title, "languages": counts})
    return rows


def missing_to_submit(practice):
    """What a write-up lacks before its documenter may submit it for review.

    The same write-up as publishing needs: the required sections in both languages, a contact,
    a thematic area and a place. A reviewer reads, and then publishes, one finished write-up;
    half of it would only come back. The visibility is the coordinator's choice at publishing,
    which a documenter cannot set, so it is not asked for here.
    """
    missing = [
        _label(field, name)
        for lang, name in LANGUAGES
        for field in REQUIRED_TO_PUBLISH
        if not _filled(practice, field, lang)
    ]
    if not (practice.contact_name.strip() and (practice.contact_email or practice.contact_phone)):
        missing.append(_("a contact person with an e-mail address or telephone number"))
    if not practice.themes.exists():
        missing.append(_("at least one thematic area"))
    if not _has_location(practice):
        missing.append(_("at least one location"))
    return missing


def missing_to_publish(practice):
    """The names of what a practice lacks before it can be published; empty when ready."""
    missing = missing_to_submit(practice)
    if practice.visibility not in (Visibility.PUBLIC, Visibility.NETWORK):
        missing.append(_("a visibility (public or DELGOSEA network)"))
    return missing


def _has_location(practice):
    if practice.country != Country.CAMBODIA:
        return bool(practice.place_name_km or practice.place_name_en)
    return practice.units.exists()


def missing_to_decide(practice, to):
    """What a screening decision lacks: enough complete scorings; eligibility to select."""
    missing = []
    needed = settings.SCREENING_MIN_COMPLETE_SCORINGS
    if screening.complete_scorings_count(practice) < needed:
        missing.append(
            _("at least %(n)s complete scoring(s) by screeners") % {"n": needed},
        )
    if to == Stage.SELECTED and not _eligible(practice):
        missing.append(
            _("eligibility: implemented, running for at least a year, results verifiable")
        )
    return missing


def _eligible(practice):
    check = getattr(practice, "eligibility", None)
    return check is not None and check.passed


def missing_for(practice, to):
    """What `practice` lacks to enter stage `to` from its current stage."""
    if to == Stage.PUBLISHED:
        return missing_to_publish(practice)
    if (practice.stage, to) == (Stage.DOCUMENTING, Stage.IN_REVIEW):
        return missing_to_submit(practice)
    if practice.stage == Stage.SCREENING and to in DECISIONS:
        return missing_to_decide(practice, to)
    return []


DECISIONS = (Stage.SELECTED, Stage.PROMISING, Stage.NOT_SELECTED)
