"""Matches of Khmer typed in its variant spellings, and of misspelt words, on the sample data.

    DEBUG=1 .venv/bin/python scripts/search_variants.py        (DATABASE_URL picks the database)

For each query: how many practices the words match, how many the "similar words" fallback
lists when they match nothing, the suggestion offered, where there is one, and the median time
of the search page's work (matching, ranking, fallback and suggestion) over five runs.
"""

import os
import statistics
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "glgp.settings")
django.setup()

from practices import audience  # noqa: E402
from practices.search import queries  # noqa: E402

ZWSP = "\u200b"
QUERIES = [
    "ស្ត្រី",
    "ស្ដ្រី",
    "ផ្តល់",
    "ផ្ដល់",
    "ក្តារព័ត៌មាន",
    "ក្ដារព័ត៌មាន",
    f"ថវ{ZWSP}ិកា",
    f"កស{ZWSP}ិករ",
    f"បន{ZWSP}្លែ",
    f"ស្ត{ZWSP}្រី",
    "partisipation",
    "markt",
    "reciepts",
    "ផ្សារ",
    "ផសារ",  # the subscript left out
    "បង្កាន់ដេ",  # a vowel mistyped
]


def search(public, query):
    matches = queries.filter_matching(public, query)
    ranked = queries.ranked_ids(matches, query)
    similar = list(queries.filter_similar(public, query)) if not ranked else None
    suggest = getattr(queries, "suggestion", None)
    offered = (suggest(public, query, len(ranked)) or "-") if suggest else "n/a"
    return len(ranked), "-" if similar is None else len(similar), offered


def main():
    public = audience.published_for(audience.PUBLIC)
    for query in QUERIES:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            words, similar, offered = search(public, query)
            times.append((time.perf_counter() - started) * 1000)
        shown = query.replace(ZWSP, "<ZWSP>")
        took = statistics.median(times)
        print(f"{shown}\twords {words}\tsimilar {similar}\tsuggestion {offered}\t{took:.1f} ms")


main()
