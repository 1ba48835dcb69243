"""The coordinator's pipeline figures, from a stage history with known dates."""

import datetime
import io
import zoneinfo

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.models import Criterion, Enquiry, MappingRound, Practice, Stage, StageChange
from practices.statistics import pipeline
from tests.factories import make_member, make_practice, make_scoring

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

PHNOM_PENH = zoneinfo.ZoneInfo("Asia/Phnom_Penh")
NOW = datetime.datetime(2026, 6, 1, 12, tzinfo=PHNOM_PENH)
PAGE = "/admin/practices/practice/pipeline/"
WORKBOOK = "/admin/practices/practice/pipeline.xlsx"
S = Stage


def day(text):
    """Noon in Phnom Penh on a day written 2025-01-31."""
    return datetime.datetime.fromisoformat(text).replace(hour=12, tzinfo=PHNOM_PENH)


def with_history(steps, **fields):
    """A practice that went through `steps` [(stage, "YYYY-MM-DD"), ...], in the last of them."""
    practice = make_practice(stage=steps[-1][0], **fields)
    previous = ""
    for to, when in steps:
        change = StageChange.objects.create(practice=practice, from_stage=previous, to_stage=to)
        StageChange.objects.filter(pk=change.pk).update(at=day(when))
        previous = to
    return practice


def score(practice, *values):
    """One submitted scoring per value, each giving that value on every criterion."""
    for value in values:
        make_scoring(
            practice, make_member("Screener"), dict.fromkeys(Criterion.objects.all(), value)
        )


def enquiry(practice, received, answered=None):
    made = Enquiry.objects.create(
        practice=practice, name="Sok", organisation="Council", contact="a@example.org", message="?"
    )
    Enquiry.objects.filter(pk=made.pk).update(
        created_at=day(received), answered_at=day(answered) if answered else None
    )


@pytest.fixture
def world():
    """Five candidates over two years and two rounds, with scorings and enquiries.

    p1 went all the way; p2 was not selected; p3 went back from review once, was published and
    then archived; p4 is still mapped and p5 still in screening.
    """
    r1 = MappingRound.objects.create(name="2025 call", starts_on=datetime.date(2025, 1, 1))
    r2 = MappingRound.objects.create(name="2026 call", starts_on=datetime.date(2026, 1, 1))
    p1 = with_history(
        [
            (S.MAPPED, "2025-01-01"),
            (S.SCREENING, "2025-01-11"),  # 10 days mapped
            (S.SELECTED, "2025-02-10"),  # 30 days in screening
            (S.DOCUMENTING, "2025-02-20"),  # 10 days selected
            (S.IN_REVIEW, "2025-03-22"),  # 30 days documenting
            (S.PUBLISHED, "2025-04-01"),  # 10 days in review
        ],
        mapping_round=r1,
        title_en="All the way",
    )
    p2 = with_history(
        [(S.MAPPED, "2025-01-01"), (S.SCREENING, "2025-01-21"), (S.NOT_SELECTED, "2025-02-20")],
        mapping_round=r1,
    )
    p3 = with_history(
        [
            (S.MAPPED, "2025-02-01"),
            (S.SCREENING, "2025-02-06"),  # 5
            (S.SELECTED, "2025-02-16"),  # 10
            (S.DOCUMENTING, "2025-02-28"),  # 12
            (S.IN_REVIEW, "2025-03-30"),  # 30 documenting
            (S.DOCUMENTING, "2025-04-04"),  # 5 in review
            (S.IN_REVIEW, "2025-04-14"),  # 10 more documenting: 40
            (S.PUBLISHED, "2025-04-16"),  # 2 more in review: 7
            (S.ARCHIVED, "2025-05-01"),
        ],
        mapping_round=r1,
        title_en="Back and forth",
    )
    p4 = with_history([(S.MAPPED, "2026-01-01")], mapping_round=r2, title_en="Waiting")
    p5 = with_history([(S.MAPPED, "2026-03-01"), (S.SCREENING, "2026-03-11")], title_en="Scored")
    score(p1, 4, 5)  # 75 and 100
    score(p2, 2, 3)  # 25 and 50
    score(p3, 5)  # 100
    score(p5, 3, 3, 3)  # 50 three times
    make_scoring(
        p4, make_member("Screener"), dict.fromkeys(Criterion.objects.all(), 1), submitted=False
    )
    enquiry(p1, "2025-05-01", "2025-05-03")
    enquiry(p1, "2025-06-01", "2025-06-11")
    enquiry(p1, "2025-07-01")
    enquiry(p3, "2026-01-10", "2026-01-14")
    return {"r1": r1, "r2": r2, "p1": p1, "p2": p2, "p3": p3, "p4": p4, "p5": p5}


