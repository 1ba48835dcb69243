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


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext is not installed")
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


# The feeds' and the calendar's formats, and the link to the English site, named in English
# for its reader.
PUBLIC_PROPER_NOUNS = {"Atom", "RSS", "iCalendar", "English"}


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
