"""Only published, public practices reach public surfaces; partners also see network ones."""

import pytest

from practices import pdf
from practices.models import Stage, Visibility
from tests.factories import make_practice, make_theme, make_user, public_url

pytestmark = pytest.mark.django_db

HIDDEN = [
    {"stage": Stage.DOCUMENTING, "visibility": Visibility.PUBLIC},
    {"stage": Stage.IN_REVIEW, "visibility": Visibility.PUBLIC},
    {"stage": Stage.PUBLISHED, "visibility": Visibility.INTERNAL},
    {"stage": Stage.PUBLISHED, "visibility": Visibility.NETWORK},
    {"stage": Stage.ARCHIVED, "visibility": Visibility.PUBLIC},
]


@pytest.fixture
def world(admin_units):
    theme = make_theme(slug="waste", name_en="Waste")
    commune = admin_units.get(code="020101")
    shown = make_practice(title_en="Shown compost", slug="shown", themes=[theme], units=[commune])
    hidden = [
        make_practice(
            title_en=f"Hidden compost {n}",
            slug=f"hidden-{n}",
            themes=[theme],
            units=[commune],
            internal_notes="secret note",
            **fields,
        )
        for n, fields in enumerate(HIDDEN)
    ]
    return shown, hidden


def titles(response):
    return [p.title_en for p in response.context["browse"].page.object_list]


def test_browse_lists_only_public_published(client, world):
    assert titles(client.get(public_url("practices:list"))) == ["Shown compost"]


def test_search_finds_only_public_published(client, world):
    assert titles(client.get(public_url("practices:list", q="compost"))) == ["Shown compost"]


def test_pages_of_the_shown_practice_open(client, world):
    """The addresses the test below finds hidden: open for the shown practice."""
    detail = client.get(public_url("practices:detail", "shown"))
    enquiry = client.get(public_url("practices:enquiry", "shown"))
    assert (detail.status_code, detail.context["practice"].slug) == (200, "shown")
    assert (enquiry.status_code, enquiry.context["practice"].slug) == (200, "shown")
    assert "<h1>Shown compost</h1>" in detail.content.decode()
    if pdf.available():
        printed = client.get(public_url("practices:pdf", "shown"))
        assert (printed.status_code, printed.content[:5]) == (200, b"%PDF-")


@pytest.mark.parametrize("n", range(len(HIDDEN)))
def test_detail_of_hidden_practice_is_404(client, world, n):
    responses = [
        client.get(public_url(name, f"hidden-{n}"))
        for name in ("practices:detail", "practices:pdf", "practices:enquiry")
    ]
    assert [r.status_code for r in responses] == [404, 404, 404]
    assert "Page not found" in responses[0].content.decode()  # the portal's page, not a crash


def test_feeds_carry_only_public_published(client, world):
    for name, args in [("practices:feed_rss", ()), ("practices:theme_feed_atom", ("waste",))]:
        body = client.get(public_url(name, *args)).content.decode()
        assert ("Shown compost" in body, "Hidden compost" in body) == (True, False)


def test_sitemap_lists_only_public_published(client, world):
    body = client.get("/sitemap.xml").content.decode()
    assert ("/en/practices/shown/" in body, "/practices/hidden-" in body) == (True, False)


def test_place_and_theme_counts_only_public(client, world):
    home = client.get(public_url("practices:home")).context["home"]
    assert [(t.slug, t.n) for t in home.themes] == [("waste", 1)]
    assert home.provinces == [("02", "Battambang", 1)]
    assert home.figures["practices"] == 1
    place = client.get(public_url("practices:place", "02"))
    assert place.context["page_obj"].paginator.count == 1
    theme = client.get(public_url("practices:theme", "waste"))
    assert theme.context["page_obj"].paginator.count == 1


def test_facet_counts_only_public(client, world):
    facets = client.get(public_url("practices:list")).context["browse"].facets
    assert facets["theme"] == [("waste", "Waste", 1, False)]


def test_internal_notes_never_shown(client, world):
    shown, _ = world
    shown.internal_notes = "do not publish this"
    shown.save()
    response = client.get(public_url("practices:detail", "shown"))
    body = response.content.decode()
    assert (response.status_code, "<h1>Shown compost</h1>" in body) == (200, True)
    assert "do not publish this" not in body


def test_partner_member_also_sees_network_practices_marked(client, world):
    client.force_login(make_user(groups=["Partner"]))
    assert sorted(titles(client.get(public_url("practices:list")))) == [
        "Hidden compost 3",
        "Shown compost",
    ]
    detail = client.get(public_url("practices:detail", "hidden-3"))
    assert detail.status_code == 200
    assert "Shared with the DELGOSEA network" in detail.content.decode()


def test_partner_member_still_cannot_see_drafts_or_internal(client, world):
    client.force_login(make_user(groups=["Partner"]))
    statuses = [
        client.get(public_url("practices:detail", f"hidden-{n}")).status_code
        for n in range(len(HIDDEN))
    ]
    assert statuses == [404, 404, 404, 200, 404]  # the network practice only


