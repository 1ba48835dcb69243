"""The columns of every export, in order, with what each holds (the codebook reads them)."""

from django.utils.translation import gettext_lazy as _

LANGUAGES = ("km", "en")
TEXTS = ("title", "summary")

# name → description; a text column is written once per language asked for.
COLUMNS = {
    "slug": _("Identifier of the practice in the portal's addresses."),
    "url": _("Address of the practice's page."),
    "visibility": _("“public”, or “network”: shared with the DELGOSEA network only."),
    "title": _("Title."),
    "summary": _("Short summary."),
    "level": _("Level of government (code list “level”)."),
    "country": _("Country, ISO 3166 code (code list “country”)."),
    "status": _("Whether the practice goes on (code list “status”)."),
    "themes": _("Thematic areas, their codes separated by “;” (code list “theme”)."),
    "provinces": _("Official codes of the capital or provinces covered, separated by “;”."),
    "districts": _("Official codes of the municipalities, districts or khans covered."),
    "communes": _("Official codes of the communes or sangkats covered."),
    "partners": _("Partners and their role, as partner:role, separated by “;”."),
    "start_date": _("Start date (YYYY-MM-DD)."),
    "end_date": _("End date (YYYY-MM-DD); empty while it goes on."),
    "published_at": _("When it was first published (UTC)."),
    "beneficiaries_total": _("Number of beneficiaries."),
    "beneficiaries_women": _("Number of women among them."),
}


def names(languages):
    """The column names for `languages` (one: "title"; both: "title_km", "title_en")."""
    found = []
    for name in COLUMNS:
        if name in TEXTS and len(languages) > 1:
            found += [f"{name}_{lang}" for lang in languages]
        else:
            found.append(name)
    return found
