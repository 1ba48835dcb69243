"""The Khmer catalogue translates every string the code marks, with nothing fuzzy, and the
public pages a signed-in reader uses show no English in their interface.

The strings are extracted afresh from a copy of the code, so a string added without its
translation fails here even if nobody ran `makemessages`.
"""

import datetime
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from practices.models import Stage
from tests.factories import make_member, make_ready_practice
from tests.test_admin_khmer import content_words, english_words

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.needs("gettext")
def test_khmer_catalogue_has_no_untranslated_or_fuzzy_string(tmp_path):
    for part in ("glgp", "practices", "templates", "locale"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("*.mo"))
    django_admin = Path(sys.executable).with_name("django-admin")
    subprocess.run(
        [str(django_admin), "makemessages", "-l", "km", "--no-obsolete", "-v0"],
        cwd=tmp_path,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    result = subprocess.run(
        [
            "msgfmt",
            "--statistics",
            "--check-format",
            "-o",
            "/dev/null",
            str(tmp_path / "locale/km/LC_MESSAGES/django.po"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    counts = {kind: int(n) for n, kind in re.findall(r"(\d+) (fuzzy|untranslated)", result.stderr)}
    assert (result.returncode, counts.get("fuzzy", 0), counts.get("untranslated", 0)) == (0, 0, 0)


# The feeds' and the calendar's formats, the API, the map's credit and the link to the English
# site, as they are named.
PUBLIC_PROPER_NOUNS = {"Atom", "RSS", "iCalendar", "API", "English", "amCharts"}


def assert_public_page_reads_in_khmer(response, allowed=frozenset()):
    """Served in Khmer, with no English word in the interface outside user content."""
    allowed = PUBLIC_PROPER_NOUNS | set(allowed)
    words = " ".join(sorted(set(english_words(response.content.decode(), allowed))))
    assert (response.status_code, response.headers["Content-Language"], words) == (200, "km", "")


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/km/accounts/login/", "/km/accounts/reset/"])
def test_sign_in_and_password_reset_read_in_khmer(client, url):
    assert_public_page_reads_in_khmer(client.get(url))


@pytest.mark.django_db
def test_my_account_reads_in_khmer(client):
    person = make_member("Partner", first_name="សុភា", last_name="ជា")
    client.force_login(person)
    assert_public_page_reads_in_khmer(client.get("/km/accounts/"), content_words(person))


@pytest.mark.django_db
def test_preview_banner_and_page_read_in_khmer(client):
    coordinator = make_member("Coordinator", first_name="សុផល", last_name="កែវ")
    practice = make_ready_practice(Stage.DOCUMENTING)
    client.force_login(coordinator)
    response = client.get(f"/km/preview/{practice.pk}/")
    assert 'class="preview-banner"' in response.content.decode()
    content = [coordinator, practice, *practice.units.all(), *practice.themes.all()]
    assert_public_page_reads_in_khmer(response, content_words(*content))


@pytest.mark.django_db
def test_api_tokens_and_the_api_page_read_in_khmer(client):
    from practices.api import tokens

    person = make_member("Partner", first_name="សុភា", last_name="ជា")
    tokens.create(person, "ព្រឹត្តិបត្រ")
    client.force_login(person)
    made = client.post("/km/accounts/tokens/", {"name": "ព្រឹត្តិបត្រ"})
    key = re.search(r'<code id="new-token">([^<]+)</code>', made.content.decode())[1]
    # The key and its first characters are the person's data, not interface words.
    assert_public_page_reads_in_khmer(made, content_words(person) | {key, key[:8]})
    # API names, headers and formats stay as a program spells them.
    names = {"API", "JSON", "OpenAPI", "ETag", "Last", "Modified", "If", "None", "Match"}
    names |= {"Authorization", "Token", "network", "page", "size"}
    assert_public_page_reads_in_khmer(client.get("/km/api/"), names)


@pytest.mark.django_db
def test_open_data_page_reads_in_khmer(client):
    # The standard's, the formats' and the licence's own names, and the file names to fetch.
    names = {"Frictionless", "Data", "ZIP", "Creative", "Commons", "CC", "BY", "datapackage"}
    names |= {"json", "practices", "themes", "places", "partners", "codelists", "codebook", "csv"}
    # The citation line is the coordinator's text, in English by default.
    from practices.models import OpenDataTerms

    names |= set(re.findall(r"[A-Za-z][A-Za-z’']+", OpenDataTerms.current().citation_text))
    assert_public_page_reads_in_khmer(client.get("/km/open-data/"), names)


@pytest.mark.django_db
def test_statistics_page_reads_in_khmer(client, admin_units):
    from tests.factories import make_event, make_practice, make_replication

    # Replications from a province and from abroad, to a province and abroad, and an event
    # with participants: every chart, the map's lines and their table have something.
    kampot = make_practice(units=[admin_units.get(code="070101")])
    make_replication(sources=[kampot], unit=admin_units.get(code="020101"), stage="planning")
    make_replication(sources=[make_practice(country="PH")], unit=admin_units.get(code="070102"))
    make_replication(sources=[kampot], unit=None, country="ID", place_name_en="Surakarta")
    make_event(participants_total=30, participants_women=12)
    html = client.get("/km/statistics/")
    assert "marker-end" in html.content.decode()
    assert_public_page_reads_in_khmer(html, {"CSV"})


KHMER_SECTIONS = ("title", "summary", "context", "activities", "results", "transferability")


@pytest.fixture
def khmer_site(admin_units):
    """A published practice with every part a public page shows: sections, a photo, a
    document, a public contact, a partner, a theme and a commune."""
    from practices.models import Document, Photo
    from practices.search import overview
    from tests.factories import add_partner, image_file, make_partner, make_theme, pdf_file

    practice = make_ready_practice(
        Stage.PUBLISHED,
        slug="seed-bank",
        contact_is_public=True,
        contact_name="សុខ ដារា",
        contact_email="dara@example.org",
        **{f"{field}_km": "ធនាគារគ្រាប់ពូជរបស់ឃុំ។" for field in KHMER_SECTIONS},
    )
    practice.themes.set([make_theme(slug="water", name_km="ទឹក")])
    practice.units.set([admin_units.get(code="020101")])
    partner = add_partner(practice, make_partner(slug="league", name_km="សម្ព័ន្ធ"))
    Photo.objects.create(practice=practice, image=image_file(), caption_km="ឃ្លាំង")
    Document.objects.create(practice=practice, file=pdf_file(), title="របាយការណ៍", language="km")
    overview.rebuild()
    return [partner, *practice.themes.all(), *practice.units.all()]


KHMER_PUBLIC_PAGES = [
    "/km/",
    "/km/practices/",
    "/km/practices/?theme=water&province=02",
    "/km/practices/?q=" + "ធនាគារ",
    "/km/practices/?q=nothingmatches",
    "/km/practices/seed-bank/",
    "/km/practices/seed-bank/replicate/",
    "/km/practices/seed-bank/replicate/sent/",
    "/km/themes/water/",
    "/km/places/02/",
    "/km/places/020101/",
    "/km/partners/league/",
    "/km/nominate/",
    "/km/nominate/thanks/",
    "/km/site-map/",
    "/km/offline/",
    "/km/about/",
    "/km/contact/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", KHMER_PUBLIC_PAGES)
def test_every_khmer_public_page_reads_in_khmer(client, khmer_site, url):
    # A search repeats the reader's own words; a missed search shows them too.
    # The download formats are named as the files are.
    allowed = content_words(*khmer_site) | {"nothingmatches", "PDF", "XML", "CSV", "XLSX", "JSON"}
    assert_public_page_reads_in_khmer(client.get(url), allowed)


@pytest.mark.django_db
def test_the_khmer_not_found_page_reads_in_khmer(client):
    response = client.get("/km/practices/no-such-practice/")
    words = " ".join(english_words(response.content.decode(), PUBLIC_PROPER_NOUNS))
    assert (response.status_code, words) == (404, "")


@pytest.mark.django_db
def test_exchange_pages_read_in_khmer(client, admin_units):
    from tests.factories import make_entry, make_event, make_practice, make_replication

    practice = make_practice(title_en="", summary_en="")
    replication = make_replication(
        sources=[practice],
        title_en="",
        adopter_name_en="",
        unit=admin_units.get(code="0708"),
        plan_taken_over_km="ធនាគារសំរាម",
        outcome_km="សាលាចំនួន ១២",
    )
    entry = make_entry(
        replication, progress="បានចែកធុងសំរាម។", obstacles="ភ្លៀង។", next_steps="បណ្ដុះបណ្ដាល។"
    )
    soon = datetime.date.today() + datetime.timedelta(days=9)
    event = make_event(
        practices=[practice],
        replications=[replication],
        title_en="",
        starts_on=soon,
        unit=admin_units.get(code="07"),
        participants_total=30,
        participants_women=12,
        councils_represented=4,
    )
    content = content_words(practice, replication, entry, event)
    for url in (
        "/km/replications/",
        f"/km/replications/{replication.slug}/",
        "/km/events/",
        f"/km/events/{event.slug}/",
        f"/km/practices/{practice.slug}/",
        "/km/places/07/",
        "/km/",
    ):
        assert_public_page_reads_in_khmer(client.get(url), content)
