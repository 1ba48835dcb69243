"""The Khmer the portal shows follows the glossary: no variant that `locale/km/terms.toml`
forbids, no TA spelling of a word written with DA, no ";" in a Khmer sentence, no comma between
digits, in the catalogues, the sample and reference data, the e-mail and PDF texts and the
rendered Khmer pages. A failure names the string (file, line, msgid), the field or the page,
and the term. New strings and pages are checked by adding nothing: the catalogue test reads
every entry; a new page joins PUBLIC_PAGES or ADMIN_PAGES.
"""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from practices.accounts import invitations
from practices.demo import practices as sample_practices
from practices.models import (
    CONTACT_TEXT_FIELDS,
    PRACTICE_TEXT_FIELDS,
    Criterion,
    Partner,
    Photo,
    Practice,
    Stage,
    Theme,
)
from practices.pages.practice import PracticePage
from practices.reference_data import CRITERIA, PARTNERS, THEMES
from practices.templatetags.portal import localnum
from tests.factories import make_member
from tests.khmer_terms import CATALOGUES, ROOT, Terms, problems, read_catalogue
from tests.test_admin_khmer import visible_text

TERMS = Terms.load()


def report(where_and_texts):
    """'where: problem' for every problem of every (where, text)."""
    return [
        f"{where}: {found}" for where, text in where_and_texts for found in problems(text, TERMS)
    ]


def assert_follows_the_glossary(where_and_texts):
    """Fails listing every problem, one a line: which string, field or page, and which term."""
    found = report(where_and_texts)
    assert found == [], "Khmer that breaks the glossary:\n" + "\n".join(found)


# The checker and the terms file


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ការពិនិត្យជ្រើសរើស និងការត្រួតពិនិត្យ។", []),
        (
            "គ្មានបេក្ខភាពកំពុងវាយតម្លៃជ្រើសរើសទេ។",
            [
                "'វាយតម្លៃជ្រើសរើស' where the glossary says 'ការពិនិត្យជ្រើសរើស' (screening)",
                "'កំពុងវាយតម្លៃជ្រើសរើស' where the glossary says 'ការពិនិត្យជ្រើសរើស' (screening)",
            ],
        ),
        ("សូមផ្តល់ទីតាំង។", ["'ផ្តល់' written with TA: write 'ផ្ដល់'"]),
        ("ទីមួយ; ទីពីរ។", ["';' in a Khmer sentence ('ទីមួយ;')"]),
        ("បំបែកដោយ “;”។ &nbsp;ខ្មែរ", []),
        ("ពី ២,៨ តោន", ["a comma inside a number ('២,៨')"]),
        (
            "ប្រហែល ១ ២៤០ នាក់",
            ["thousands grouped by a plain space ('១ ២៤០'): use a no-break space"],
        ),
        ("ប្រហែល ១\u00a0២៤០ នាក់ ២.៨ តោន", []),
        ("Sample; data 2,8", []),  # no Khmer: not a Khmer sentence
    ],
)
def test_the_checker_names_what_a_text_breaks(text, expected):
    assert problems(text, TERMS) == expected


def test_every_preferred_term_passes_its_own_rules():
    preferred = {term for term, _english in TERMS.forbidden.values()}
    assert_follows_the_glossary((f"preferred term '{t}'", t) for t in sorted(preferred))
    assert [w for w in TERMS.da_words if "\u17d2\u178a" not in w] == []


# Catalogues: every translation of every entry, ours and the packages' Khmer.


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_strings_follow_the_glossary(path):
    entries = read_catalogue(path)
    assert len(entries) > 20
    assert_follows_the_glossary((e.label(path), text) for e in entries for text in e.translations)


# Sample and reference data, as a re-run leaves them in the database.


def khmer_fields(obj, fields):
    label = f"{type(obj).__name__} '{getattr(obj, 'slug', obj.pk)}'"
    return [(f"{label} field {f}_km", getattr(obj, f"{f}_km") or "") for f in fields]


@pytest.fixture
def seeded(seeded_once):
    """The sample practices, made once for the module."""
    return list(Practice.objects.filter(is_sample=True).order_by("slug"))


@pytest.fixture
def media_root(module_media):
    return module_media


def test_reference_data_follows_the_glossary(db):
    call_command("load_reference_data", stdout=io.StringIO())
    rows = [
        *(khmer_fields(t, ["name", "description"]) for t in Theme.objects.all()),
        *(khmer_fields(p, ["name", "description"]) for p in Partner.objects.all()),
        *(khmer_fields(c, ["name", "guidance"]) for c in Criterion.objects.all()),
    ]
    assert_follows_the_glossary(pair for fields in rows for pair in fields)
    assert (Theme.objects.count(), Partner.objects.count()) == (len(THEMES), len(PARTNERS))
    assert Criterion.objects.filter(guidance_km="").count() == 0
    assert Criterion.objects.count() == len(CRITERIA)


def test_sample_data_follows_the_glossary(seeded):
    fields = [*PRACTICE_TEXT_FIELDS, *CONTACT_TEXT_FIELDS]
    rows = [pair for p in seeded for pair in khmer_fields(p, fields)]
    rows += [pair for ph in Photo.objects.all() for pair in khmer_fields(ph, ["caption", "credit"])]
    assert_follows_the_glossary(rows)
    assert len(seeded) == len(sample_practices.PRACTICES)


