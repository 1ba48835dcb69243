import pytest
from django.core import mail
from django.db import transaction

from practices.curation import workflow
from practices.models import Assignment, Stage
from tests.factories import make_member, make_ready_practice

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def _coordinators_shared_address(settings):
    """Coordinators' notices also go to the address the settings name."""
    settings.COORDINATOR_EMAILS = ["desk@example.org"]


@pytest.fixture
def coordinator(db):
    return make_member("Coordinator", email="coordinator@example.org")


@pytest.mark.django_db
def test_submission_mails_coordinators_only_on_commit(
    coordinator, django_capture_on_commit_callbacks
):
    documenter = make_member("Documenter")
    practice = make_ready_practice(Stage.DOCUMENTING, title_en="Water kiosks")
    Assignment.objects.create(practice=practice, user=documenter, role="documenter")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        workflow.move(practice, Stage.IN_REVIEW, by=documenter)
    assert mail.outbox == []
    for callback in callbacks:
        callback()
    assert [(m.subject, sorted(m.to)) for m in mail.outbox] == [
        (
            "[GLGP] Ready for review: “Water kiosks”",
            ["coordinator@example.org", "desk@example.org"],
        )
    ]


@pytest.mark.django_db
def test_return_mails_the_documenter_with_the_comments(
    coordinator, django_capture_on_commit_callbacks
):
    documenter = make_member("Documenter", email="doc@example.org")
    practice = make_ready_practice(Stage.IN_REVIEW, title_en="Water kiosks")
    Assignment.objects.create(practice=practice, user=documenter, role="documenter")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.move(practice, Stage.DOCUMENTING, by=coordinator, note="Add the figures.")
    assert [(m.subject, m.to) for m in mail.outbox] == [
        ("[GLGP] Returned with comments: “Water kiosks”", ["doc@example.org"])
    ]
    assert "Add the figures." in mail.outbox[0].body


@pytest.mark.django_db
def test_assignment_mails_the_assignee(coordinator, django_capture_on_commit_callbacks):
    screener = make_member("Screener", email="screener@example.org")
    practice = make_ready_practice(Stage.SCREENING, title_en="Water kiosks")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.assign(practice, screener, Assignment.Role.SCREENER, by=coordinator)
        workflow.assign(practice, screener, Assignment.Role.SCREENER, by=coordinator)
    assert [(m.subject, m.to) for m in mail.outbox] == [
        ("[GLGP] You were assigned to “Water kiosks”", ["screener@example.org"])
    ]


def move_then_fail(practice, by):
    with transaction.atomic():
        workflow.move(practice, Stage.IN_REVIEW, by=by)
        raise RuntimeError("something later failed")


@pytest.mark.django_db
def test_rolled_back_step_sends_nothing(coordinator, django_capture_on_commit_callbacks):
    documenter = make_member("Documenter")
    practice = make_ready_practice(Stage.DOCUMENTING)
    Assignment.objects.create(practice=practice, user=documenter, role="documenter")
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
    ):
        move_then_fail(practice, documenter)
    assert (callbacks, mail.outbox) == ([], [])
    assert practice.stage_changes.count() == 0


@pytest.mark.django_db
def test_enquiry_mails_the_coordinator_group_with_an_absolute_link(
    coordinator, client, settings, django_capture_on_commit_callbacks
):
    from practices.models import Enquiry
    from tests.factories import make_practice

    settings.SITE_URL = "https://glgp.example.org/"
    practice = make_practice(slug="kiosks", title_km="ក្អមទឹក")
    form = {"name": "Sok", "organisation": "Kampot", "contact": "012 345", "message": "How?"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/practices/kiosks/replicate/", form)
    enquiry = Enquiry.objects.get()
    # Written in the site's language, Khmer, whatever the enquirer's.
    assert [(practice.title_km in m.subject, sorted(m.to)) for m in mail.outbox] == [
        (True, ["coordinator@example.org", "desk@example.org"])
    ]
    link = f"https://glgp.example.org/admin/practices/enquiry/{enquiry.pk}/change/"
    assert mail.outbox[0].body.splitlines()[-1] == link


@pytest.mark.django_db
def test_nomination_with_a_line_break_in_its_title_is_still_mailed(
    coordinator, client, admin_units, settings, django_capture_on_commit_callbacks
):
    from practices.models import Practice
    from tests.factories import make_theme

    settings.SITE_URL = "https://glgp.example.org"
    nomination = {
        "title": "Clean market\r\ndays",
        "province": admin_units.get(code="07").pk,
        "place": "Kampong Bay",
        "theme": make_theme(name_en="Waste").pk,
        "description": "Vendors sweep together every Friday; the council collects the waste.",
        "nominator_kind": "citizen",
        "nominator_name": "Srey Mom",
        "email": "mom@example.org",
    }
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/nominate/", nomination)
    practice = Practice.objects.get()
    assert [(m.subject, sorted(m.to)) for m in mail.outbox] == [
        (
            "[GLGP] New public nomination: “Clean market days”",
            ["coordinator@example.org", "desk@example.org"],
        )
    ]
    link = f"https://glgp.example.org/admin/practices/practice/{practice.pk}/change/"
    assert link in mail.outbox[0].body.splitlines()
