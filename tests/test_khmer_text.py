"""Khmer as search reads it: one form for the spellings that look the same, and snippets that
never cut a syllable. Without the database."""

import unicodedata

import pytest

from practices.search import text

ZWSP, ZWNJ, ZWJ, SHY, WJ = "\u200b", "\u200c", "\u200d", "\u00ad", "\u2060"

# Pairs typed differently that a reader cannot tell apart: they must find each other.
SAME = [
    ("ស្ដ្រី", "ស្ត្រី"),  # subscript DA / subscript TA
    ("ផ្ដល់", "ផ្តល់"),
    ("ក្ដារព័ត៌មាន", "ក្តារព័ត៌មាន"),
    (f"ថវ{ZWSP}ិកា", "ថវិកា"),  # invisible characters inside a word
    (f"កស{ZWSP}ិករ", "កសិករ"),
    (f"បន{ZWSP}្លែ", "បន្លែ"),
    (f"ស្ត{ZWSP}្រី", "ស្ត្រី"),
    (f"ការ{ZWNJ}ចូលរួម", "ការចូលរួម"),
    (f"ប្រជា{ZWJ}ពលរដ្ឋ", "ប្រជាពលរដ្ឋ"),
    (f"សហ{SHY}គមន៍", "សហគមន៍"),
    (f"ឃុំ{WJ}", "ឃុំ"),
    ("ឃំុ", "ឃុំ"),  # nikahit typed before the vowel U
    ("ប៉ុន្តែ", "ប៉ុន្ដែ"),
    ("ស៊ី", "សី៊"),  # register shifter typed after the vowel
    ("ប៉ាន់", "បា៉ន់"),
    ("ឣង្គការ", "អង្គការ"),  # deprecated independent vowel
    ("Café", "cafe"),
    ("Cafe\u0301", "café"),  # decomposed accent
]

# Pairs that differ in what they say: they must stay apart.
DIFFERENT = [
    ("ដល់", "តល់"),  # DA and TA as letters, not subscripts
    ("ការ", "កើរ"),
    ("ស្ត្រី", "ស្រី"),
    ("ឃុំ", "ឃុ"),
    ("ក៏", "ក"),
    ("បន្លែ", "បន្ល"),
    ("ថវិកា", "ថវកា"),
    ("ប៉ុន", "ប៊ុន"),
    ("market", "markets"),
]


@pytest.mark.parametrize(("typed", "other"), SAME)
def test_spellings_that_look_the_same_are_one(typed, other):
    assert (text.fold(typed), text.words(typed)) == (text.fold(other), text.words(other))


@pytest.mark.parametrize(("typed", "other"), DIFFERENT)
def test_different_words_stay_different(typed, other):
    assert text.fold(typed) != text.fold(other)


def test_a_query_with_an_invisible_character_is_one_group():
    assert text.query_groups(f"ស្ត{ZWSP}្រី") == [["ស្ត្រី"]]


def test_a_zero_width_space_between_latin_words_still_parts_them():
    assert text.words(f"market{ZWSP}stall") == ["market", "stall"]


def test_normalising_twice_changes_nothing():
    once = [text.normalise(a) for a, _ in SAME]
    assert [text.normalise(n) for n in once] == once


def test_highlight_marks_a_variant_spelling_as_written():
    assert text.highlight("ការចូលរួមរបស់ស្ដ្រីក្នុងឃំុ", "ស្ត្រី ឃុំ") == (
        "ការចូលរួមរបស់<mark>ស្ដ្រី</mark>ក្នុង<mark>ឃំុ</mark>"
    )


def test_highlight_marks_a_word_broken_by_an_invisible_character():
    assert text.highlight(f"ថវ{ZWSP}ិកាឃុំ", "ថវិកា") == f"<mark>ថវ{ZWSP}ិកា</mark>ឃុំ"


def test_highlight_widens_a_prefix_match_to_the_whole_syllable():
    # ក matches the start of កា: marking ក alone would leave the vowel sign without its letter.
    assert text.highlight("កា", "ក") == "<mark>កា</mark>"


## SNIPPETS ON CLUSTER BOUNDS

KHMER_TEXT = "ក្រុមប្រឹក្សាឃុំបានរៀបចំផ្សារស្អាតសម្រាប់ស្ត្រីលក់ដូរ។ ការចូលរួមរបស់ប្រជាពលរដ្ឋក្នុងការធ្វើផែនការឃុំ ផ្សារ ឃំុ ស្ដ្រី"
DEPENDENT = {"Mn", "Mc", "Me"}


def starts_inside_a_cluster(whole, position):
    """True if a cut of `whole` at `position` separates a sign, subscript or vowel from its
    letter (judged by character classes, not by the code under test)."""
    if position in (0, len(whole)):
        return False
    following, preceding = whole[position], whole[position - 1]
    return unicodedata.category(following) in DEPENDENT or preceding == text.COENG


def test_no_passage_begins_or_ends_inside_a_cluster():
    cut = []
    for start in range(len(KHMER_TEXT)):
        for length in (1, 2, 5, 17, 40):
            begin, end = text.passage(KHMER_TEXT, start, length)
            if starts_inside_a_cluster(KHMER_TEXT, begin) or starts_inside_a_cluster(
                KHMER_TEXT, end
            ):
                cut.append((start, length, begin, end))
    assert cut == []


@pytest.mark.parametrize("query", ["ផ្សារ", "ស្ត្រី", "ឃុំ", "ក", "ការចូលរួម"])
def test_no_snippet_or_mark_cuts_a_cluster(query):
    """Snippets of every length: every piece between marks and ellipses begins and ends on a
    cluster bound."""
    cut = []
    for length in range(1, len(KHMER_TEXT) + 1):
        snippet = text.highlight(KHMER_TEXT, query, length=length)
        pieces = snippet.replace("<mark>", "\x00").replace("</mark>", "\x00").split("\x00")
        for piece in filter(None, (p.strip("…") for p in pieces)):
            if starts_inside_a_cluster("\u0020" + piece + "\u0020", 1) or piece[-1] == text.COENG:
                cut.append((length, snippet))
    assert cut == []


def test_snippet_of_an_english_text_still_cuts_near_the_length():
    snippet = text.highlight("word " * 100, "", length=22)
    assert snippet == "word word word word wo…"


## SUGGESTIONS


def test_closest_finds_misspellings_in_both_languages():
    assert text.closest("partisipation", ["participation", "partition", "plan"]) == [
        "participation"
    ]
    assert text.closest("ផ្សា", ["ផ្សារ", "ផ្លូវ", "ផ្សារដែក"]) == ["ផ្សារ"]


def test_closest_refuses_words_too_far_away():
    assert text.closest("markt", ["budget", "meeting"]) == []
