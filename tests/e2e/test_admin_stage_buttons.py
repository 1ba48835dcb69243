"""End-to-end: a documenter types a section and presses a stage button, in Chromium.

The text is saved with the move when the write-up is complete, and is still in the fields
beside the refusal when it is not. A practice with a photo is saved from the browser.
"""

import pytest

from tests.e2e.browser import DESKTOP, new_context

pytestmark = [
    pytest.mark.e2e,
    # The roles' groups come from data migrations, which a live server's flush empties:
    # browser_page makes them again.
    pytest.mark.django_db(transaction=True),
    pytest.mark.needs("chromium"),
]
PASSWORD = "pw-for-tests-only"
LESSONS_KM = "ចាប់ផ្ដើមតូច ហើយពង្រីកជាបណ្ដើរៗ។"
LESSONS_EN = "Start small and grow step by step."


@pytest.fixture
def browser_page(live_server, running_chromium):
    return new_context(running_chromium, locale="en-US", viewport=DESKTOP).new_page()


def assigned_practice(**overrides):
    from practices.models import Assignment, Photo, Stage
    from tests.factories import image_file, make_member, make_ready_practice

    practice = make_ready_practice(Stage.DOCUMENTING, **overrides)
    Photo.objects.create(practice=practice, image=image_file(), caption_en="The kiosk")
    documenter = make_member("Documenter")
    Assignment.objects.create(practice=practice, user=documenter, role="documenter")
    return practice, documenter


def log_in(page, site, user):
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.press("#id_password", "Enter")
    page.wait_for_url(f"{site}/admin/practices/practice/dashboard/")


def type_lessons_and_submit(page, site, practice):
    page.goto(f"{site}/admin/practices/practice/{practice.pk}/change/")
    page.fill("#id_lessons_km", LESSONS_KM)
    page.fill("#id_lessons_en", LESSONS_EN)
    page.click("button[name=_move_to][value=in_review]")
    page.wait_for_load_state()


@pytest.fixture
def complete(admin_units):
    return assigned_practice()


@pytest.fixture
def incomplete(admin_units):
    return assigned_practice(results_km="")


def test_complete_write_up_is_saved_and_moved(complete, browser_page, live_server):
    from practices.models import Practice, Stage

    practice, documenter = complete
    log_in(browser_page, live_server.url, documenter)
    type_lessons_and_submit(browser_page, live_server.url, practice)
    message = browser_page.locator(".messagelist").text_content().strip()
    assert message == "Title (en) is now “In review”."  # the admin capitalises its messages
    saved = Practice.objects.get(pk=practice.pk)
    assert (saved.stage, saved.lessons_km, saved.lessons_en) == (
        Stage.IN_REVIEW,
        LESSONS_KM,
        LESSONS_EN,
    )


def test_refused_move_keeps_the_typed_text(incomplete, browser_page, live_server):
    from practices.models import Practice, Stage

    practice, documenter = incomplete
    log_in(browser_page, live_server.url, documenter)
    type_lessons_and_submit(browser_page, live_server.url, practice)
    page = browser_page
    assert page.locator(".errorlist.nonfield").inner_text() == (
        "This practice cannot go to “In review” yet. Missing: results and impact in Khmer"
    )
    assert (page.input_value("#id_lessons_km"), page.input_value("#id_lessons_en")) == (
        LESSONS_KM,
        LESSONS_EN,
    )
    saved = Practice.objects.get(pk=practice.pk)
    assert (saved.stage, saved.lessons_km, saved.lessons_en) == (Stage.DOCUMENTING, None, None)


@pytest.fixture
def coordinator_and_practice(admin_units):
    from tests.factories import make_member

    practice, _documenter = assigned_practice()
    return make_member("Coordinator"), practice


def test_practice_with_a_photo_saves_from_the_browser(
    coordinator_and_practice, browser_page, live_server
):
    from practices.models import Practice

    coordinator, practice = coordinator_and_practice
    site, page = live_server.url, browser_page
    log_in(page, site, coordinator)
    page.goto(f"{site}/admin/practices/practice/{practice.pk}/change/")
    page.fill("#id_title_en", "Water kiosks run by the commune")
    page.fill("#id_photos-0-caption_en", "The kiosk at the market")
    page.click("input[name=_save]")
    page.wait_for_url(f"{site}/admin/practices/practice/")
    saved = Practice.objects.get(pk=practice.pk)
    assert (saved.title_en, saved.photos.get().caption_en, saved.version) == (
        "Water kiosks run by the commune",
        "The kiosk at the market",
        practice.version + 1,
    )