def funnel_of(steps):
    return [(s.code, s.count, s.of_previous, s.of_mapped) for s in steps]


def counts(steps):
    return [s.count for s in steps]


def test_funnel_counts_every_step_a_practice_passed(world):
    found = pipeline.figures(Practice.objects.all(), now=NOW)
    assert funnel_of(found.funnel) == [
        ("mapped", 5, None, None),
        ("screened", 4, 80, 80),
        ("selected", 2, 50, 40),
        ("documented", 2, 100, 40),
        ("published", 2, 100, 40),
    ]
    assert [(year, counts(steps)) for year, steps in found.by_year] == [
        (2025, [3, 3, 2, 2, 2]),
        (2026, [2, 1, 0, 0, 0]),
    ]
    assert [(r, counts(steps)) for r, steps in found.by_round] == [
        (world["r2"], [1, 0, 0, 0, 0]),
        (world["r1"], [3, 3, 2, 2, 2]),
        (None, [1, 1, 0, 0, 0]),
    ]
    assert found.years == [2025, 2026]


def test_a_practice_without_history_counts_at_its_stage():
    make_practice(stage=Stage.PUBLISHED)
    found = pipeline.figures(Practice.objects.all(), now=NOW)
    assert counts(found.funnel) == [1, 1, 1, 1, 1]
    assert [t.practices for t in found.times] == [0, 0, 0, 0, 0, 0]


def times_of(found):
    return [
        (t.stage, t.practices, t.still, t.median, t.longest, t.longest_pk, t.longest_still)
        for t in found.times
    ]


def test_time_in_each_stage_counts_time_so_far_and_returns(world):
    w = world
    found = pipeline.figures(Practice.objects.all(), now=NOW)
    assert times_of(found) == [
        # 5, 10, 10, 20 and 151 days (p4, still mapped on 1 June 2026)
        (S.MAPPED, 5, 1, 10.0, 151.0, w["p4"].pk, True),
        # 10, 30, 30 and 82 days (p5, in screening since 11 March 2026)
        (S.SCREENING, 4, 1, 30.0, 82.0, w["p5"].pk, True),
        (S.PROMISING, 0, 0, None, None, None, False),
        (S.SELECTED, 2, 0, 11.0, 12.0, w["p3"].pk, False),
        (S.DOCUMENTING, 2, 0, 35.0, 40.0, w["p3"].pk, False),
        (S.IN_REVIEW, 2, 0, 8.5, 10.0, w["p1"].pk, False),
    ]
    assert [t.longest_title for t in found.times] == [
        "Waiting",
        "Scored",
        "",
        "Back and forth",
        "Back and forth",
        "All the way",
    ]


def test_filters_narrow_the_funnel_times_and_scores_to_a_year_and_a_round(world):
    found = pipeline.figures(Practice.objects.all(), year=2025, now=NOW)
    assert counts(found.funnel) == [3, 3, 2, 2, 2]
    assert times_of(found)[0] == (S.MAPPED, 3, 0, 10.0, 20.0, world["p2"].pk, False)
    assert found.agreement == pipeline.Agreement(practices=2, mean_spread=25.0, agreeing=1)
    by_round = pipeline.figures(Practice.objects.all(), round_=world["r2"], now=NOW)
    assert funnel_of(by_round.funnel)[:2] == [("mapped", 1, None, None), ("screened", 0, 0, 0)]
    assert sum(n for _band, n in by_round.scores) == 0
    # The tables by year and by round, and the enquiries, keep every practice.
    assert len(by_round.by_year) == 2
    assert len(by_round.enquiries) == 3