def test_the_two_participation_themes_read_apart():
    names = {slug: km for slug, _en, km, _d in THEMES}
    first, second = names["participation"], names["social-accountability"]
    assert (first.split()[0] == second.split()[0], first, second) == (False, first, second)


# What readers see: numbers, pages, PDF, e-mail.


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [("km", 1234567, "១\u00a0២៣៤\u00a0៥៦៧"), ("km", 999, "៩៩៩"), ("en", 1234567, "1,234,567")],
)
def test_numbers_take_the_locales_grouping(language, value, expected):
    with translation.override(language):
        assert localnum(value) == expected


def public_pages(samples):
    practice = next(p for p in samples if p.stage == Stage.PUBLISHED and p.visibility == "public")
    theme, place = practice.themes.first(), practice.units.order_by("code").first()
    partner = Partner.objects.get(slug="nlcs")
    pages = [
        "/km/",
        "/km/practices/",
        "/km/practices/?province=02",
        f"/km/themes/{theme.slug}/",
        f"/km/places/{place.code}/",
        f"/km/partners/{partner.slug}/",
        "/km/nominate/",
        "/km/nominate/thanks/",
        f"/km/practices/{practice.slug}/replicate/",
        f"/km/practices/{practice.slug}/replicate/sent/",
        "/km/feeds/practices.rss",
    ]
    published = [p for p in samples if p.stage == Stage.PUBLISHED and p.visibility == "public"]
    return pages + [f"/km/practices/{p.slug}/" for p in published]


def rendered(client, url):
    response = client.get(url)
    assert (url, response.status_code) == (url, 200)
    return visible_text(response.content.decode())


def test_public_khmer_pages_follow_the_glossary(client, seeded):
    pages = public_pages(seeded)
    assert_follows_the_glossary((f"page {url}", rendered(client, url)) for url in pages)


# URL name and the arguments it takes from the seeded data (see admin_args).
ADMIN_PAGES = [
    ("admin:practices_practice_dashboard", ()),
    ("admin:practices_practice_changelist", ()),
    ("admin:practices_practice_change", ("practice",)),
    ("admin:practices_practice_ranking", ()),
    ("admin:practices_practice_import", ()),
    ("admin:practices_mappinground_changelist", ()),
    ("admin:practices_criterion_changelist", ()),
    ("admin:practices_criterion_change", ("criterion",)),
    ("admin:practices_theme_changelist", ()),
    ("admin:practices_partner_changelist", ()),
    ("admin:practices_partner_change", ("partner",)),
    ("admin:practices_enquiry_changelist", ()),
    ("admin:auth_user_changelist", ()),
    ("admin:auth_user_add", ()),
]


def test_admin_khmer_pages_follow_the_glossary(client, seeded):
    args = {
        "practice": seeded[0].pk,
        "criterion": Criterion.objects.get(name_en="Transferability").pk,
        "partner": Partner.objects.get(slug="nlcs").pk,
    }
    client.force_login(make_member("Coordinator", first_name="សុផល", last_name="កែវ"))
    client.cookies["django_language"] = "km"
    urls = [reverse(name, args=[args[a] for a in names]) for name, names in ADMIN_PAGES]
    assert_follows_the_glossary((f"admin page {url}", rendered(client, url)) for url in urls)


def test_pdf_text_follows_the_glossary(rf: RequestFactory, seeded):
    practice = next(p for p in seeded if p.country == "KH" and p.stage == Stage.PUBLISHED)
    request = rf.get(f"/km/practices/{practice.slug}/pdf/")
    request.user = make_member("Partner")
    with translation.override("km"):
        html = render_to_string(
            "practices/case_study_pdf.html", {"page": PracticePage(request, practice)}, request
        )
    assert_follows_the_glossary([(f"PDF of {practice.slug}", visible_text(html))])
    assert practice.contact_name_km in html


def test_invitation_mail_follows_the_glossary(db, django_capture_on_commit_callbacks):
    coordinator = make_member("Coordinator", first_name="សុផល", last_name="កែវ")
    with django_capture_on_commit_callbacks(execute=True):
        invitations.invite(
            first_name="ដារា",
            last_name="សុខ",
            email="dara@example.org",
            role="Screener",
            language="km",
            by=coordinator,
        )
    (message,) = mail.outbox
    assert_follows_the_glossary([("invitation e-mail", f"{message.subject}\n{message.body}")])
    assert "អ្នកវាយតម្លៃ" in message.body


def test_a_contact_not_yet_in_khmer_is_marked_on_the_khmer_page(client, admin_units):
    from tests.factories import make_ready_practice

    both = make_ready_practice(Stage.PUBLISHED, contact_is_public=True)
    both.contact_name_km, both.contact_role_km = "សុខ ដារា", "ស្មៀនឃុំ"
    both.contact_role_en, both.contact_organisation_km = "Commune clerk", "ក្រុមប្រឹក្សាឃុំ"
    both.contact_organisation_en = "Commune council"
    both.save()
    english_only = make_ready_practice(Stage.PUBLISHED, contact_is_public=True)
    english_only.contact_role_en = "Commune clerk"
    english_only.save()
    note = "មិនទាន់បានសរសេរជាភាសាខ្មែរនៅឡើយ។ បង្ហាញជាភាសាអង់គ្លេស។"
    pages = [rendered(client, f"/km/practices/{p.slug}/") for p in (both, english_only)]
    assert [(note in page, "Commune clerk" in page, "ស្មៀនឃុំ" in page) for page in pages] == [
        (False, False, True),
        (True, True, False),
    ]
