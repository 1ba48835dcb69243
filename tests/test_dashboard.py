import pytest

from practices.models import MappingRound, Stage
from tests.factories import make_ready_practice

pytestmark = pytest.mark.usefixtures("english")


def practices(n, stage, **overrides):
    return [make_ready_practice(stage, **overrides) for _ in range(n)]


@pytest.mark.django_db
def test_dashboard_counts_and_lists(coordinator_client):
    round_ = MappingRound.objects.create(name="2027 call on waste management")
    screening = practices(2, Stage.SCREENING, mapping_round=round_)
    practices(1, Stage.PUBLISHED, mapping_round=round_)
    response = coordinator_client.get("/admin/practices/practice/dashboard/")
    context = response.context
    counts = dict(context["stages"])
    assert (counts[Stage.SCREENING], counts[Stage.PUBLISHED], counts[Stage.MAPPED]) == (2, 1, 0)
    assert [(r.name, r.n_candidates, r.n_screening, r.n_published) for r in context["rounds"]] == [
        ("2027 call on waste management", 3, 2, 1)
    ]
    assert (context["waiting"]["count"], context["waiting"]["items"]) == (2, screening)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/practices/practice/",
        "/admin/practices/practice/dashboard/",
        "/admin/practices/practice/screening/",
        "/admin/practices/mappinground/",
        "/admin/practices/stagechange/",
    ],
)
def test_list_pages_make_the_same_queries_for_1_and_3_items(
    coordinator_client, url, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    round_ = MappingRound.objects.create(name="Round")
    practices(1, Stage.SCREENING, mapping_round=round_)
    with CaptureQueriesContext(connection) as one:
        assert coordinator_client.get(url).status_code == 200
    practices(2, Stage.SCREENING, mapping_round=round_)
    with django_assert_num_queries(len(one.captured_queries)):
        assert coordinator_client.get(url).status_code == 200


@pytest.mark.django_db
def test_change_page_shows_moves_checklist_and_timeline(coordinator_client):
    from practices.curation import workflow

    practice = make_ready_practice(Stage.IN_REVIEW, summary_km="")
    by = coordinator_client.user
    workflow.move(practice, Stage.DOCUMENTING, by=by, note="Add Khmer summary.")
    response = coordinator_client.get(f"/admin/practices/practice/{practice.pk}/change/")
    context = response.context
    assert [m["to"] for m in context["moves"]] == [Stage.IN_REVIEW, Stage.ARCHIVED]
    assert [str(m) for m in context["missing_to_publish"]] == ["short summary in Khmer"]
    assert [c.note for c in context["review_comments"]] == ["Add Khmer summary."]
    assert "Add Khmer summary." in response.content.decode()


@pytest.mark.django_db
def test_import_template_downloads(coordinator_client):
    response = coordinator_client.get("/admin/practices/practice/import-template.csv")
    assert response.content.decode().splitlines()[0].startswith("title_km,title_en,location")