def test_score_bands_and_agreement_of_screeners(world):
    found = pipeline.figures(Practice.objects.all(), now=NOW)
    # Means: p1 87.5, p2 37.5, p3 100, p5 50; p4's scoring is not submitted.
    assert found.scores == [
        ("0–10", 0),
        ("10–20", 0),
        ("20–30", 0),
        ("30–40", 1),
        ("40–50", 0),
        ("50–60", 1),
        ("60–70", 0),
        ("70–80", 0),
        ("80–90", 1),
        ("90–100", 1),
    ]
    # p1, p2 and p5 have two screeners or more; spreads 25, 25 and 0; p2's screeners disagree.
    assert found.agreement == pipeline.Agreement(practices=3, mean_spread=16.7, agreeing=2)
    assert found.agreement.share == 67


def test_enquiries_per_year_received(world):
    found = pipeline.figures(Practice.objects.all(), now=NOW)
    assert [
        (e.year, e.received, e.answered, e.share, e.median, e.longest) for e in found.enquiries
    ] == [
        (2025, 3, 2, 67, 6.0, 10.0),
        (2026, 1, 1, 100, 4.0, 4.0),
        ("All years", 4, 3, 75, 4.0, 10.0),
    ]


# The page and the workbook.


def test_page_shows_the_figures_to_the_coordinator(world, coordinator_client):
    response = coordinator_client.get(PAGE)
    assert response.status_code == 200
    assert funnel_of(response.context["figures"].funnel)[1] == ("screened", 4, 80, 80)
    html = response.content.decode()
    selected = f'<a href="/admin/practices/practice/{world["p3"].pk}/change/">Back and forth</a>'
    assert html.count(selected) == 2  # longest selected and longest documenting
    assert "screeners agree when all of them gave 50 or more" in html


@pytest.mark.parametrize("role", ["Screener", "Documenter"])
def test_page_and_workbook_are_refused_to_other_staff(english_client, role):
    english_client.force_login(make_member(role))
    assert [english_client.get(url).status_code for url in (PAGE, WORKBOOK)] == [403, 403]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("year=twenty", "Give the year in four digits, e.g. 2026."),
        ("year=20255", "Ensure this value is less than or equal to 2100."),
        ("round=abc", "Choose a mapping round from the list."),
        ("round=999999", "Choose a mapping round from the list."),
    ],
)
def test_a_malformed_filter_says_so_and_shows_every_practice(
    world, coordinator_client, query, message
):
    response = coordinator_client.get(f"{PAGE}?{query}")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert counts(response.context["figures"].funnel) == [5, 4, 2, 2, 2]


def test_page_filtered_by_year_and_round(world, coordinator_client):
    response = coordinator_client.get(f"{PAGE}?year=2025&round={world['r1'].pk}")
    assert counts(response.context["figures"].funnel) == [3, 3, 2, 2, 2]
    link = f"{WORKBOOK}?year=2025&amp;round={world['r1'].pk}"
    assert link in response.content.decode()


def read(response):
    """The response, its content read whole (which closes its file)."""
    assert response.status_code == 200
    if response.streaming:
        response.read_content = b"".join(response.streaming_content)
    return response


def workbook(response):
    return openpyxl.load_workbook(io.BytesIO(read(response).read_content))


def sheet_rows(workbook, title):
    return [list(row) for row in workbook[title].iter_rows(values_only=True)]


