from types import SimpleNamespace

import pytest

from practices.curation import screening
from practices.models import Assignment, Criterion, Practice, Scoring, Stage
from tests.factories import make_member, make_practice, make_ready_practice, make_scoring

pytestmark = pytest.mark.usefixtures("english")


def criterion(pk, weight):
    return SimpleNamespace(pk=pk, weight=weight)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({1: 5, 2: 1}, 75.0),  # 3 × 4/4 + 1 × 0/4 = 3 of 4 weight points
        ({1: 3, 2: 3}, 50.0),
        ({1: 1, 2: 1}, 0.0),
        ({1: 5, 2: 5}, 100.0),
        ({1: 2, 2: 4}, 37.5),  # 3 × 1/4 + 1 × 3/4 = 1.5 of 4
        ({1: 5}, None),  # a criterion left unscored
    ],
)
def test_weighted_score_by_hand(values, expected):
    assert screening.weighted_score(values, [criterion(1, 3), criterion(2, 1)]) == expected


def seeded():
    return {c.name_en: c for c in Criterion.objects.all()}


@pytest.mark.django_db
def test_seeded_criteria_and_weights():
    assert [(c.name_en, c.weight) for c in Criterion.objects.all()] == [
        ("Impact on people's living conditions", 25),
        ("Transferability", 20),
        ("Sustainability and viability", 15),
        ("Participation and inclusion", 15),
        ("Innovation", 10),
        ("Good governance and gender", 10),
        ("Cost-efficiency", 5),
    ]


@pytest.mark.django_db
def test_ranking_mean_spread_and_order():
    c = seeded()
    # 25×4/4 + 20×3/4 + 15×2/4 + 15×1/4 + 10×0 + 10×4/4 + 5×2/4 = 63.75 of 100
    mixed = dict(
        zip(c.values(), [5, 4, 3, 2, 1, 5, 3], strict=True),
    )
    a = make_practice(stage=Stage.SCREENING, title_en="A")
    make_scoring(a, make_member("Screener"), dict.fromkeys(c.values(), 5))  # 100
    make_scoring(a, make_member("Screener"), dict.fromkeys(c.values(), 3))  # 50
    make_scoring(a, make_member("Screener"), dict.fromkeys(c.values(), 1), submitted=False)
    b = make_practice(stage=Stage.SCREENING, title_en="B")
    make_scoring(b, make_member("Screener"), mixed)
    empty = make_practice(stage=Stage.SCREENING, title_en="C")
    rows = screening.ranked(Practice.objects.filter(stage=Stage.SCREENING))
    assert [(r.practice, r.score, r.complete, r.spread) for r in rows] == [
        (a, 75.0, 2, 50.0),
        (b, 63.8, 1, 0.0),
        (empty, None, 0, None),
    ]


@pytest.mark.django_db
def test_inactive_criteria_do_not_count_and_incomplete_scorings_are_left_out():
    c = seeded()
    practice = make_practice(stage=Stage.SCREENING)
    make_scoring(practice, make_member("Screener"), {c["Transferability"]: 5})
    assert screening.complete_scorings_count(practice) == 0
    Criterion.objects.exclude(name_en="Transferability").update(is_active=False)
    assert screening.complete_scorings_count(practice) == 1


@pytest.fixture
def two_screeners():
    practice = make_ready_practice(Stage.SCREENING)
    Scoring.objects.filter(practice=practice).delete()
    first, second = make_member("Screener"), make_member("Screener")
    for user in (first, second):
        Assignment.objects.create(practice=practice, user=user, role=Assignment.Role.SCREENER)
    return practice, first, second


@pytest.mark.django_db
def test_screener_does_not_see_others_until_own_submitted(two_screeners):
    practice, first, second = two_screeners
    theirs = make_scoring(practice, second)
    assert screening.visible_scorings(first, practice) == []
    draft = make_scoring(practice, first, submitted=False)
    assert screening.visible_scorings(first, practice) == [draft]
    screening.record(practice, first, {}, submit=True)
    assert {s.pk for s in screening.visible_scorings(first, practice)} == {theirs.pk, draft.pk}


