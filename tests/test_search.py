"""Search in both languages, on both databases: Khmer segmented into words, English stemmed."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils.timezone import now

from practices import audience
from practices.models import Practice, Stage
from practices.search import queries
from practices.search import text as search_text
from tests.factories import add_partner, make_partner, make_practice, make_theme, public_url

pytestmark = pytest.mark.django_db
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's own matching"
)

PARTICIPATION_KM = "ការចូលរួមរបស់ប្រជាពលរដ្ឋក្នុងការធ្វើផែនការឃុំ"


def found(query, queryset=None):
    queryset = audience.published_for(audience.PUBLIC) if queryset is None else queryset
    return sorted(p.title_en for p in queries.filter_matching(queryset, query))


@pytest.fixture
def participation():
    return make_practice(
        title_en="Citizens plan the commune budget",
        title_km=PARTICIPATION_KM,
        summary_en="Villagers took part in planning meetings.",
        lessons_en="Broad participation needs evening meetings.",
    )


def test_words_segments_khmer_and_folds_latin():
    assert search_text.words("ការចូលរួមរបស់ប្រជាពលរដ្ឋ Café, PARTICIPATION!") == [
        "ការចូលរួម",
        "របស់",
        "ប្រជាពលរដ្ឋ",
        "cafe",
        "participation",
    ]


def test_two_khmer_words_typed_together_find_the_phrase(participation):
    assert found("ការចូលរួមរបស់") == ["Citizens plan the commune budget"]


def test_single_khmer_word_found_inside_a_longer_phrase(participation):
    assert found("ការចូលរួម") == ["Citizens plan the commune budget"]


def test_khmer_words_in_the_wrong_order_do_not_make_the_phrase(participation):
    assert found("របស់ការចូលរួម") == []


def test_khmer_word_with_other_vowel_signs_is_another_word(participation):
    # ការ and កើរ share their consonants; only the vowel signs tell them apart.
    assert (found("ការ"), found("កើរ")) == (["Citizens plan the commune budget"], [])


def test_english_is_stemmed_case_and_accent_insensitive(participation):
    assert found("PARTICIPATE") == ["Citizens plan the commune budget"]
    assert found("plánning") == ["Citizens plan the commune budget"]


def test_every_section_is_searched(participation):
    assert found("evening") == ["Citizens plan the commune budget"]


def test_place_and_partner_names_in_both_languages(admin_units):
    practice = make_practice(title_en="Market", units=[admin_units.get(code="020101")])
    add_partner(practice, make_partner(name_en="Cooperation Committee", acronym="CCC"))
    assert [found(q) for q in ("Battambang", "បាត់ដំបង", "committee", "ccc")] == [["Market"]] * 4


def test_unmatched_query_finds_nothing(participation):
    assert found("irrigation") == []


def test_empty_query_lists_everything(participation):
    make_practice(title_en="Other")
    assert found("   ") == ["Citizens plan the commune budget", "Other"]


def test_index_follows_edits_and_unpublication(participation):
    participation.title_en = "Citizens plan the irrigation budget"
    participation.save()
    assert (found("irrigation"), found("commune")) == (["Citizens plan the irrigation budget"], [])
    participation.stage = Stage.IN_REVIEW
    participation.save()
    assert found("irrigation") == []


def test_index_follows_theme_changes(participation):
    participation.themes.set([make_theme(name_en="Fisheries")])
    assert found("fisheries") == ["Citizens plan the commune budget"]
    participation.themes.clear()
    assert found("fisheries") == []


def test_deleted_practice_leaves_the_index(participation):
    participation.delete()
    assert found("participation") == []


def test_title_ranks_above_body():
    make_practice(title_en="Body", lessons_en="Composting worked well.")
    make_practice(title_en="Composting in schools")
    matches = queries.filter_matching(audience.published_for(audience.PUBLIC), "compost")
    titles = dict(Practice.objects.values_list("pk", "title_en"))
    assert [titles[pk] for pk in queries.ranked_ids(matches, "compost")] == [
        "Composting in schools",
        "Body",
    ]


def test_highlight_marks_matches_and_escapes():
    text = "<b>Broad</b> participation of villagers"
    assert search_text.highlight(text, "participate") == (
        "&lt;b&gt;Broad&lt;/b&gt; <mark>participation</mark> of villagers"
    )


def test_browse_combines_search_with_filters_and_pagination(client, admin_units):
    commune = admin_units.get(code="020101")
    for n in range(3):
        make_practice(title_en=f"Waste {n}", units=[commune])
    make_practice(title_en="Waste elsewhere", units=[admin_units.get(code="120101")])
    response = client.get(public_url("practices:list", q="waste", province="02", sort="title"))
    page = response.context["browse"].page
    assert [p.title_en for p in page.object_list] == ["Waste 0", "Waste 1", "Waste 2"]


def test_search_page_shows_highlighted_snippet(client, participation):
    body = client.get(public_url("practices:list", q="planning")).content.decode()
    assert "<mark>planning</mark>" in body


def test_query_with_operators_and_nul_is_harmless(client, participation):
    for query in ["a & | ! ( ) : * <-> 'x' \"y\"", "NEAR(", "x" * 500]:
        assert client.get(public_url("practices:list", q=query)).status_code == 200
    # No one types a NUL: refused before the search sees it.
    assert client.get(public_url("practices:list", q="\x00")).status_code == 400


def test_khmer_inside_a_differently_cut_word_is_offered_when_words_match_nothing(client):
    make_practice(title_en="Budget", title_km=PARTICIPATION_KM)
    response = client.get(public_url("practices:list", q="ចូលរួម"))
    browse = response.context["browse"]
    assert (browse.page.paginator.count, [p.title_en for p in browse.similar]) == (
        0,
        ["Budget"],
    )


@on_postgresql
def test_database_extracts_khmer_trigrams():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT array_length(show_trgm('ការចូលរួម'), 1), pg_encoding_to_char(encoding) "
            "FROM pg_database WHERE datname = current_database()"
        )
        trigrams, encoding = cursor.fetchone()
    assert (trigrams > 0, encoding) == (True, "UTF8")


@on_postgresql
def test_misspelt_english_finds_similar_titles(client):
    make_practice(title_en="Participatory budgeting")
    response = client.get(public_url("practices:list", q="particpatory"))
    browse = response.context["browse"]
    assert (browse.page.paginator.count, [p.title_en for p in browse.similar]) == (
        0,
        ["Participatory budgeting"],
    )


@pytest.mark.django_db
def test_reindex_command_rebuilds_what_was_lost():
    import io

    from django.core.management import call_command

    from practices.models import PracticeSearch

    practice = make_practice(title_en="Rainwater jars for every school")
    PracticeSearch.objects.all().delete()
    out = io.StringIO()
    call_command("reindex", stdout=out)
    assert list(PracticeSearch.objects.values_list("practice_id", flat=True)) == [practice.pk]
    assert out.getvalue() == "Search index rebuilt for 1 published practices.\n"


def test_browse_ranks_title_matches_first(client):
    make_practice(title_en="Body", lessons_en="Composting worked well.")
    make_practice(title_en="Composting in schools")
    browse = client.get(public_url("practices:list", q="compost")).context["browse"]
    assert [p.title_en for p in browse.page.object_list] == ["Composting in schools", "Body"]


def test_equally_relevant_matches_are_listed_newest_first(client):
    older = make_practice(title_en="Compost A", summary_en="Compost")
    newer = make_practice(title_en="Compost B", summary_en="Compost")
    Practice.objects.filter(pk=older.pk).update(published_at=now() - timedelta(days=1))
    Practice.objects.filter(pk=newer.pk).update(published_at=now() - timedelta(days=2))
    browse = client.get(public_url("practices:list", q="compost")).context["browse"]
    # The first created was published last: publication date decides, not creation.
    assert [p.title_en for p in browse.page.object_list] == ["Compost A", "Compost B"]


def test_search_lists_the_newest_matches_and_says_there_are_more(client, monkeypatch):
    monkeypatch.setattr(queries, "RANKED_CANDIDATES", 2)
    theme = make_theme(slug="waste")
    for n in range(3):
        make_practice(title_en=f"Waste {n}", themes=[theme])
    response = client.get(public_url("practices:list", q="waste"))
    browse = response.context["browse"]
    assert (browse.more, browse.page.paginator.count, browse.facets.partial) == (True, 2, True)
    # The counts read one more match than are listed, and say so.
    assert [n for key, _, n, _ in browse.facets["theme"]] == [3]
    assert "More than" in response.content.decode()


def test_search_facets_count_each_option_without_its_own_filter(client):
    waste, water = make_theme(slug="waste"), make_theme(slug="water")
    make_practice(title_en="Waste pickup", themes=[waste], status="ongoing")
    make_practice(title_en="Waste and water", themes=[waste, water], status="completed")
    make_practice(title_en="Water only", themes=[water])
    url = public_url("practices:list", q="waste", theme="water", sort="title")
    browse = client.get(url).context["browse"]
    assert [p.title_en for p in browse.page.object_list] == ["Waste and water"]
    assert sorted((key, n) for key, _, n, _ in browse.facets["theme"]) == [
        ("waste", 2),
        ("water", 1),
    ]
    assert (browse.more, browse.facets.total) == (False, 1)


@on_postgresql
def test_search_vectors_are_kept_in_the_row():
    # Read back through TOAST, the vectors of a thousand matches cost 18 ms at 10,000 practices.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute WHERE attname = 'vector' "
            "AND attrelid = 'practices_practicesearch'::regclass"
        )
        assert cursor.fetchone() == ("m",)


@pytest.mark.parametrize("query", ["", "market"])
def test_a_district_chosen_leaves_the_other_provinces_on_offer(client, admin_units, query):
    unit = admin_units.get
    for code in ("020101", "020101", "020201", "030101"):
        make_practice(title_en="Market", units=[unit(code=code)])
    url = public_url("practices:list", q=query, province="02", district="0201")
    browse = client.get(url, follow=True).context["browse"]
    assert [p.title_en for p in browse.page.object_list] == ["Market", "Market"]
    assert [(key, n) for key, _, n, _ in browse.facets["province"]] == [("02", 3), ("03", 1)]
    assert [(key, n) for key, _, n, _ in browse.facets["district"]] == [("0201", 2), ("0202", 1)]
