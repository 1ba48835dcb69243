"""Each role's desk: where they land in the admin and the work waiting for them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from practices.curation import workflow
from practices.models import Assignment, Enquiry, MappingRound, Stage, UndeliveredMail
from tests.factories import make_member, make_practice, make_ready_practice, make_scoring
from tests.html_tables import table_rows

pytestmark = pytest.mark.usefixtures("english")

DESK = "/admin/practices/practice/dashboard/"


def signed_in(client, role):
    user = make_member(role)
    client.force_login(user)
    return user


def assign(practice, user, role):
    return Assignment.objects.create(practice=practice, user=user, role=role)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["Coordinator", "Screener", "Documenter"])
def test_each_role_lands_on_its_desk(english_client, role):
    signed_in(english_client, role)
    response = english_client.get("/admin/")
    assert (response.status_code, response.url) == (302, DESK)


@pytest.mark.django_db
def test_staff_without_a_role_lands_on_every_record_they_may_see(english_client):
    english_client.force_login(make_member("Partner", is_staff=True))
    response = english_client.get("/admin/")
    assert (response.status_code, response.context["desk_url"]) == (200, None)


@pytest.mark.django_db
def test_all_records_stay_a_link_away_from_the_desk(english_client):
    signed_in(english_client, "Screener")
    desk = english_client.get(DESK).content.decode()
    records = english_client.get("/admin/records/")
    assert ('href="/admin/records/"' in desk, records.status_code) == (True, 200)
    assert f'href="{DESK}"' in records.content.decode()
    changelist = english_client.get("/admin/practices/practice/").content.decode()
    assert f'<a class="section" href="{DESK}">Your desk</a>' in changelist


def returned_from_review(note, **overrides):
    practice = make_ready_practice(Stage.IN_REVIEW, **overrides)
    workflow.move(practice, Stage.DOCUMENTING, by=make_member("Coordinator"), note=note)
    return practice


@pytest.mark.django_db
def test_coordinator_desk_lists_nominations_enquiries_and_returns(english_client):
    signed_in(english_client, "Coordinator")
    nominated = make_practice(stage=Stage.MAPPED, is_public_nomination=True, title_en="Nominee")
    make_practice(stage=Stage.SCREENING, is_public_nomination=True)  # already taken further
    make_practice(stage=Stage.MAPPED)  # entered by the team
    published = make_practice(title_en="Water kiosks")
    Enquiry.objects.create(practice=published, name="Sok", organisation="Kampot", contact="1")
    Enquiry.objects.create(
        practice=published,
        name="Dara",
        organisation="Takeo",
        contact="2",
        answered_at=timezone.now(),
    )
    back = returned_from_review("Add the figures.", title_en="Back again")
    response = english_client.get(DESK)
    context = response.context
    assert (context["nominations"]["count"], context["nominations"]["items"]) == (1, [nominated])
    assert [(e.organisation, e.practice) for e in context["enquiries"]["items"]] == [
        ("Kampot", published)
    ]
    assert [(p, p.move_note) for p in context["returned"]["items"]] == [(back, "Add the figures.")]
    html = response.content.decode()
    assert (
        "1 new public nomination" in html,
        "1 unanswered replication enquiry" in html,
        "Add the figures." in html,
    ) == (True, True, True)


@pytest.mark.django_db
def test_screener_desk_lists_candidates_still_to_score(english_client):
    screener = signed_in(english_client, "Screener")
    waiting = make_ready_practice(Stage.SCREENING, title_en="Waiting")
    draft = make_ready_practice(Stage.SCREENING, title_en="Draft")
    done = make_ready_practice(Stage.SCREENING, title_en="Done")
    not_yet = make_ready_practice(Stage.MAPPED, title_en="Not in screening")
    make_ready_practice(Stage.SCREENING, title_en="Someone else's")
    for practice in (waiting, draft, done, not_yet):
        assign(practice, screener, Assignment.Role.SCREENER)
    make_scoring(draft, screener, submitted=False)
    make_scoring(done, screener)
    response = english_client.get(DESK)
    items = response.context["to_score"]["items"]
    assert [(p, p.has_draft) for p in items] == [(waiting, False), (draft, True)]
    rows = [row[:2] for row in table_rows(response, "to-score")]
    assert rows == [["Waiting", "Score"], ["Draft", "Continue scoring"]]
    html = response.content.decode()
    assert f'href="/admin/practices/practice/{waiting.pk}/score/"' in html
    assert ("rounds" in response.context, "Mapping rounds" in html) == (False, False)


@pytest.mark.django_db
def test_documenter_desk_lists_practices_to_write_with_what_is_written(english_client):
    documenter = signed_in(english_client, "Documenter")
    fresh = make_ready_practice(Stage.DOCUMENTING, title_en="Fresh", context_en="", results_en="")
    back = returned_from_review("Add the figures.", title_en="Back")
    published = make_ready_practice(Stage.PUBLISHED)
    for practice in (fresh, back, published):
        assign(practice, documenter, Assignment.Role.DOCUMENTER)
    response = english_client.get(DESK)
    rows = table_rows(response, "to-write")
    assert rows == [
        ["Fresh", "Khmer 6/16, English 4/16", ""],
        ["Back", "Khmer 6/16, English 6/16", "Returned with comments: Add the figures."],
    ]
    assert "rounds" not in response.context


def fill_desks(coordinator, screener, documenter, n):
    round_ = MappingRound.objects.create(name=f"Round {n}")
    for _i in range(n):
        make_practice(stage=Stage.MAPPED, is_public_nomination=True, mapping_round=round_)
        practice = make_practice()
        Enquiry.objects.create(practice=practice, name="Sok", organisation="Kampot", contact="1")
        returned_from_review("Redo.")
        assign(make_ready_practice(Stage.SCREENING), screener, Assignment.Role.SCREENER)
        assign(make_ready_practice(Stage.DOCUMENTING), documenter, Assignment.Role.DOCUMENTER)
        assign(returned_from_review("Redo."), documenter, Assignment.Role.DOCUMENTER)
        UndeliveredMail.objects.create(
            subject="[GLGP] Ready", recipients="a@example.org", body="", attempts=5, error="E"
        )


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["Coordinator", "Screener", "Documenter"])
def test_desk_makes_the_same_queries_for_1_and_3_items(
    english_client, role, django_assert_num_queries
):
    users = {name: make_member(name) for name in ("Coordinator", "Screener", "Documenter")}
    english_client.force_login(users[role])
    fill_desks(users["Coordinator"], users["Screener"], users["Documenter"], 1)
    with CaptureQueriesContext(connection) as one:
        assert english_client.get(DESK).status_code == 200
    fill_desks(users["Coordinator"], users["Screener"], users["Documenter"], 2)
    with django_assert_num_queries(len(one.captured_queries)):
        response = english_client.get(DESK)
    lists = {"Coordinator": "nominations", "Screener": "to_score", "Documenter": "to_write"}
    assert response.context[lists[role]]["count"] == {"Documenter": 6}.get(role, 3)
