"""Public pages: what each shows, in which language, and in how many queries."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.models import AudienceOverview, Enquiry, Practice, PublicRevision, Stage, Visibility
from practices.search import overview
from tests.factories import (
    add_partner,
    image_file,
    make_partner,
    make_practice,
    make_theme,
    public_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def commune(admin_units):
    return admin_units.get(code="020101")


def make_many(n, commune, theme, partner):
    for i in range(n):
        practice = make_practice(title_en=f"Practice {i}", units=[commune], themes=[theme])
        add_partner(practice, partner)
    overview.rebuild()  # as the commit of a publication does (tests commit nothing)


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    ("name", "args", "params"),
    [
        ("practices:home", (), {}),
        ("practices:list", (), {}),
        ("practices:list", (), {"q": "practice", "province": "02", "theme": "t", "page": "1"}),
        ("practices:theme", ("t",), {}),
        ("practices:place", ("02",), {}),
        ("practices:partner", ("p",), {}),
    ],
)
def test_list_pages_make_the_same_queries_for_1_and_3_items(
    client, commune, name, args, params, django_assert_num_queries
):
    theme, partner = make_theme(slug="t"), make_partner(slug="p")
    make_many(1, commune, theme, partner)
    url = public_url(name, *args, **params)
    one = queries(client, url + ("&" if params else "?") + "v=1")
    make_many(2, commune, theme, partner)
    with django_assert_num_queries(one):
        client.get(url + ("&" if params else "?") + "v=3")


def test_browse_page_makes_at_most_six_queries(client, commune):
    theme, partner = make_theme(slug="t"), make_partner(slug="p")
    make_many(3, commune, theme, partner)
    url = public_url("practices:list", q="practice", province="02", theme="t")
    assert (queries(client, url), queries(client, url)) == (6, 1)


def test_counts_are_made_once_per_publication_for_every_page_and_language(client, commune):
    theme, partner = make_theme(slug="t"), make_partner(slug="p")
    make_many(3, commune, theme, partner)
    client.get(public_url("practices:home", lang="km"))
    with CaptureQueriesContext(connection) as captured:
        home = client.get(public_url("practices:home")).context["home"]
        assert ([(t.slug, t.n) for t in home.themes], home.provinces[0][2]) == ([("t", 3)], 3)
        assert home.figures["practices"] == 3
        client.get(public_url("practices:list", sort="title"))
    assert not [q for q in captured.captured_queries if "COUNT(" in q["sql"].upper()]


def test_a_publication_builds_the_counts_so_the_first_reader_counts_nothing(
    client, commune, django_capture_on_commit_callbacks
):
    theme = make_theme(slug="t")
    make_practice(units=[commune], themes=[theme], visibility=Visibility.NETWORK)
    with django_capture_on_commit_callbacks(execute=True):
        make_practice(units=[commune], themes=[theme], beneficiaries_total=40)
    stored = dict(AudienceOverview.objects.values_list("audience", "revision"))
    assert stored == {"public": PublicRevision.current(), "network": PublicRevision.current()}
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        home = client.get(public_url("practices:home")).context["home"]
        browse = client.get(public_url("practices:list")).context["browse"]
        seen = (home.figures["practices"], home.figures["people"], home.themes[0].n)
        assert (seen, browse.facets.total) == ((1, 40, 1), 1)
    assert [q["sql"] for q in captured.captured_queries if "COUNT(" in q["sql"].upper()] == []


def test_editing_a_draft_leaves_the_public_pages_and_counts_alone(client, commune):
    draft = make_practice(units=[commune], stage=Stage.DOCUMENTING)
    shown, theme = make_practice(units=[commune]), make_theme()
    before = PublicRevision.current()
    draft.title_en = "Still a draft"
    draft.save()
    draft.themes.set([theme])
    assert PublicRevision.current() == before
    shown.title_en = "Renamed"
    shown.save()
    assert PublicRevision.current() == before + 1


def test_practice_page_queries_do_not_grow_with_related_items(client, commune):
    theme, partner = make_theme(slug="t"), make_partner(slug="p")
    practice = make_practice(slug="main", units=[commune], themes=[theme])
    make_many(1, commune, theme, partner)
    one = queries(client, public_url("practices:detail", "main", v=1))
    make_many(3, commune, theme, partner)
    add_partner(practice, make_partner())
    assert queries(client, public_url("practices:detail", "main", v=3)) == one


def test_a_card_shows_two_places_top_first_and_the_themes_in_the_page_language(client, admin_units):
    water = make_theme(slug="water", name_en="Water", name_km="ទឹក", order=2)
    waste = make_theme(slug="waste", name_en="Waste", name_km="", order=1)
    units = [admin_units.get(code=code) for code in ("120101", "020201", "020101")]
    make_practice(title_en="Wells", themes=[water, waste], units=units)
    make_practice(title_en="Bare")

    def meta(lang):
        html = client.get(public_url("practices:list", lang=lang, sort="title")).content.decode()
        lines = re.findall(r'<p class="meta">([^<]*)</p>', html)
        return [line for line in lines if "›" in line or "·" in line]

    assert meta("en") == [
        "Battambang › Banan › Kantueu Muoy · Battambang › Thma Koul › Ta Pung …",
        "Waste · Water",
    ]
    # A name missing in Khmer falls back to English.
    assert meta("km") == [
        "បាត់ដំបង › បាណន់ › កន្ទឺ ១ · បាត់ដំបង › ថ្មគោល › តាពូង …",
        "Waste · ទឹក",
    ]


def test_browse_filters_and_counts(client, admin_units):
    waste, water = make_theme(slug="waste", name_en="Waste"), make_theme(slug="water")
    a = make_practice(title_en="A", themes=[waste], units=[admin_units.get(code="020101")])
    make_practice(title_en="B", themes=[waste, water], units=[admin_units.get(code="020201")])
    make_practice(title_en="C", themes=[water], units=[admin_units.get(code="120101")])
    add_partner(a, make_partner(slug="ccc", name_en="CCC"))
    browse = client.get(public_url("practices:list", theme="waste", sort="title")).context["browse"]
    assert [p.title_en for p in browse.page.object_list] == ["A", "B"]
    facets = browse.facets
    assert sorted((key, n, chosen) for key, _, n, chosen in facets["theme"]) == [
        ("waste", 2, True),
        ("water", 2, False),
    ]
    assert [(key, n) for key, _, n, _ in facets["province"]] == [("02", 2)]
    assert [(key, n) for key, _, n, _ in facets["partner"]] == [("ccc", 1)]


def test_every_filter_chosen_at_once_counts_each_option_without_its_own(client, admin_units):
    import datetime

    waste, ccc = make_theme(slug="waste"), make_partner(slug="ccc")
    start = datetime.date(2020, 1, 1)
    for title, status in (("A", "ongoing"), ("B", "ended")):
        practice = make_practice(
            title_en=title,
            themes=[waste],
            units=[admin_units.get(code="020101")],
            status=status,
            level="commune",
            country="KH",
            start_date=start,
        )
        add_partner(practice, ccc)
    chosen = {
        "theme": "waste",
        "province": "02",
        "district": "0201",
        "level": "commune",
        "partner": "ccc",
        "country": "KH",
        "status": "ongoing",
    }
    browse = client.get(public_url("practices:list", year_from="2019", **chosen)).context["browse"]
    facets = browse.facets
    assert (
        [p.title_en for p in browse.page.object_list],
        facets.total,
        [(key, n) for key, _, n, _ in facets["status"]],
        [(key, n) for key, _, n, _ in facets["partner"]],
        [(key, n) for key, _, n, _ in facets["theme"]],
    ) == (["A"], 1, [("ongoing", 1), ("ended", 1)], [("ccc", 1)], [("waste", 1)])


STATISTICS_10000 = [
    ("practices_practice", None, "10000"),
    ("practices_practice", "practice_public_listing", "10000 5000 3334 1 1 1 1 1 1 1 1 1"),
    ("practices_practice", "practice_published_newest", "9500 1 1"),
    ("practices_practice_themes", "practices_practice_themes_theme_id_271294be", "20000 2500"),
    ("practices_practiceplace", "sqlite_autoindex_practices_practiceplace_1", "28500 16 1"),
]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query plan")
def test_sqlite_lists_filtered_practices_from_the_listing_index(client, admin_units):
    """Fetching each practice of a chosen theme by its id took 10 ms at 10,000 practices; the
    covering listing index, read newest first, stops at the page."""
    waste = make_theme(slug="waste")
    for code in ("020101", "020201", "120101"):
        make_practice(themes=[waste], units=[admin_units.get(code=code)], status="ongoing")
    url = public_url("practices:list", theme="waste", province="02", status="ongoing")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    (listed,) = [q["sql"] for q in captured if 'ORDER BY "V0"."published_at"' in q["sql"]]
    with connection.cursor() as cursor:
        # The statistics of 10,000 practices, as ANALYZE gathers them.
        cursor.execute("ANALYZE")
        cursor.execute("DELETE FROM sqlite_stat1")
        cursor.executemany("INSERT INTO sqlite_stat1 VALUES (%s, %s, %s)", STATISTICS_10000)
        cursor.execute("ANALYZE sqlite_schema")  # reads them
        plan = cursor.execute("EXPLAIN QUERY PLAN " + listed).fetchall()
    driving = [row[3] for row in plan if "V0" in row[3]]
    assert (len(response.context["browse"].page.object_list), driving) == (
        2,
        ["SEARCH V0 USING COVERING INDEX practice_public_listing (stage=? AND visibility=?)"],
    )


def test_district_list_follows_the_province(client, admin_units):
    make_practice(units=[admin_units.get(code="020101")])
    make_practice(units=[admin_units.get(code="020201")])
    make_practice(units=[admin_units.get(code="120101")])
    without = client.get(public_url("practices:list")).context["browse"].facets
    within = client.get(public_url("practices:list", province="02")).context["browse"].facets
    assert (without["district"], [(k, n) for k, _, n, _ in within["district"]]) == (
        [],
        [("0201", 1), ("0202", 1)],
    )


def test_malformed_or_unknown_parameters_are_ignored(client, commune):
    make_practice(title_en="Only", units=[commune])
    for params in [
        {"year_from": "abc"},
        {"province": "x'; drop"},
        {"level": "galaxy"},
        {"page": "999999"},
        {"page": "-3"},
        {"sort": "price"},
        {"unknown": "1"},
        {"district": "9999", "province": "02"},
    ]:
        response = client.get(public_url("practices:list", **params))
        titles = [p.title_en for p in response.context["browse"].page.object_list]
        assert (params, response.status_code, titles) == (params, 200, ["Only"])


def test_year_range_keeps_overlapping_periods(client):
    import datetime

    make_practice(
        title_en="Old", start_date=datetime.date(2010, 1, 1), end_date=datetime.date(2012, 1, 1)
    )
    make_practice(title_en="Ongoing", start_date=datetime.date(2015, 1, 1))
    response = client.get(public_url("practices:list", year_from="2014", year_to="2020"))
    assert [p.title_en for p in response.context["browse"].page.object_list] == ["Ongoing"]


def test_year_counts_follow_the_periods_and_their_edits(client):
    import datetime

    waste, water = make_theme(slug="waste"), make_theme(slug="water")
    old = make_practice(
        title_en="Old",
        themes=[waste],
        start_date=datetime.date(2010, 1, 1),
        end_date=datetime.date(2012, 1, 1),
    )
    make_practice(title_en="Ongoing", themes=[waste], start_date=datetime.date(2015, 1, 1))
    make_practice(title_en="Undated", themes=[water])

    def listed(**params):
        browse = client.get(public_url("practices:list", sort="title", **params)).context["browse"]
        themes = [(key, n) for key, _, n, _ in browse.facets["theme"]]
        return [p.title_en for p in browse.page.object_list], browse.facets.total, themes

    # An ongoing practice reaches every later year; one with no start has no earlier year.
    assert listed(year_from="2014") == (["Ongoing", "Undated"], 2, [("waste", 1), ("water", 1)])
    assert listed(year_to="2013") == (["Old"], 1, [("waste", 1)])
    assert listed(year_to="2013", theme="waste") == (["Old"], 1, [("waste", 1)])
    old.end_date = datetime.date(2016, 1, 1)
    old.save()
    assert listed(year_from="2014", theme="waste") == (
        ["Old", "Ongoing"],
        2,
        [
            ("waste", 2),
            ("water", 1),
        ],
    )


def test_pagination_keeps_filters(client, commune):
    for i in range(25):
        make_practice(title_en=f"P{i:02}", units=[commune])
    response = client.get(public_url("practices:list", province="02", sort="title", page="2"))
    page = response.context["browse"].page
    assert ([p.title_en for p in page.object_list], page.number) == (
        ["P20", "P21", "P22", "P23", "P24"],
        2,
    )
    assert 'href="?province=02&amp;sort=title&amp;page=1"' in response.content.decode()


def test_deep_pages_follow_the_newest_first_order_on_browse_and_theme_pages(client):
    import datetime

    from django.utils import timezone

    theme = make_theme(slug="t")
    moment = timezone.make_aware(datetime.datetime(2026, 1, 1))
    made = [make_practice(title_en=f"P{i:02}", themes=[theme]) for i in range(45)]
    Practice.objects.filter(pk__in=[p.pk for p in made[:30]]).update(published_at=moment)
    for day, practice in enumerate(made[30:], start=1):
        Practice.objects.filter(pk=practice.pk).update(published_at=moment.replace(day=day + 1))
    # Newest first; practices published at the same moment, newest record first.
    newest = [p.title_en for p in made[30:][::-1]] + [p.title_en for p in made[:30][::-1]]
    browse = client.get(public_url("practices:list", page="3")).context["browse"].page
    theme_page = client.get(public_url("practices:theme", "t", page="2")).context["page_obj"]
    assert [p.title_en for p in browse.object_list] == newest[40:]
    assert [p.title_en for p in theme_page.object_list] == newest[20:40]


def test_missing_section_falls_back_with_a_note(client):
    make_practice(slug="p", lessons_km="មេរៀន", lessons_en="", context_en="Context text")
    html = client.get(public_url("practices:detail", "p")).content.decode()
    assert (
        "Not yet written in English; shown in Khmer." in html,
        "មេរៀន" in html,
        "Context text" in html,
    ) == (True, True, True)


def test_practice_page_shows_place_breadcrumb_partners_and_women_share(client, commune):
    practice = make_practice(
        slug="p", units=[commune], beneficiaries_total=367, beneficiaries_women=209
    )
    add_partner(practice, make_partner(name_en="ANSA"), role="funder")
    html = client.get(public_url("practices:detail", "p")).content.decode()
    for text in [
        'href="/en/places/02/"',
        "Battambang",
        "Banan",
        "Kantueu Muoy",
        "ANSA</a> — Funder",
        "209 women (57 %)",
    ]:
        assert (text, text in html) == (text, True)


def test_contact_shown_only_when_public(client):
    make_practice(slug="hidden", contact_name="Sok Dara", contact_email="d@example.org")
    make_practice(slug="shown", contact_name="Chan Thy", contact_is_public=True)
    hidden = client.get(public_url("practices:detail", "hidden")).content.decode()
    shown = client.get(public_url("practices:detail", "shown")).content.decode()
    assert ("Sok Dara" in hidden, "d@example.org" in hidden, "Chan Thy" in shown) == (
        False,
        False,
        True,
    )


def test_photos_are_lazy_thumbnails_linking_to_the_original(client):
    from practices.models import Photo

    practice = make_practice(slug="p")
    Photo.objects.create(
        practice=practice, image=image_file(size=(1600, 1200)), caption_en="Meeting", credit="NLC/S"
    )
    html = client.get(public_url("practices:detail", "p")).content.decode()
    assert (
        'loading="lazy"' in html,
        "-320.webp" in html,
        "-640.webp 640w" in html,
        "Photo: NLC/S" in html,
    ) == (True, True, True, True)


def test_place_page_includes_units_below(client, admin_units):
    make_practice(title_en="In commune", units=[admin_units.get(code="020101")])
    response = client.get(public_url("practices:place", "0201"))
    assert [p.title_en for p in response.context["page_obj"].object_list] == ["In commune"]


def test_empty_commune_says_so(client, admin_units):
    html = client.get(public_url("practices:place", "020102")).content.decode()
    assert "No practice from Kantueu Pir has been published yet." in html


def test_unknown_place_theme_partner_are_404(client, admin_units):
    statuses = [
        client.get(public_url(n, "zz")).status_code
        for n in ("practices:place", "practices:theme", "practices:partner")
    ]
    assert statuses == [404, 404, 404]


def test_home_shows_figures_and_counts(client, commune):
    theme = make_theme(name_en="Waste")
    make_practice(
        themes=[theme],
        units=[commune],
        beneficiaries_total=100,
        beneficiaries_women=60,
        is_featured=True,
        title_en="Featured one",
    )
    home = client.get(public_url("practices:home")).context["home"]
    assert home.figures == {
        "practices": 1,
        "people": 100,
        "women": 60,
        "councils": 3,
        "provinces": 1,
        "replications": 0,
        "events": 0,
    }
    assert [p.title_en for p in home.featured] == ["Featured one"]


def test_khmer_is_the_default_and_browser_preference_is_honoured(client):
    assert client.get("/").headers["Location"] == "/km/"
    assert client.get("/", headers={"accept-language": "en"}).headers["Location"] == "/en/"


def test_language_switcher_keeps_the_page_and_query(client):
    make_practice(slug="p")
    html = client.get(public_url("practices:list", q="water")).content.decode()
    assert 'href="http://testserver/km/practices/?q=water" hreflang="km"' in html


def test_khmer_page_has_khmer_digits_grouped_by_a_no_break_space(client):
    make_practice(beneficiaries_total=1234)
    html = client.get(public_url("practices:home", lang="km")).content.decode()
    english = client.get(public_url("practices:home", lang="en")).content.decode()
    assert ("១\u00a0២៣៤" in html, "១,២៣៤" in html, "1,234" in english) == (True, False, True)


def test_every_page_has_seo_tags(client, commune):
    theme = make_theme(slug="t")
    make_practice(slug="p", themes=[theme], units=[commune])
    for url in [
        public_url("practices:home"),
        public_url("practices:list"),
        public_url("practices:detail", "p"),
        public_url("practices:theme", "t"),
        public_url("practices:place", "02"),
    ]:
        html = client.get(url).content.decode()
        tags = [
            '<link rel="canonical"',
            'hreflang="km"',
            'property="og:title"',
            '<meta name="description"',
            'type="application/rss+xml"',
        ]
        assert (url, [t in html for t in tags]) == (url, [True] * 5)


def test_public_pages_set_no_cookie(client, commune):
    make_practice(slug="p", units=[commune])
    for url in [
        public_url("practices:home"),
        public_url("practices:list", q="x"),
        public_url("practices:detail", "p"),
    ]:
        assert (url, dict(client.get(url).cookies)) == (url, {})


def test_enquiry_reaches_admin_and_coordinator(client, settings):
    settings.COORDINATOR_EMAILS = ["coordinator@example.org"]
    practice = make_practice(slug="p", title_en="Compost")
    form = {
        "name": "Sok",
        "organisation": "Kampot council",
        "contact": "012 345 678",
        "message": "How did you start?",
    }
    response = client.post(public_url("practices:enquiry", "p"), form)
    assert response.status_code == 302
    enquiry = Enquiry.objects.get()
    assert (enquiry.practice, enquiry.organisation, enquiry.language) == (
        practice,
        "Kampot council",
        "en",
    )


def test_enquiry_email_sent_on_commit(client, settings, django_capture_on_commit_callbacks):
    settings.COORDINATOR_EMAILS = ["coordinator@example.org"]
    practice = make_practice(slug="p", title_km="ជីកំប៉ុស")
    form = {"name": "Sok", "organisation": "Kampot", "contact": "x", "message": "How?"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(public_url("practices:enquiry", "p"), form)
    assert [(m.to, practice.title_km in m.subject) for m in mail.outbox] == [
        (["coordinator@example.org"], True)
    ]


def test_enquiry_honeypot_and_rate_limit(client):
    make_practice(slug="p")
    form = {
        "name": "Bot",
        "organisation": "Bot",
        "contact": "x",
        "message": "spam",
        "website_url": "http://spam",
    }
    assert client.post(public_url("practices:enquiry", "p"), form).status_code == 200
    form["website_url"] = ""
    statuses = [
        client.post(public_url("practices:enquiry", "p"), form).status_code for _ in range(6)
    ]
    assert (statuses, Enquiry.objects.count()) == ([302] * 4 + [429] * 2, 4)