def test_cached_page_of_partner_is_not_served_to_public(client, world):
    client.force_login(make_user(groups=["Partner"]))
    shown_to_partner = titles(client.get(public_url("practices:list")))
    assert sorted(shown_to_partner) == ["Hidden compost 3", "Shown compost"]
    client.logout()
    assert titles(client.get(public_url("practices:list"))) == ["Shown compost"]


def test_unpublished_practice_leaves_cached_pages(client, world):
    shown, _ = world
    assert titles(client.get(public_url("practices:list"))) == ["Shown compost"]
    shown.stage = Stage.IN_REVIEW
    shown.save()
    response = client.get(public_url("practices:list"))
    assert (titles(response), "Shown compost" in response.content.decode()) == ([], False)


def test_counts_of_partner_are_not_served_to_public(client, world):
    client.force_login(make_user(groups=["Partner"]))
    partner_home = client.get(public_url("practices:home")).context["home"]
    assert partner_home.figures["practices"] == 2
    client.get(public_url("practices:list", lang="km"))
    client.logout()
    home = client.get(public_url("practices:home", lang="km")).context["home"]
    assert (home.figures["practices"], [(t.slug, t.n) for t in home.themes]) == (1, [("waste", 1)])
    assert client.get(public_url("practices:list")).context["browse"].facets.total == 1


def test_counts_follow_a_practice_leaving_the_public_site(client, world):
    shown, _ = world
    client.get(public_url("practices:home"))
    shown.visibility = Visibility.NETWORK
    shown.save()
    home = client.get(public_url("practices:home")).context["home"]
    assert (home.figures["practices"], home.provinces, home.themes[0].n) == (0, [], 0)
    assert client.get(public_url("practices:list")).context["browse"].facets.total == 0


def test_filtered_counts_and_lists_follow_audience_and_edits(client, world):
    shown, hidden = world
    (network,) = [p for p in hidden if p.visibility == Visibility.NETWORK]
    url = public_url("practices:list", theme="waste", province="02")

    def seen():
        browse = client.get(url).context["browse"]
        return browse.facets.total, [p.slug for p in browse.page.object_list]

    assert seen() == (1, ["shown"])
    client.force_login(make_user(groups=["Partner"]))
    assert seen() == (2, [network.slug, "shown"])
    client.logout()
    theme = shown.themes.get()
    theme.slug = "refuse"
    theme.save()
    assert seen() == (0, [])
    url = public_url("practices:list", theme="refuse", province="02")
    assert seen() == (1, ["shown"])
    shown.visibility = Visibility.INTERNAL
    shown.save()
    assert seen() == (0, [])


def test_year_filtered_counts_follow_audience_and_a_practice_leaving(client, world):
    import datetime

    shown, hidden = world
    (network,) = [p for p in hidden if p.visibility == Visibility.NETWORK]
    for practice in (shown, network):
        practice.start_date = datetime.date(2018, 3, 1)
        practice.save()
    url = public_url("practices:list", year_from="2015", year_to="2020")

    def seen():
        facets = client.get(url).context["browse"].facets
        return facets.total, [(key, n) for key, _, n, _ in facets["theme"]]

    assert seen() == (1, [("waste", 1)])
    client.force_login(make_user(groups=["Partner"]))
    assert seen() == (2, [("waste", 2)])
    network.start_date = datetime.date(2021, 1, 1)
    network.save()
    assert seen() == (1, [("waste", 1)])
    client.logout()
    shown.stage = Stage.ARCHIVED
    shown.save()
    assert seen() == (0, [])


def test_period_counts_equal_a_recount_of_the_keys_after_every_kind_of_write(world):
    """PostgreSQL keeps the keys counted by period with triggers (migration 0014)."""
    import datetime

    from django.db import connection

    from practices.models import Practice
    from practices.search import indexer

    if connection.vendor != "postgresql":
        pytest.skip("the facet keys tables are PostgreSQL's")
    shown, hidden = world
    shown.end_date = datetime.date(2019, 1, 1)
    shown.start_date = datetime.date(2016, 1, 1)
    shown.save()
    for practice in hidden:
        practice.visibility = Visibility.NETWORK
        practice.stage = Stage.PUBLISHED
        practice.save()
    hidden[0].delete()
    Practice.objects.filter(pk=hidden[1].pk).update(title_en="Renamed")
    indexer.reindex([hidden[1].pk, hidden[2].pk])
    counted = (
        "SELECT visibility, start_year, end_year, key, n FROM practices_facetyears "
        "WHERE n <> 0 ORDER BY 1, 2, 3, 4"
    )
    recount = (
        "SELECT visibility, COALESCE(start_year, 9999), COALESCE(end_year, 9999), k, COUNT(*) "
        "FROM practices_facetkeys, unnest(keys || '*'::text) k "
        "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE practices_facetkeys SET end_year = 2030 WHERE practice_id = {shown.pk}"
        )
        cursor.execute(counted)
        kept = cursor.fetchall()
        cursor.execute(recount)
        expected = cursor.fetchall()
    practices = [row for row in kept if row[3] == "*"]
    assert (practices, kept) == (
        [("network", 9999, 9999, "*", 4), ("public", 2016, 2030, "*", 1)],
        expected,
    )
