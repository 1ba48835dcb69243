"""The public pages of knowledge exchange: replications with counted filters, a replication's
page, events, the calendar, the chain of adaptations on practice pages, and the lists beside
places, partners and on the home page."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from practices.models import ReplicationStage
from tests.factories import (
    PLAN,
    make_entry,
    make_event,
    make_partner,
    make_practice,
    make_replication,
    make_theme,
    make_unit,
    public_url,
)

pytestmark = pytest.mark.django_db

R = ReplicationStage
TODAY = timezone.localdate()
SOON = TODAY + datetime.timedelta(days=20)
LAST_YEAR = TODAY - datetime.timedelta(days=365)


def get(client, name, *args, lang="en", **params):
    response = client.get(public_url(name, *args, lang=lang, **params))
    assert response.status_code == 200, response.status_code
    return response


def names(items):
    return [str(item) for item in items]


def test_the_replication_list_counts_each_filter_with_the_others_applied(client, admin_units):
    theme, partner = make_theme(name_en="Waste"), make_partner(name_en="KAS")
    marikina = make_practice(country="PH", themes=[theme], title_en="Eco-Savers")
    solo = make_practice(country="ID", title_en="Street vendors")
    kampot = make_replication(
        sources=[marikina],
        unit=admin_units.get(code="0701"),
        stage=R.IMPLEMENTING,
        partners=[(partner, "coach")],
        title_en="Kampot",
    )
    make_replication(
        sources=[solo],
        unit=admin_units.get(code="120101"),
        stage=R.COMPLETED,
        title_en="Choam Chao",
    )

    browse = get(client, "practices:replications").context["browse"]
    facets = browse.filters.facets
    assert [(v, n) for v, _t, n, _s in facets["stage"]] == [("implementing", 1), ("completed", 1)]
    assert [(v, n) for v, _t, n, _s in facets["province"]] == [("07", 1), ("12", 1)]
    assert [(v, n) for v, _t, n, _s in facets["country"]] == [("ID", 1), ("PH", 1)]
    assert [(v, n) for v, _t, n, _s in facets["theme"]] == [(theme.slug, 1)]
    assert [(v, n) for v, _t, n, _s in facets["partner"]] == [(partner.slug, 1)]

    filtered = get(client, "practices:replications", country="PH").context["browse"]
    assert names(filtered.page.object_list) == [str(kampot)]
    # The country's own options still count every country; the others only the Philippines'.
    assert [(v, n) for v, _t, n, _s in filtered.filters.facets["country"]] == [("ID", 1), ("PH", 1)]
    assert [(v, n) for v, _t, n, _s in filtered.filters.facets["province"]] == [("07", 1)]


def test_an_unknown_filter_is_ignored_and_said_so(client):
    make_replication()
    response = get(client, "practices:replications", stage="nonsense", page="x")
    assert response.context["browse"].filters.ignored is True
    assert "Some choices were not understood and have been ignored." in response.content.decode()
    assert len(response.context["browse"].page.object_list) == 1


def test_a_replication_page_shows_its_plan_public_entries_and_results(client):
    source = make_practice(title_en="Eco-Savers")
    replication = make_replication(
        sources=[source], outcome_en="Twelve schools sort their waste.", **PLAN
    )
    make_entry(replication, progress="Bins delivered.")
    make_entry(replication, progress="Quarrel with the contractor.", is_internal=True)

    page = get(client, "practices:replication", replication.slug)
    html = page.content.decode()

    assert [e.progress for e in page.context["page"].logbook] == ["Bins delivered."]
    assert "Quarrel with the contractor." not in html
    assert ("plan_taken_over (en)" in html, "Twelve schools sort their waste." in html) == (
        True,
        True,
    )
    assert f'href="{source.get_absolute_url()}"' in html


def test_the_chain_a_b_c_shows_on_each_practice(client):
    a = make_practice(title_en="A: Marikina Eco-Savers")
    b = make_practice(title_en="B: Kampot school waste bank")
    c = make_practice(title_en="C: Kampong Trach waste bank")
    make_replication(sources=[a], resulting_practice=b, adopter_name_en="Kampot", stage=R.COMPLETED)
    make_replication(
        sources=[b], resulting_practice=c, adopter_name_en="Kampong Trach", stage=R.COMPLETED
    )

    on_c = get(client, "practices:detail", c.slug).context["exchange"]
    on_b = get(client, "practices:detail", b.slug).context["exchange"]
    on_a = get(client, "practices:detail", a.slug).context["exchange"]

    assert [names(sources) for _r, sources in on_c.adapted_from] == [[str(b)], [str(a)]]
    assert [r.adopter_name for r in on_b.adapted_by] == ["Kampong Trach"]
    assert [names(sources) for _r, sources in on_b.adapted_from] == [[str(a)]]
    assert ([r.adopter_name for r in on_a.adapted_by], on_a.adapted_from) == (["Kampot"], [])
    html = client.get(public_url("practices:detail", c.slug)).content.decode()
    assert html.index("B: Kampot school waste bank") < html.index("A: Marikina Eco-Savers")


def test_events_upcoming_and_past_filtered_by_kind_province_and_year(client, admin_units):
    kampot = admin_units.get(code="07")
    soon = make_event(starts_on=SOON, kind="study_visit", unit=kampot, title_en="Soon")
    make_event(starts_on=SOON + datetime.timedelta(days=1), kind="workshop", title_en="Later")
    past = make_event(starts_on=LAST_YEAR, kind="forum", title_en="Past")

    assert names(get(client, "practices:events").context["events"].page) == ["Soon", "Later"]
    assert names(get(client, "practices:events", kind="study_visit").context["events"].page) == [
        "Soon"
    ]
    assert names(get(client, "practices:events", province="07").context["events"].page) == ["Soon"]
    past_list = get(client, "practices:events", when="past", year=str(LAST_YEAR.year))
    assert names(past_list.context["events"].page) == ["Past"]
    assert str(soon) in get(client, "practices:event", soon.slug).content.decode()
    assert get(client, "practices:event", past.slug).context["event"] == past


def test_the_calendar_lists_upcoming_events_only(client):
    make_event(
        starts_on=SOON, ends_on=SOON + datetime.timedelta(days=2), title_en="Study visit, Solo"
    )
    make_event(starts_on=LAST_YEAR, title_en="Old forum")
    response = client.get(public_url("practices:events_ical"))
    body = response.content.decode()
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert [line for line in body.split("\r\n") if line.startswith("SUMMARY")] == [
        "SUMMARY:Study visit\\, Solo"
    ]
    assert f"DTEND;VALUE=DATE:{SOON + datetime.timedelta(days=3):%Y%m%d}" in body
    page = get(client, "practices:events").content.decode()
    link = f'title="Upcoming events (iCalendar)" href="{public_url("practices:events_ical")}"'
    assert link in page


def test_place_and_partner_pages_show_replications_and_events(client, admin_units):
    partner = make_partner()
    kampot = admin_units.get(code="0701")
    replication = make_replication(unit=kampot, partners=[(partner, "funder")])
    event = make_event(unit=kampot, organisers=[partner])
    for name, arg in (("practices:place", "07"), ("practices:partner", partner.slug)):
        context = get(client, name, arg).context
        assert (context["replications"], context["events"]) == ([replication], [event])


def test_the_home_page_counts_replications_and_events(client):
    make_replication()
    make_replication(visibility="internal")
    make_event()
    figures = get(client, "practices:home").context["home"].figures
    assert (figures["replications"], figures["events"]) == (1, 1)


def _fill(n, theme, partner, unit):
    for _ in range(n):
        source = make_practice(themes=[theme], country="PH")
        replication = make_replication(sources=[source], unit=unit, partners=[(partner, "coach")])
        make_entry(replication)
        make_event(
            practices=[source],
            replications=[replication],
            unit=unit,
            organisers=[partner],
            starts_on=SOON,
        )


def _same_queries(client, django_assert_num_queries, name, *args, **params):
    theme, partner, unit = make_theme(), make_partner(), make_unit("070101")
    target = {"partner": partner.slug, "place": "07"}
    args = [target.get(a, a) for a in args]
    _fill(1, theme, partner, unit)
    with CaptureQueriesContext(connection) as one:
        get(client, name, *args, **params)
    _fill(2, theme, partner, unit)
    with django_assert_num_queries(len(one.captured_queries)):
        return get(client, name, *args, **params)


@pytest.mark.parametrize(
    ("name", "args", "listed"),
    [
        ("practices:replications", (), lambda c: c["browse"].page.object_list),
        ("practices:events", (), lambda c: c["events"].page.object_list),
        ("practices:place", ("place",), lambda c: c["replications"] + c["events"]),
        ("practices:partner", ("partner",), lambda c: c["replications"] + c["events"]),
    ],
)
def test_lists_make_the_same_queries_for_1_and_3(
    client, django_assert_num_queries, name, args, listed
):
    response = _same_queries(client, django_assert_num_queries, name, *args)
    expected = 3 if name in ("practices:replications", "practices:events") else 6
    assert len(list(listed(response.context))) == expected


def test_a_practice_page_makes_the_same_queries_for_1_and_3_adopters_and_events(
    client, django_assert_num_queries
):
    source = make_practice()

    def add(n):
        for _ in range(n):
            replication = make_replication(sources=[source], unit=make_unit("070101"))
            make_event(practices=[source], replications=[replication])

    add(1)
    with CaptureQueriesContext(connection) as one:
        get(client, "practices:detail", source.slug)
    add(2)
    cache.clear()  # the practice's own cached fragment is not what is measured
    with django_assert_num_queries(len(one.captured_queries)):
        response = get(client, "practices:detail", source.slug)
    exchange = response.context["exchange"]
    assert (len(exchange.adapted_by), len(exchange.presented_at)) == (3, 3)


def test_a_replication_page_makes_the_same_queries_for_1_and_3_entries(
    client, django_assert_num_queries
):
    replication = make_replication(sources=[make_practice()])
    make_entry(replication)
    with CaptureQueriesContext(connection) as one:
        get(client, "practices:replication", replication.slug)
    make_entry(replication)
    make_entry(replication)
    with django_assert_num_queries(len(one.captured_queries)):
        response = get(client, "practices:replication", replication.slug)
    assert len(response.context["page"].logbook) == 3


def test_the_calendar_makes_the_same_queries_for_1_and_3(
    client, django_assert_num_queries, admin_units
):
    unit = admin_units.get(code="070101")
    make_event(starts_on=SOON, unit=unit)
    with CaptureQueriesContext(connection) as one:
        client.get(public_url("practices:events_ical"))
    make_event(starts_on=SOON, unit=unit)
    make_event(starts_on=SOON, unit=unit)
    with django_assert_num_queries(len(one.captured_queries)):
        body = client.get(public_url("practices:events_ical")).content.decode()
    assert body.count("BEGIN:VEVENT") == 3


def test_an_event_page_shows_its_photos_and_a_replication_page_its_entries_files(client):
    from practices.models import EventPhoto
    from tests.factories import image_file

    event = make_event()
    photo = EventPhoto.objects.create(event=event, image=image_file(), caption_en="Host school")
    html = get(client, "practices:event", event.slug).content.decode()
    assert f'<img src="{photo.image.url}" alt="Host school" loading="lazy">' in html
    replication = make_replication()
    entry = make_entry(replication, photo=image_file())
    html = get(client, "practices:replication", replication.slug).content.decode()
    assert f'<img src="{entry.photo.url}" alt="" loading="lazy">' in html
    response = client.get(entry.photo.url)
    content = b"".join(response.streaming_content)
    assert (response.status_code, content) == (200, entry.photo.read())
    entry.photo.close()


def test_a_practice_the_reader_may_not_read_stays_out_of_the_chain(client):
    source = make_practice(title_en="Eco-Savers")
    hidden = make_practice(title_en="Hidden result", visibility="internal")
    make_replication(sources=[source], resulting_practice=hidden, stage=R.COMPLETED)
    make_replication(sources=[hidden], adopter_name_en="Next adopter")
    exchange = get(client, "practices:detail", source.slug).context["exchange"]
    html = client.get(public_url("practices:detail", source.slug)).content.decode()
    assert [r.resulting_practice for r in exchange.adapted_by] == [None]
    assert ("Hidden result" in html, "now a practice of its own" in html) == (False, False)


def test_the_filter_counts_follow_a_new_partner_and_source(client):
    partner = make_partner()
    replication = make_replication(sources=[make_practice(country="PH")])
    assert get(client, "practices:replications").context["browse"].filters.facets["partner"] == []
    from practices.models import ReplicationPartner

    ReplicationPartner.objects.create(replication=replication, partner=partner, role="funder")
    replication.sources.add(make_practice(country="ID"))
    facets = get(client, "practices:replications").context["browse"].filters.facets
    assert [(v, n) for v, _t, n, _s in facets["partner"]] == [(partner.slug, 1)]
    assert [(v, n) for v, _t, n, _s in facets["country"]] == [("ID", 1), ("PH", 1)]


def test_a_line_break_in_an_event_title_cannot_start_a_property_of_its_own(client):
    make_event(starts_on=SOON, title_en="Forum\rDESCRIPTION:forged\nURL:x\r\nEND:VEVENT")
    body = client.get(public_url("practices:events_ical")).content.decode()
    lines = body.split("\r\n")
    summaries = [line for line in lines if line.startswith("SUMMARY")]
    assert summaries == ["SUMMARY:Forum\\nDESCRIPTION:forged\\nURL:x\\nEND:VEVENT"]
    assert (lines.count("END:VEVENT"), "\r" in body.replace("\r\n", "")) == (1, False)
