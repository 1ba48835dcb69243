"""Revisions of replications and events in the admin: compare them field by field in both
languages, and revert the content only, with a reason, never against a stale page."""

import datetime

import pytest

from practices.models import Event, Replication, ReplicationAssignment, ReplicationStage
from tests.admin_forms import change_form_data, change_url
from tests.factories import make_event, make_member, make_practice, make_replication

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def revision_url(obj, record):
    meta = obj._meta
    return f"/admin/{meta.app_label}/{meta.model_name}/{obj.pk}/revisions/{record.history_id}/"


def revert_data(page, why):
    """The revert form as the page rendered it, with a reason typed in."""
    form = page.context["form"]
    return {"seen": str(form["seen"].value()), "why": why}


def edit(client, obj, **changes):
    """Save `obj`'s change form as an editor would, with `changes`."""
    page = client.get(change_url(obj))
    response = client.post(change_url(obj), change_form_data(page, **changes))
    assert response.status_code == 302, response.context["adminform"].form.errors
    obj.refresh_from_db()


def test_revert_restores_the_content_of_a_replication_and_nothing_else(coordinator_client):
    coach = make_member("Documenter")
    first, second = make_practice(), make_practice()
    replication = make_replication(sources=[first], plan_taken_over_en="Sorting at source.")
    earlier = replication.history.first()
    edit(
        coordinator_client,
        replication,
        title_km="ចំណងជើងថ្មី",
        plan_taken_over_en="Sorting and composting.",
        contact="012 345 678",
        sources=[str(first.pk), str(second.pk)],
        visibility="network",
    )
    ReplicationAssignment.objects.create(replication=replication, user=coach, role="coach")
    Replication.objects.filter(pk=replication.pk).update(stage=ReplicationStage.AGREED)
    before = replication.history.count()

    page = coordinator_client.get(revision_url(replication, earlier))
    response = coordinator_client.post(
        revision_url(replication, earlier), revert_data(page, "The council kept the first plan.")
    )

    assert response.status_code == 302
    replication.refresh_from_db()
    assert (
        replication.title_km,
        replication.plan_taken_over_en,
        replication.contact,
        list(replication.sources.order_by("pk")),
    ) == (earlier.title_km, "Sorting at source.", "", [first])
    assert (replication.stage, replication.visibility) == (ReplicationStage.AGREED, "network")
    assert list(replication.assignments.values_list("user", flat=True)) == [coach.pk]
    latest = replication.history.first()
    assert replication.history.count() == before + 1
    assert latest.history_user == coordinator_client.user
    assert latest.history_change_reason == (
        f"Reverted to {earlier.history_date.astimezone().strftime('%Y-%m-%d %H:%M')}: "
        "The council kept the first plan."
    )


def test_revert_restores_an_event_with_what_it_presented_keeping_its_visibility(
    coordinator_client,
):
    presented, other = make_practice(), make_practice()
    event = make_event(practices=[presented], description_en="A day in Kampot.")
    earlier = event.history.first()
    edit(
        coordinator_client,
        event,
        description_en="Two days in Kampot.",
        starts_on="2026-05-05",
        practices=[str(other.pk)],
        visibility="internal",
    )

    page = coordinator_client.get(revision_url(event, earlier))
    coordinator_client.post(revision_url(event, earlier), revert_data(page, "Wrong dates."))

    event.refresh_from_db()
    assert (
        event.description_en,
        event.starts_on,
        list(event.practices.all()),
        event.visibility,
    ) == ("A day in Kampot.", datetime.date(2026, 5, 4), [presented], "internal")


def test_compare_shows_each_language_field_by_field(coordinator_client):
    replication = make_replication(
        sources=[make_practice()], title_en="Eco-Savers", title_km="សន្សំបៃតង"
    )
    earlier = replication.history.first()
    edit(coordinator_client, replication, title_en="Eco-Savers in Kampot", title_km="សន្សំ")

    response = coordinator_client.get(revision_url(replication, earlier))

    rows = {row["name"]: (row["before"], row["after"]) for row in response.context["rows"]}
    assert rows == {
        "title_km": ("សន្សំបៃតង", "សន្សំ"),
        "title_en": ("Eco-Savers", "Eco-Savers in Kampot"),
    }
    assert "<ins>in Kampot</ins>" in response.content.decode()


