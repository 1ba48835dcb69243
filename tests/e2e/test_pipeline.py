"""End-to-end: the whole curation pipeline in Chromium, with accounts made by invitation.

A superuser invites the coordinator; the coordinator invites a screener and a documenter. Then,
each in their own browser: quick entry of a candidate, screening with a score, selection,
documenting in both languages with a photo and a document, submission, return with a comment,
the fix, publication, the practice found on the public site, and an edit after publication,
photo and all. Every page runs under the real Content-Security-Policy.
"""

import io
import re
import time

import pytest
from django.core import mail
from PIL import Image

from tests.e2e.browser import DESKTOP, new_context, watched

pytestmark = [
    pytest.mark.e2e,
    # The roles' groups and the criteria come from data migrations: the fixture makes them.
    pytest.mark.django_db(transaction=True),
    pytest.mark.needs("chromium"),
]
PASSWORD = "a-long-pass-phrase-2026"
TITLE_EN = "Market stalls cleaned by the vendors' own committee"
TITLE_KM = "គណៈកម្មាធិការអ្នកលក់ដូរសម្អាតផ្សារដោយខ្លួនឯង"
DESK = "/admin/practices/practice/dashboard/"
SECTIONS = ("summary", "context", "activities", "results", "transferability")


@pytest.fixture
def superuser(admin_units):

    from tests.factories import make_theme, make_user

    make_theme(slug="markets", name_en="Markets and local economy", name_km="ផ្សារ និងសេដ្ឋកិច្ចមូលដ្ឋាន")
    return make_user("nlcs-admin", is_staff=True, is_superuser=True, email="it@nlcs.example")


@pytest.fixture
def browser(superuser, live_server, running_chromium):
    return running_chromium


def new_page(browser):
    return watched(new_context(browser, locale="en-GB", viewport=DESKTOP).new_page())


def sign_in(page, site, username, password=PASSWORD):
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.press("#id_password", "Enter")
    page.wait_for_url(f"{site}{DESK}")


def invite(page, site, first, last, email, role):
    page.goto(f"{site}/admin/auth/user/add/")
    page.fill("#id_first_name", first)
    page.fill("#id_last_name", last)
    page.fill("#id_email", email)
    page.select_option("#id_role", role)
    page.select_option("#id_language", "en")
    page.get_by_role("button", name="Send the invitation").click()
    page.wait_for_url(f"{site}/admin/auth/user/")


def accept_invitation(browser, site, email):
    """Open the link of the last mail sent to `email`, choose a password: a signed-in page."""
    [message] = [m for m in mail.outbox if m.to == [email]]
    path = re.search(r"https?://[^/\s]+(/\S+)", message.body).group(1)
    page = new_page(browser)
    page.goto(site + path)
    page.fill("#id_new_password1", PASSWORD)
    page.fill("#id_new_password2", PASSWORD)
    page.get_by_role("button", name="Set my password").click()
    page.wait_for_url(f"{site}{DESK}")
    return page


def change_page(page, site, practice_id):
    page.goto(f"{site}/admin/practices/practice/{practice_id}/change/")


def move(page, stage, note=""):
    if note:
        page.fill("#id_move_note", note)
    page.click(f"button[name=_move_to][value={stage}]")
    page.wait_for_load_state()


def stage_of(page):
    return page.locator(".curation h2").first.inner_text()


def add_inline_row(page, group):
    page.locator(f"#{group}-group .add-row a").click()


def pick_place(page, name):
    page.locator("#id_units + .select2 .select2-selection").click()
    page.fill(".select2-search__field", name)
    page.locator(".select2-results__option--highlighted").wait_for()
    page.press(".select2-search__field", "Enter")


def image_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


def pdf_bytes():
    from pypdf import PdfWriter

    writer, buffer = PdfWriter(), io.BytesIO()
    writer.add_blank_page(width=200, height=200)
    writer.write(buffer)
    return buffer.getvalue()


def write_up(page, suffix=""):
    for section in SECTIONS:
        page.fill(f"#id_{section}_en", f"The {section} of the vendors' committee{suffix}.")
        page.fill(f"#id_{section}_km", f"ផ្នែក {section} របស់គណៈកម្មាធិការ{suffix}។")
    page.fill("#id_contact_name_km", "ជា សុភា")
    page.fill("#id_contact_name_en", "Chea Sophea")
    page.fill("#id_contact_email", "sophea@commune.example")


