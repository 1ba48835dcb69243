"""The admin a coordinator works in reads in Khmer, in the portal's Khmer font.

Each page of PAGES is rendered in Khmer and its visible text searched for English words: what
Django, django-simple-history or django-import-export show untranslated, or a string of ours
without its translation. User content (titles, names, file names) and proper nouns are left out.
A new admin page is covered by adding its URL name to PAGES.
"""

import datetime
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.urls import reverse

from practices.curation import imports, workflow
from practices.models import (
    Assignment,
    Document,
    Enquiry,
    MappingRound,
    OpenDataTerms,
    Photo,
    Practice,
    ReplicationAssignment,
    Source,
    Stage,
)
from tests.admin_forms import change_form_data
from tests.factories import (
    add_partner,
    image_file,
    make_entry,
    make_event,
    make_member,
    make_partner,
    make_ready_practice,
    make_replication,
    make_scoring,
    pdf_file,
)
from tests.test_imports import csv_upload, sheet

# URL name, the sample objects its arguments are and a query (see `sample` below).
# The admin's index sends a coordinator to the desk; "All records" is the index they read.
PAGES = [
    ("admin:practices_practice_dashboard", (), ""),
    ("admin:practices_practice_changelist", (), ""),
    ("admin:practices_practice_changelist", (), "q=ធនាគារ&stage__exact=documenting"),
    ("admin:practices_practice_changelist", (), "created_at__year={year}"),
    (
        "admin:practices_practice_changelist",
        (),
        "created_at__year={year}&created_at__month={month}",
    ),
    ("admin:practices_practice_change", ("practice",), ""),
    ("admin:practices_practice_add", (), ""),
    ("admin:practices_practice_ranking", (), ""),
    ("admin:practices_practice_pipeline", (), ""),
    ("admin:practices_practice_pipeline", (), "year=twenty&round=x"),
    ("admin:practices_practice_import", (), ""),
    ("admin:practices_practice_revision", ("practice", "revision"), ""),
    ("admin:practices_practice_history", ("practice",), ""),
    ("admin:practices_mappinground_changelist", (), ""),
    ("admin:practices_mappinground_change", ("round",), ""),
    ("admin:practices_stagechange_changelist", (), ""),
    ("admin:practices_enquiry_changelist", (), ""),
    ("admin:practices_partner_changelist", (), ""),
    ("admin:practices_theme_changelist", (), ""),
    ("admin:practices_adminunit_changelist", (), ""),
    ("admin:practices_opendataterms_change", ("open data terms",), ""),
    ("admin:practices_sitepage_changelist", (), ""),
    ("admin:practices_sitepage_add", (), ""),
    ("admin:password_change", (), ""),
    ("admin:records", (), ""),
    ("admin:auth_user_changelist", (), ""),
    ("admin:auth_user_add", (), ""),
    ("admin:auth_user_change", ("person",), ""),
    ("admin:practices_enquiry_change", ("enquiry",), ""),
    ("admin:practices_replication_changelist", (), ""),
    ("admin:practices_replication_change", ("replication",), ""),
    ("admin:practices_replication_add", (), ""),
    ("admin:practices_replication_logbook", ("replication",), ""),
    ("admin:practices_replication_history", ("replication",), ""),
    ("admin:practices_replication_revision", ("replication", "replication revision"), ""),
    ("admin:practices_event_changelist", (), ""),
    ("admin:practices_event_change", ("event",), ""),
    ("admin:practices_event_add", (), ""),
    ("admin:practices_event_revision", ("event", "event revision"), ""),
]

# Names and codes that read the same in every language.
PROPER_NOUNS = {"GLGP", "DELGOSEA", "NLC", "XLSX", "CSV", "PDF", "ID", "URL", "KHR", "USD"}
# Keys named on the keyboard, and the slug, a term Khmer text keeps in Latin letters.
PROPER_NOUNS |= {"Control", "Command", "Mac", "slug"}
# The open-data licences' own names, and the {year} placeholder of the citation, typed as is.
PROPER_NOUNS |= {"Creative", "Commons", "CC", "BY", "SA", "Zero", "Open", "Data", "ODbL", "year"}
# Django writes the value as the alternative text of its yes/no icons in lists, untranslated.
PROPER_NOUNS |= {"True", "False"}
IGNORED = re.compile(
    r"https?://\S+"  # addresses
    r"|\S+@\S+"  # e-mail
    r"|[\w.-]+\.(?:png|jpe?g|pdf|csv|xlsx|webp)\b"  # file names
    r"|\b\w*\d\w*\b",  # numbers and codes
    re.IGNORECASE,
)
KHMER = re.compile("[\u1780-\u17ff]")
ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z’']+")
KHMER_FONT_CSS = "/static/css/khmer-font.css"