def test_workbook_holds_one_sheet_per_figure(world, coordinator_client):
    response = coordinator_client.get(f"{WORKBOOK}?year=2025")
    assert response["Content-Disposition"].startswith('attachment; filename="pipeline-figures-')
    assert response["Content-Disposition"].endswith('-mapped-2025.xlsx"')
    book = workbook(response)
    assert book.sheetnames == [
        "Funnel",
        "Funnel by year",
        "Funnel by round",
        "Time in each stage",
        "Screening scores",
        "Agreement of screeners",
        "Enquiries",
    ]
    assert sheet_rows(book, "Funnel") == [
        ["Step", "Practices", "Share of the step before (%)", "Share of those mapped (%)"],
        ["Mapped", 3, None, None],
        ["Screened", 3, 100, 100],
        ["Selected", 2, 67, 67],
        ["Documented", 2, 100, 67],
        ["Published", 2, 100, 67],
    ]
    assert sheet_rows(book, "Funnel by year")[1:] == [
        [2025, 3, 3, 100, 2, 67, 2, 100, 2, 100],
        [2026, 2, 1, 50, 0, 0, 0, None, 0, None],
    ]
    assert sheet_rows(book, "Funnel by round")[1:] == [
        ["2026 call", 1, 0, 0, 0, None, 0, None, 0, None],
        ["2025 call", 3, 3, 100, 2, 67, 2, 100, 2, 100],
        ["No mapping round", 1, 1, 100, 0, 0, 0, None, 0, None],
    ]
    assert sheet_rows(book, "Time in each stage")[4] == [
        "Selected",
        2,
        0,
        11.0,
        12.0,
        "Back and forth",
        "no",
    ]
    assert sheet_rows(book, "Agreement of screeners")[1:] == [
        ["Candidates scored by two screeners or more", 2],
        ["Mean spread between screeners (points out of 100)", 25],
        ["Candidates on which the screeners agree", 1],
        ["Share on which the screeners agree (%)", 50],
    ]
    assert sheet_rows(book, "Enquiries") == [
        [
            "Year received",
            "Received",
            "Answered",
            "Share answered (%)",
            "Median time to answer (days)",
            "Longest time to answer (days)",
        ],
        ["2025", 3, 2, 67, 6, 10],
        ["2026", 1, 1, 100, 4, 4],
        ["All years", 4, 3, 75, 4, 10],
    ]


def test_workbook_headers_in_khmer(world, client):
    user = make_member("Coordinator")
    client.force_login(user)
    response = client.get(WORKBOOK, HTTP_ACCEPT_LANGUAGE="km")
    book = workbook(response)
    header = sheet_rows(book, book.sheetnames[0])[0]
    assert all(any("\u1780" <= ch <= "\u17ff" for ch in cell) for cell in header)


def fill(n):
    """n practices through screening with two scorings, and n enquiries, one answered."""
    for _ in range(n):
        practice = with_history(
            [(S.MAPPED, "2025-01-01"), (S.SCREENING, "2025-01-05"), (S.SELECTED, "2025-02-01")]
        )
        score(practice, 3, 4)
        enquiry(practice, "2025-03-01", "2025-03-02")
        enquiry(practice, "2025-03-01")


@pytest.mark.parametrize("url", [PAGE, WORKBOOK])
def test_queries_do_not_grow_with_the_practices(coordinator_client, url, django_assert_num_queries):
    fill(1)
    with CaptureQueriesContext(connection) as one:
        read(coordinator_client.get(url))
    fill(2)
    with django_assert_num_queries(len(one.captured_queries)):
        response = read(coordinator_client.get(url))
    if url == PAGE:
        assert counts(response.context["figures"].funnel) == [3, 3, 3, 0, 0]


@pytest.mark.parametrize(("role", "links"), [("Coordinator", 1), ("Screener", 0)])
def test_the_coordinator_s_desk_links_the_figures(english_client, role, links):
    english_client.force_login(make_member(role))
    html = english_client.get("/admin/practices/practice/dashboard/").content.decode()
    assert html.count(f'<a href="{PAGE}">Pipeline figures</a>') == links


def test_khmer_page_writes_its_figures_in_khmer_numerals(world, client):
    client.force_login(make_member("Coordinator"))
    html = client.get(PAGE, HTTP_ACCEPT_LANGUAGE="km").content.decode()
    assert '<th scope="row">៣០–៤០</th><td>១</td>' in html  # p2's band
    assert '<th scope="row">បានពិនិត្យជ្រើសរើស</th><td>៤</td><td>៨០%</td><td>៨០%</td>' in html
    assert "<td>៣៥.០</td>" in html  # the median stay in documenting, in days
