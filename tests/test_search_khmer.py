"""Search on both databases as Khmer typists type: variant spellings and invisible characters in
the query and in the stored text, ranking of short and long practices, and suggestions."""

import re

import pytest
from django.test import Client

from practices import audience
from practices.models import Practice, Visibility
from practices.search import queries
from tests.factories import make_practice, public_url

pytestmark = pytest.mark.django_db
ZWSP = "\u200b"


def public():
    return audience.published_for(audience.PUBLIC)


def found(query):
    """Titles the browse page lists: the words' matches, or else the similar text's."""
    matches = queries.filter_matching(public(), query)
    if not matches.exists():
        matches = queries.filter_similar(public(), query)
    return sorted(p.title_en for p in matches)


def ranked(query):
    titles = dict(Practice.objects.values_list("pk", "title_en"))
    matches = queries.filter_matching(public(), query)
    return [titles[pk] for pk in queries.ranked_ids(matches, query)]


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("សិទ្ធិស្ដ្រីក្នុងឃុំ", "ស្ត្រី"),  # subscript DA stored, TA typed
        ("សិទ្ធិស្ត្រីក្នុងឃុំ", "ស្ដ្រី"),  # and the other way round
        ("ក្ដារព័ត៌មានឃុំ", "ក្តារព័ត៌មាន"),
        ("ការផ្តល់សេវា", "ផ្ដល់"),
        ("ការដាំបន្លែនៅសាលា", f"បន{ZWSP}្លែ"),  # invisible character typed
        (f"ថវ{ZWSP}ិកាឃុំ", "ថវិកា"),  # invisible character stored
        ("ផែនការឃុំ", "ឃំុ"),  # signs typed in another order
    ],
)
def test_variant_spellings_find_each_other(stored, typed):
    make_practice(title_en="Found", title_km=stored)
    make_practice(title_en="Other", title_km="ការគ្រប់គ្រងសំរាម")
    assert found(typed) == ["Found"]


def test_variant_spelling_found_in_the_unsegmented_fallback():
    make_practice(title_en="Found", title_km="ក្ដារព័ត៌មានសាធារណៈ")
    query = "ក្តារព័ត៌មានសាធា"
    matched = list(queries.filter_matching(public(), query)) or list(
        queries.filter_similar(public(), query)
    )
    assert [p.title_en for p in matched] == ["Found"]


def test_a_short_practice_named_by_the_word_ranks_above_a_long_repetitive_one():
    make_practice(
        title_en="Market roads",
        summary_en="Roads, drains and a survey.",
        lessons_en="The council met the villagers. The market was discussed. " * 14,
    )
    make_practice(title_en="Clean market", summary_en="Vendors keep the market clean.")
    assert ranked("market") == ["Clean market", "Market roads"]


def test_title_ranks_above_summary_above_body():
    make_practice(title_en="Body", summary_en="Roads.", lessons_en="Composting worked.")
    make_practice(title_en="Summary", summary_en="Composting at school.")
    make_practice(title_en="Composting in schools", summary_en="Roads.")
    assert ranked("compost") == ["Composting in schools", "Summary", "Body"]


def test_khmer_title_ranks_above_a_long_khmer_body():
    make_practice(
        title_en="Long",
        title_km="ផ្សារនិងផ្លូវ",
        lessons_km="ក្រុមប្រឹក្សាឃុំបានជួបប្រជាពលរដ្ឋ។ ផ្សារ។ " * 14,
    )
    make_practice(title_en="Short", title_km="ផ្សារស្អាត", summary_km="អ្នកលក់ថែរក្សាផ្សារ។")
    assert ranked("ផ្សារ") == ["Short", "Long"]


## SUGGESTIONS


def suggested(query, lang="en"):
    html = Client().get(public_url("practices:list", q=query, lang=lang)).content.decode()
    found = re.search(r'<p class="suggestion">(.*?)</p>', html)
    return found[1] if found else None


def test_misspelt_english_is_offered_the_indexed_word_on_both_databases():
    make_practice(title_en="Citizen participation in planning")
    assert (suggested("partisipation"), suggested("participation")) == (
        'Did you mean <a href="?q=participation">participation</a>?',
        None,
    )


def test_misspelt_english_lists_similar_practices_on_both_databases():
    make_practice(title_en="Clean market")
    make_practice(title_en="Roads")
    assert [p.title_en for p in queries.filter_similar(public(), "markt")] == ["Clean market"]


def test_khmer_query_without_results_is_offered_the_nearest_khmer_word():
    make_practice(title_en="Market", title_km="ផ្សារស្អាត")
    assert queries.suggestion(public(), "ផសារ") == "ផ្សារ"
    assert "ផ្សារ</a>" in suggested("ផសារ", lang="km")


def test_suggestion_keeps_the_filters_and_leaves_out_the_page():
    make_practice(title_en="Clean market", status=Practice.Status.ONGOING)
    html = Client().get(public_url("practices:list", q="markt", status="ongoing", page="2"))
    assert 'href="?q=market&amp;status=ongoing"' in html.content.decode()


def test_no_suggestion_when_the_search_finds_enough():
    for n in range(3):
        make_practice(title_en=f"Market {n}")
    make_practice(title_en="Markets and roads")
    assert suggested("market") is None


def test_no_suggestion_from_words_the_reader_may_not_see():
    make_practice(title_en="Clean market", visibility=Visibility.NETWORK)
    assert (
        suggested("markt"),
        queries.suggestion(audience.published_for(audience.NETWORK), "markt"),
    ) == (None, "market")


def test_nothing_near_enough_offers_nothing():
    make_practice(title_en="Clean market")
    assert suggested("zzzzzz") is None