def test_compare_two_revisions_offers_no_revert(coordinator_client):
    event = make_event(report_en="Good.")
    first = event.history.first()
    edit(coordinator_client, event, report_en="Very good.")
    second = event.history.first()

    response = coordinator_client.get(f"{revision_url(event, first)}?against={second.pk}")

    assert [row["name"] for row in response.context["rows"]] == ["report_en"]
    assert response.context["form"] is None


def test_a_revert_from_a_stale_page_is_refused_and_keeps_the_reason(coordinator_client):
    replication = make_replication(sources=[make_practice()], outcome_en="Less waste.")
    earlier = replication.history.first()
    edit(coordinator_client, replication, outcome_en="Much less waste.")
    page = coordinator_client.get(revision_url(replication, earlier))
    edit(coordinator_client, replication, outcome_en="Much less waste, and compost.")

    response = coordinator_client.post(
        revision_url(replication, earlier), revert_data(page, "Figures not checked.")
    )

    assert response.status_code == 200
    replication.refresh_from_db()
    assert replication.outcome_en == "Much less waste, and compost."
    form = response.context["form"]
    assert form["why"].value() == "Figures not checked."
    assert form.non_field_errors() == [
        "Someone saved this meanwhile: the differences below are against what is saved now. "
        "Check them, then revert again."
    ]
    # The page now compares with what is saved; sending it again reverts.
    again = coordinator_client.post(
        revision_url(replication, earlier), revert_data(response, "Figures not checked.")
    )
    replication.refresh_from_db()
    assert (again.status_code, replication.outcome_en) == (302, "Less waste.")


@pytest.mark.parametrize(
    ("why", "error"),
    [("  ", "This field is required."), ("x" * 90, "Shorten the reason by 20 characters.")],
)
def test_a_revert_needs_a_short_reason(coordinator_client, why, error):
    event = make_event(report_en="Good.")
    earlier = event.history.first()
    edit(coordinator_client, event, report_en="Very good.")
    page = coordinator_client.get(revision_url(event, earlier))

    response = coordinator_client.post(revision_url(event, earlier), revert_data(page, why))

    assert (response.status_code, response.context["form"].errors["why"]) == (200, [error])
    assert Event.objects.get(pk=event.pk).report_en == "Very good."


@pytest.mark.parametrize("model", ["replication", "event"])
def test_a_revision_that_is_not_one_is_not_found(coordinator_client, model):
    obj = make_replication() if model == "replication" else make_event()
    other = make_replication() if model == "replication" else make_event()
    base = f"/admin/practices/{model}/{obj.pk}"
    addresses = [
        f"{base}/revisions/abc/",
        f"{base}/revisions/999999/",
        f"{base}/revisions/{other.history.first().history_id}/",
        f"{base}/history/abc/",
        f"{base}/history/1x/",
    ]

    # The admin sends an address it does not know to the change page of that "object".
    statuses = [coordinator_client.get(a, follow=True).status_code for a in addresses]

    assert statuses == [404] * 5


def test_the_history_links_each_revision_to_its_comparison(coordinator_client):
    replication = make_replication()
    record = replication.history.first()

    history = coordinator_client.get(f"/admin/practices/replication/{replication.pk}/history/")
    simple = coordinator_client.get(
        f"/admin/practices/replication/{replication.pk}/history/{record.history_id}/"
    )

    assert f'href="{revision_url(replication, record)}"' in history.content.decode()
    assert ">Compare with current</a>" in history.content.decode()
    assert (simple.status_code, simple.url) == (302, revision_url(replication, record))


def test_someone_who_may_only_read_cannot_revert(client):
    event = make_event(report_en="Good.")
    earlier = event.history.first()
    Event.objects.filter(pk=event.pk).update(report_en="Changed.")
    reader = make_member("Coordinator")
    reader.groups.clear()
    from django.contrib.auth.models import Permission

    reader.user_permissions.set([Permission.objects.get(codename="view_event")])
    client.force_login(reader)

    page = client.get(revision_url(event, earlier), headers={"accept-language": "en"})
    refused = client.post(revision_url(event, earlier), {"why": "x", "seen": "1"})

    assert (page.status_code, page.context["form"], refused.status_code) == (200, None, 403)
    assert Event.objects.get(pk=event.pk).report_en == "Changed."