@pytest.mark.django_db
def test_screener_blindness_on_the_admin_pages(client, two_screeners):
    practice, first, second = two_screeners
    make_scoring(practice, second, dict.fromkeys(Criterion.objects.all(), 4))
    client.force_login(first)
    for url in (
        f"/admin/practices/practice/{practice.pk}/change/",
        f"/admin/practices/practice/{practice.pk}/score/",
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert list(response.context["scorings"]) == []
        assert str(second) not in response.content.decode()
    assert client.get("/admin/practices/practice/screening/").status_code == 403


def score_post(criteria, value, *, submit, skip=()):
    data = {"comment": "Solid."}
    for c in criteria:
        if c.name_en not in skip:
            data[f"value_{c.pk}"] = str(value)
            data[f"comment_{c.pk}"] = f"On {c.name_en}"
    data["_submit" if submit else "_draft"] = "1"
    return data


@pytest.mark.django_db
def test_score_page_saves_and_submits(client, two_screeners):
    practice, first, _second = two_screeners
    criteria = list(Criterion.objects.all())
    client.force_login(first)
    url = f"/admin/practices/practice/{practice.pk}/score/"
    response = client.post(url, score_post(criteria, 4, submit=True))
    assert response.status_code == 302
    scoring = Scoring.objects.get(practice=practice, screener=first)
    assert scoring.submitted_at is not None
    assert sorted(scoring.scores.values_list("value", flat=True)) == [4] * 7
    assert screening.ranked(Practice.objects.filter(pk=practice.pk))[0].score == 75.0


@pytest.mark.django_db
def test_submitting_an_incomplete_scoring_is_refused_and_keeps_the_input(client, two_screeners):
    practice, first, _second = two_screeners
    criteria = list(Criterion.objects.all())
    client.force_login(first)
    response = client.post(
        f"/admin/practices/practice/{practice.pk}/score/",
        score_post(criteria, 2, submit=True, skip=["Innovation"]),
        headers={"accept-language": "en"},
    )
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "Score every criterion before submitting; missing: Innovation."
    ]
    assert response.context["form"][f"value_{criteria[0].pk}"].value() == "2"
    assert Scoring.objects.filter(screener=first).count() == 0


@pytest.mark.django_db
def test_only_assigned_screeners_score(client):
    practice = make_ready_practice(Stage.SCREENING)
    outsider = make_member("Screener")
    client.force_login(outsider)
    assert client.get(f"/admin/practices/practice/{practice.pk}/score/").status_code == 404
    screener = make_member("Screener")
    Assignment.objects.create(practice=practice, user=screener, role=Assignment.Role.SCREENER)
    client.force_login(screener)
    page = client.get(f"/admin/practices/practice/{practice.pk}/score/")
    assert (page.status_code, page.templates[0].name) == (
        200,
        "admin/practices/practice/score.html",
    )


@pytest.mark.django_db
def test_weighted_totals_summed_in_the_database_equal_weighted_score():
    c = seeded()
    mixed = dict(zip(c.values(), [5, 4, 3, 2, 1, 5, 3], strict=True))
    practice = make_practice(stage=Stage.SCREENING)
    make_scoring(practice, make_member("Screener"), mixed)
    make_scoring(practice, make_member("Screener"), dict.fromkeys(c.values(), 1), submitted=False)
    make_scoring(practice, make_member("Screener"), {c["Transferability"]: 5})  # incomplete
    criteria = screening.active_criteria()
    by_hand = screening.weighted_score({k.pk: v for k, v in mixed.items()}, criteria)
    assert screening.weighted_totals(Scoring.objects.all(), criteria) == [(practice.pk, by_hand)]
    assert by_hand == 63.8