def test_from_invitation_to_publication_and_an_edit_after_it(browser, live_server):
    from practices.models import Practice, Stage

    site, started = live_server.url, time.monotonic()
    steps = []

    # 1. Accounts: the superuser invites the coordinator, who invites the other two.
    admin = new_page(browser)
    sign_in(admin, site, "nlcs-admin", "pw-for-tests-only")
    invite(admin, site, "Dara", "Kim", "dara@nlcs.example", "Coordinator")
    coordinator = accept_invitation(browser, site, "dara@nlcs.example")
    invite(coordinator, site, "Vanna", "Sok", "vanna@nlcs.example", "Screener")
    invite(coordinator, site, "Malis", "Ouk", "malis@nlcs.example", "Documenter")
    screener = accept_invitation(browser, site, "vanna@nlcs.example")
    documenter = accept_invitation(browser, site, "malis@nlcs.example")
    steps.append("three accounts invited and signed in")

    # 2. Quick entry of a candidate, then screening with a screener assigned.
    coordinator.goto(f"{site}/admin/practices/practice/add/")
    coordinator.fill("#id_title_km", TITLE_KM)
    coordinator.fill("#id_title_en", TITLE_EN)
    pick_place(coordinator, "Banan")
    coordinator.select_option("#id_themes_from", index=0)
    coordinator.click("#id_themes_add")
    coordinator.fill("#id_summary_en", "Vendors keep their market clean.")
    coordinator.select_option("#id_source", "field_visit")
    coordinator.get_by_role("button", name="Save", exact=True).click()
    coordinator.wait_for_load_state()
    practice = Practice.objects.get(title_en=TITLE_EN)
    assert (practice.stage, practice.units.count(), practice.themes.count()) == ("mapped", 1, 1)
    change_page(coordinator, site, practice.pk)
    move(coordinator, Stage.SCREENING)
    add_inline_row(coordinator, "assignments")
    coordinator.select_option("#id_assignments-0-user", label="Vanna Sok <vanna@nlcs.example>")
    coordinator.select_option("#id_assignments-0-role", "screener")
    for answer in ("is_implemented", "has_run_a_year", "results_verifiable"):
        coordinator.select_option(f"#id_eligibility-0-{answer}", "true")
    coordinator.get_by_role("button", name="Save and continue editing").click()
    coordinator.wait_for_load_state()
    assert practice.assignments.get().user.email == "vanna@nlcs.example"
    steps.append("candidate entered, in screening, screener assigned")

    # 3. The screener finds it on their desk and scores it.
    screener.goto(f"{site}{DESK}")
    screener.get_by_role("link", name="Score", exact=True).click()
    for select in screener.locator("select[name^=value_]").all():
        select.select_option("4")
    screener.get_by_role("button", name="Submit scores").click()
    screener.wait_for_load_state()
    assert practice.scorings.get().submitted_at is not None
    steps.append("scored")

    # 4. Selected, documenting, a documenter assigned.
    change_page(coordinator, site, practice.pk)
    move(coordinator, Stage.SELECTED)
    move(coordinator, Stage.DOCUMENTING)
    add_inline_row(coordinator, "assignments")
    coordinator.select_option("#id_assignments-1-user", label="Malis Ouk <malis@nlcs.example>")
    coordinator.select_option("#id_assignments-1-role", "documenter")
    coordinator.select_option("#id_visibility", "public")
    coordinator.get_by_role("button", name="Save and continue editing").click()
    coordinator.wait_for_load_state()
    practice.refresh_from_db()
    assert (practice.stage, practice.visibility) == (Stage.DOCUMENTING, "public")
    steps.append("selected, documenting, documenter assigned")

    # 5. The documenter writes both languages, adds a photo and a document, and submits.
    documenter.goto(f"{site}{DESK}")
    documenter.locator("#to-write").get_by_role("link", name=TITLE_EN).click()
    write_up(documenter)
    add_inline_row(documenter, "photos")
    documenter.set_input_files(
        "#id_photos-0-image",
        {"name": "market.jpg", "mimeType": "image/jpeg", "buffer": image_bytes()},
    )
    documenter.fill("#id_photos-0-caption_en", "Vendors sweep the aisles at dawn")
    add_inline_row(documenter, "documents")
    documenter.set_input_files(
        "#id_documents-0-file",
        {"name": "rules.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()},
    )
    documenter.fill("#id_documents-0-title", "The committee's rules")
    move(documenter, Stage.IN_REVIEW)
    practice.refresh_from_db()
    assert (practice.stage, practice.photos.count(), practice.documents.count()) == (
        Stage.IN_REVIEW,
        1,
        1,
    )
    assert practice.results_km == "ផ្នែក results របស់គណៈកម្មាធិការ។"
    steps.append("written in both languages with a photo and a document, submitted")

    # 6. Returned with a comment; the documenter fixes and submits again.
    change_page(coordinator, site, practice.pk)
    move(coordinator, Stage.DOCUMENTING, note="Give the number of vendors in the results.")
    documenter.goto(f"{site}{DESK}")
    assert "Give the number of vendors in the results." in documenter.content()
    documenter.locator("#to-write").get_by_role("link", name=TITLE_EN).click()
    documenter.fill("#id_results_en", "All 212 vendors now sweep their own aisles.")
    move(documenter, Stage.IN_REVIEW)
    practice.refresh_from_db()
    assert (practice.stage, practice.results_en) == (
        Stage.IN_REVIEW,
        "All 212 vendors now sweep their own aisles.",
    )
    steps.append("returned with a comment, fixed, submitted again")

    # 7. Published, and found on the public site by a reader who is not signed in.
    change_page(coordinator, site, practice.pk)
    move(coordinator, Stage.PUBLISHED)
    practice.refresh_from_db()
    assert practice.stage == Stage.PUBLISHED
    reader = new_page(browser)
    reader.goto(f"{site}/en/practices/?q=vendors+committee")
    reader.get_by_role("link", name=TITLE_EN).click()
    assert reader.locator("h1").inner_text() == TITLE_EN
    steps.append("published and found on the public site")

    # 8. Edited after publication, photo and all: it saves, and the public page shows it.
    change_page(coordinator, site, practice.pk)
    coordinator.fill("#id_lessons_en", "Let the vendors choose their own rules.")
    coordinator.get_by_role("button", name="Save", exact=True).click()
    coordinator.wait_for_url(f"{site}/admin/practices/practice/")
    practice.refresh_from_db()
    assert (practice.lessons_en, practice.photos.count()) == (
        "Let the vendors choose their own rules.",
        1,
    )
    reader.reload()
    assert "Let the vendors choose their own rules." in reader.locator("main").inner_text()
    steps.append("edited after publication and saved")

    pages = (admin, coordinator, screener, documenter, reader)
    assert [page.csp_violations for page in pages] == [[], [], [], [], []]
    print(f"\n{len(steps)} steps in {time.monotonic() - started:.1f} s: " + "; ".join(steps))