class VisibleText(HTMLParser):
    """The text a reader sees or hears: text nodes, button labels, placeholders, titles and
    labels for assistive technology; not scripts, styles, hidden form rows, code (column names
    to type) or user content: typed-in values and the names of objects offered in a select."""

    SKIPPED = {"script", "style", "textarea", "code"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")

    def __init__(self):
        super().__init__()
        self.parts, self.skipped_depth = [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in self.VOID and (self.skipped_depth or self.skips(tag, attrs)):
            self.skipped_depth += 1
        if self.skipped_depth:
            return
        buttons = {"submit", "button", "reset"}
        if tag == "input" and attrs.get("type") in buttons and attrs.get("value"):
            self.parts.append(attrs["value"])
        self.parts.extend(attrs[name] for name in self.ATTRIBUTES if attrs.get(name))

    def skips(self, tag, attrs):
        hidden = "hidden" in (attrs.get("class") or "").split()
        object_option = tag == "option" and (attrs.get("value") or "").isdigit()
        return tag in self.SKIPPED or hidden or object_option

    def handle_endtag(self, tag):
        if self.skipped_depth and tag not in self.VOID:
            self.skipped_depth -= 1

    def handle_data(self, data):
        if not self.skipped_depth:
            self.parts.append(data)


def visible_text(html):
    parser = VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


def content_words(*objects):
    """Every word of the objects' text fields: user content, which may be in any language."""
    words = set()
    for obj in objects:
        for field in obj._meta.concrete_fields:
            words.update(ENGLISH_WORD.findall(str(getattr(obj, field.attname) or "")))
    return words


def english_words(html, allowed):
    text = IGNORED.sub(" ", visible_text(html).replace("NLC/S", ""))
    return [w for w in ENGLISH_WORD.findall(text) if w not in allowed | PROPER_NOUNS]


def exchange_sample(practice, coordinator):
    """A replication of the practice in planning, with a coach, a logbook entry and an event."""
    replication = make_replication(
        sources=[practice],
        stage="agreed",
        title_km="ធនាគារគ្រាប់ពូជនៅឃុំថ្មី",
        title_en="",
        adopter_name_km="ក្រុមប្រឹក្សាឃុំថ្មី",
        adopter_name_en="",
        plan_taken_over_km="ឃ្លាំងគ្រាប់ពូជ",
    )
    ReplicationAssignment.objects.create(
        replication=replication, user=make_member("Documenter", first_name="វណ្ណា"), role="coach"
    )
    make_entry(replication, progress="បានជួបក្រុមប្រឹក្សា។", date=datetime.date(2020, 1, 6))
    event = make_event(
        practices=[practice], replications=[replication], title_km="វេទិកាសិក្សា", title_en=""
    )
    return replication, event


@pytest.fixture
def sample(admin_units):
    """A practice being documented, as a coordinator finds it: photo, documents, partners,
    assigned people, and two revisions."""
    coordinator = make_member("Coordinator", first_name="សុផល", last_name="កែវ")
    round_ = MappingRound.objects.create(name="ជុំប្រមូលការអនុវត្តល្អ ២០២៧")
    practice = make_ready_practice(
        Stage.DOCUMENTING,
        title_km="ធនាគារគ្រាប់ពូជស្រូវរបស់ឃុំ",
        title_en="A commune rice seed bank",
        summary_km="ក្រុមប្រឹក្សាឃុំបានបង្កើតធនាគារគ្រាប់ពូជ។",
        summary_en="The commune council set up a seed bank.",
        mapping_round=round_,
    )
    photo = Photo.objects.create(
        practice=practice, image=image_file("seed-bank.png"), caption_km="ឃ្លាំងគ្រាប់ពូជ"
    )
    documents = [
        Document.objects.create(practice=practice, file=pdf_file(name), title=title, language=lang)
        for name, title, lang in [
            ("seed-bank-km.pdf", "របាយការណ៍", "km"),
            ("seed-bank-en.pdf", "Report", "en"),
        ]
    ]
    partners = [add_partner(practice, make_partner(name_km="សមាគម", acronym="NLCS"))]
    practice.summary_km = "ក្រុមប្រឹក្សាឃុំបានបង្កើតធនាគារគ្រាប់ពូជ និងចែកពូជ។"
    workflow.save_content(practice, by=coordinator, reason="កែសេចក្ដីសង្ខេប")
    revision = practice.history.order_by("history_id").first()
    enquiry = Enquiry.objects.create(
        practice=practice,
        name="កែវ សុផល",
        contact="sophal@example.org",
        message="សួស្ដី",
        language="km",
    )
    person = make_member("Screener", first_name="ដារា", last_name="សុខ")
    replication, event = exchange_sample(practice, coordinator)
    objects = [
        coordinator,
        person,
        round_,
        practice,
        photo,
        *documents,
        *partners,
        enquiry,
        replication,
        event,
        *replication.logbook.all(),
        *replication.history.all(),
        *event.history.all(),
    ]
    objects += [*practice.scorings.all(), *(s.screener for s in practice.scorings.all())]
    objects += [*practice.history.all(), *practice.units.all(), *practice.themes.all()]
    # The import pages name the columns and sources of a spreadsheet, as codes to type.
    names = [*Source.values, *(column for column, _r, _h in imports.COLUMNS)]
    codes = {word for name in names for word in ENGLISH_WORD.findall(name)}
    return {
        "coordinator": coordinator,
        "args": {
            "practice": practice.pk,
            "revision": revision.history_id,
            "round": round_.pk,
            "year": practice.created_at.year,
            "month": practice.created_at.month,
            "person": person.pk,
            "enquiry": enquiry.pk,
            "open data terms": OpenDataTerms.objects.get_or_create(pk=1)[0].pk,
            "replication": replication.pk,
            "event": event.pk,
            "replication revision": replication.history.order_by("history_id")[0].history_id,
            "event revision": event.history.order_by("history_id")[0].history_id,
        },
        "allowed": content_words(*objects) | codes,
    }


@pytest.fixture
def khmer_coordinator(client, sample):
    client.force_login(sample["coordinator"])
    client.cookies["django_language"] = "km"
    return client


def assert_reads_in_khmer(response, allowed):
    """Khmer, with no English word outside user content, and the Khmer font linked."""
    html = response.content.decode()
    assert (response.status_code, response.headers["Content-Language"]) == (200, "km")
    words = " ".join(sorted(set(english_words(html, allowed))))
    assert words == "", (
        f"English words in the Khmer admin at {response.request['PATH_INFO']}: {words}"
    )
    assert html.count(f'<link rel="stylesheet" href="{KHMER_FONT_CSS}"') == 1


@pytest.mark.parametrize(
    ("url_name", "arg_names", "query"), PAGES, ids=[f"{n}?{q}" if q else n for n, _a, q in PAGES]
)
def test_admin_page_has_no_english_in_khmer(khmer_coordinator, sample, url_name, arg_names, query):
    url = reverse(url_name, args=[sample["args"][name] for name in arg_names])
    response = khmer_coordinator.get(f"{url}?{query.format(**sample['args'])}")
    listed = response.context.get("cl")  # the objects a list page shows are user content
    assert_reads_in_khmer(
        response, sample["allowed"] | content_words(*(listed.result_list if listed else []))
    )


def desk_work(role, practice, coordinator):
    """A screener or documenter with work on their desk: a candidate to score and one half
    scored, or the sample practice to write and one returned from review with comments."""
    person = make_member(role, first_name="វណ្ណា", last_name="ចាន់")
    if role == "Screener":
        practices = [make_ready_practice(Stage.SCREENING, title_km=f"បេក្ខភាព {n}") for n in "១២"]
        make_scoring(practices[1], person, submitted=False)
    else:
        back = make_ready_practice(Stage.IN_REVIEW, title_km="ការអនុវត្តល្អត្រឡប់មកវិញ")
        workflow.move(back, Stage.DOCUMENTING, by=coordinator, note="សូមបន្ថែមតួលេខ។")
        practices = [practice, back]
    for each in practices:
        Assignment.objects.create(practice=each, user=person, role=Assignment.Role[role.upper()])
    return person, practices


@pytest.mark.parametrize("role", ["Screener", "Documenter"])
def test_desk_with_work_has_no_english_in_khmer(client, sample, role):
    practice = Practice.objects.get(pk=sample["args"]["practice"])
    person, practices = desk_work(role, practice, sample["coordinator"])
    client.force_login(person)
    client.cookies["django_language"] = "km"
    response = client.get(reverse("admin:practices_practice_dashboard"))
    lists = {"Screener": "to_score", "Documenter": "to_write"}
    assert response.context[lists[role]]["count"] == 2
    assert_reads_in_khmer(response, sample["allowed"] | content_words(person, *practices))


def test_change_form_with_stage_buttons_has_no_english_for_documenter(client, sample):
    practice = Practice.objects.get(pk=sample["args"]["practice"])
    person, practices = desk_work("Documenter", practice, sample["coordinator"])
    client.force_login(person)
    client.cookies["django_language"] = "km"
    response = client.get(reverse("admin:practices_practice_change", args=[practice.pk]))
    assert 'name="_move_to"' in response.content.decode()
    assert_reads_in_khmer(response, sample["allowed"] | content_words(person, *practices))


def test_change_form_with_errors_has_no_english_in_khmer(khmer_coordinator, sample):
    url = reverse("admin:practices_practice_change", args=[sample["args"]["practice"]])
    data = change_form_data(khmer_coordinator.get(url), beneficiaries_total="មួយរយ")
    response = khmer_coordinator.post(url, data)
    assert response.context["adminform"].form.errors.keys() == {"beneficiaries_total"}
    assert_reads_in_khmer(response, sample["allowed"])


@pytest.mark.parametrize("location", ["0201", "Atlantis"], ids=["preview", "row errors"])
def test_import_preview_has_no_english_in_khmer(khmer_coordinator, sample, location):
    data = sheet({"title_km": "ក្រុមអ្នកប្រើទឹកភូមិ", "location": location})
    response = khmer_coordinator.post(
        reverse("admin:practices_practice_import"),
        {"format": "0", "import_file": csv_upload(data)},
    )
    assert response.context["result"].has_validation_errors() == (location == "Atlantis")
    assert_reads_in_khmer(response, sample["allowed"] | {"Atlantis"})


def test_login_page_has_no_english_in_khmer(client):
    client.cookies["django_language"] = "km"
    assert_reads_in_khmer(client.get(reverse("admin:login")), allowed=set())


# What the admin's scripts write into the pages above: the two-list theme chooser, the date
# and time shortcuts and the selection counter of bulk actions.
WIDGET_STRINGS = [
    "Available %s",
    "Chosen %s",
    "Choose all %s",
    "Remove all %s",
    "Choose selected %s",
    "Remove selected %s",
    "Type into this box to filter down the list of available %s.",
    "Filter",
    "Now",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Choose a Date",
    "Choose a Time",
    "Cancel",
    "January",
    "Midnight",
    "Noon",
    "%(sel)s of %(cnt)s selected",
]


def test_admin_scripts_speak_khmer(khmer_coordinator):
    response = khmer_coordinator.get(reverse("admin:jsi18n"), HTTP_ACCEPT_LANGUAGE="km")
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", response.text, re.S)[1])
    untranslated = [s for s in WIDGET_STRINGS if not KHMER.search(str(catalog.get(s)))]
    assert untranslated == [], f"Untranslated in the admin's scripts: {untranslated}"


def test_visible_text_leaves_out_scripts_values_and_object_names():
    html = (
        '<title>Page</title><script>var x = "code";</script><textarea>typed</textarea>'
        '<select><option value="3">A title</option><option value="mapped">Mapped</option>'
        '</select><input type="submit" value="Save"><input type="text" value="typed">'
        '<div class="form-row hidden"><div><label>Base</label><input></div></div><p>Shown</p>'
    )
    assert visible_text(html).split() == ["Page", "Mapped", "Save", "Shown"]


@pytest.mark.needs("gettext")
@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_packages_catalogue_keeps_placeholders_and_has_nothing_fuzzy(domain):
    po = Path(__file__).resolve().parent.parent / f"upstream/locale/km/LC_MESSAGES/{domain}.po"
    result = subprocess.run(
        ["msgfmt", "--statistics", "--check-format", "-o", "/dev/null", str(po)],
        capture_output=True,
        text=True,
        check=False,
    )
    counts = {kind: int(n) for n, kind in re.findall(r"(\d+) (fuzzy|untranslated)", result.stderr)}
    assert (result.returncode, counts) == (0, {})
