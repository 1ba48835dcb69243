"""Replications and events in the admin: forms posted back as sent, the stage buttons, the
logbook, the enquiry that becomes a lead, and the desk's replication lists."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from practices.models import (
    Enquiry,
    Event,
    LogbookEntry,
    Replication,
    ReplicationAssignment,
    ReplicationStage,
)
from tests.admin_forms import change_form_data
from tests.factories import (
    PLAN,
    make_entry,
    make_event,
    make_member,
    make_practice,
    make_replication,
)

pytestmark = pytest.mark.django_db

R = ReplicationStage
DESK = "/admin/practices/practice/dashboard/"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def url(name, *args):
    from django.urls import reverse

    return reverse(f"admin:practices_{name}", args=args)


def stored(model, pk):
    """The row's columns, without the time of the save and modeltranslation's base columns
    (which only mirror the language of the request)."""
    from practices.models import EVENT_TEXT_FIELDS, REPLICATION_TEXT_FIELDS

    skip = {"updated_at", *EVENT_TEXT_FIELDS, *REPLICATION_TEXT_FIELDS}
    row = model.objects.filter(pk=pk).values().get()
    return {key: value for key, value in row.items() if key not in skip}


def get(client, address):
    return client.get(address, headers={"accept-language": "en"})


@pytest.fixture
def coordinator(client):
    user = make_member("Coordinator")
    client.force_login(user)
    client.cookies["django_language"] = "en"  # posts too, whose messages are compared
    return user


def test_a_replication_form_posted_back_unchanged_keeps_everything(client, coordinator):
    source = make_practice()
    replication = make_replication(sources=[source], **PLAN)
    make_entry(replication, is_internal=True)
    page = get(client, url("replication_change", replication.pk))
    before = stored(Replication, replication.pk)
    revisions = replication.history.count()

    response = client.post(url("replication_change", replication.pk), change_form_data(page))

    assert (response.status_code, response.url) == (302, url("replication_changelist"))
    assert stored(Replication, replication.pk) == before
    assert list(Replication.objects.get(pk=replication.pk).sources.all()) == [source]
    assert LogbookEntry.objects.get().is_internal is True
    assert replication.history.count() == revisions + 1  # the admin's save is a revision


def test_the_change_page_shows_both_languages_and_the_plan_per_language(client, coordinator):
    replication = make_replication(**PLAN)
    html = get(client, url("replication_change", replication.pk)).content.decode()
    for field in ("plan_adapted_km", "plan_adapted_en", "outcome_km", "outcome_en"):
        assert f'name="{field}"' in html
    assert "Khmer 2/6 · English 2/6" in html


def test_a_stage_button_moves_and_a_refused_one_changes_nothing(client, coordinator):
    replication = make_replication(stage=R.PLANNING)
    page = get(client, url("replication_change", replication.pk)).content.decode()
    assert 'value="Move to “Implementing”"' in page

    refused = client.post(
        url("replication_move", replication.pk), {"to": R.IMPLEMENTING, "current": R.PLANNING}
    )
    assert Replication.objects.get(pk=replication.pk).stage == R.PLANNING
    messages = [str(m) for m in get(client, refused.url).context["messages"]]
    assert messages == [
        "Write the transfer plan first: at least what is taken over, and the activities and "
        "timeline."
    ]

    Replication.objects.filter(pk=replication.pk).update(**PLAN)
    client.post(
        url("replication_move", replication.pk), {"to": R.IMPLEMENTING, "current": R.PLANNING}
    )
    assert Replication.objects.get(pk=replication.pk).stage == R.IMPLEMENTING


def test_an_assigned_coach_writes_a_logbook_entry_from_the_desk(client):
    coach = make_member("Documenter")
    replication = make_replication(stage=R.IMPLEMENTING)
    ReplicationAssignment.objects.create(replication=replication, user=coach, role="coach")
    client.force_login(coach)
    client.cookies["django_language"] = "en"
    desk = get(client, DESK)
    assert [r.pk for r in desk.context["my_replications"]["items"]] == [replication.pk]

    response = client.post(
        url("replication_logbook", replication.pk),
        {
            "date": "2026-06-01",
            "status": "delayed",
            "progress": "Two schools joined.",
            "obstacles": "Rain.",
            "next_steps": "Train teachers.",
        },
    )

    assert response.status_code == 302
    entry = LogbookEntry.objects.get()
    assert (entry.replication, entry.author, entry.status, entry.progress) == (
        replication,
        coach,
        "delayed",
        "Two schools joined.",
    )


def test_an_unassigned_documenter_cannot_write_the_logbook(client):
    client.force_login(make_member("Documenter"))
    replication = make_replication(stage=R.IMPLEMENTING)
    response = client.post(
        url("replication_logbook", replication.pk), {"date": "2026-06-01", "progress": "X"}
    )
    assert (response.status_code, LogbookEntry.objects.count()) == (404, 0)


def test_a_bad_logbook_date_is_a_clear_error(client, coordinator):
    replication = make_replication()
    response = client.post(
        url("replication_logbook", replication.pk),
        {"date": "not a date", "status": "on_track", "progress": "X"},
    )
    assert (response.status_code, LogbookEntry.objects.count()) == (200, 0)
    assert response.context["form"].errors == {"date": ["Enter a valid date."]}


def test_the_enquiry_action_makes_a_lead_and_opens_it(client, coordinator):
    enquiry = Enquiry.objects.create(
        practice=make_practice(),
        name="Chea Sopheap",
        organisation="Kampong Trach council",
        contact="012 345 678",
        message="How do we start?",
        language="km",
    )
    response = client.post(
        url("enquiry_changelist"), {"action": "make_leads", "_selected_action": [enquiry.pk]}
    )
    lead = Replication.objects.get()
    assert response.url == url("replication_change", lead.pk)
    assert (lead.adopter_name_km, lead.contact_name, lead.enquiry) == (
        "Kampong Trach council",
        "Chea Sopheap",
        enquiry,
    )


def test_the_desk_lists_replications_per_stage_waiting_for_a_plan_and_quiet(
    client, coordinator, settings
):
    settings.REPLICATION_QUIET_DAYS = 90
    no_plan = make_replication(stage=R.AGREED)
    planned = make_replication(stage=R.PLANNING, **PLAN)
    make_entry(planned, date=timezone.localdate() - datetime.timedelta(days=10))
    quiet = make_replication(stage=R.IMPLEMENTING, **PLAN)
    make_entry(quiet, date=timezone.localdate() - datetime.timedelta(days=91))
    make_replication(stage=R.COMPLETED)

    context = get(client, DESK).context

    assert dict(context["replication_stages"])[R.AGREED] == 1
    assert [r.pk for r in context["waiting_for_plan"]["items"]] == [no_plan.pk]
    # The agreed one was never written in and was created today: not yet quiet.
    assert [r.pk for r in context["quiet"]["items"]] == [quiet.pk]


def fill(n):
    for _ in range(n):
        replication = make_replication(stage=R.AGREED)
        make_entry(replication, date=datetime.date(2020, 1, 1))
        make_event(replications=[replication])


@pytest.mark.parametrize("name", ["replication_changelist", "event_changelist"])
def test_admin_lists_make_the_same_queries_for_1_and_3(
    client, coordinator, name, django_assert_num_queries
):
    fill(1)
    with CaptureQueriesContext(connection) as one:
        assert get(client, url(name)).status_code == 200
    fill(2)
    with django_assert_num_queries(len(one.captured_queries)):
        response = get(client, url(name))
    assert response.context["cl"].result_count == 3


def test_desk_replication_lists_make_the_same_queries_for_1_and_3(
    client, coordinator, django_assert_num_queries
):
    fill(1)
    with CaptureQueriesContext(connection) as one:
        get(client, DESK)
    fill(2)
    with django_assert_num_queries(len(one.captured_queries)):
        response = get(client, DESK)
    assert (response.context["quiet"]["count"], response.context["waiting_for_plan"]["count"]) == (
        3,
        3,
    )


def test_an_event_form_posted_back_unchanged_keeps_everything(client, coordinator):
    event = make_event(practices=[make_practice()], participants_total=40, participants_women=22)
    page = get(client, url("event_change", event.pk))
    before = stored(Event, event.pk)
    response = client.post(url("event_change", event.pk), change_form_data(page))
    assert response.status_code == 302
    assert stored(Event, event.pk) == before


def test_more_women_than_participants_is_a_clear_error(client, coordinator):
    event = make_event()
    page = get(client, url("event_change", event.pk))
    data = change_form_data(page, participants_total="10", participants_women="12")
    response = client.post(url("event_change", event.pk), data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "participants_women": ["Women cannot be more than all participants."]
    }
