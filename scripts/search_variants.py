"""Matches of Khmer typed in its variant spellings, and of misspelt words, on the sample data.

    DEBUG=1 .venv/bin/python scripts/search_variants.py        (DATABASE_URL picks the database)

For each query: how many practices the words match, how many the "similar words" fallback
lists when they match nothing, and the first suggestion offered, where there is one.
"""

import os
import sys
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
    "ផ្សារ",
]


def main():
    public = audience.published_for(audience.PUBLIC)
    for query in QUERIES:
        words = queries.filter_matching(public, query).count()
        similar = queries.filter_similar(public, query).count() if not words else "-"
        suggest = getattr(queries, "suggestion", None)
        offered = (suggest(public, query) or "-") if suggest else "n/a"
        shown = query.replace(ZWSP, "<ZWSP>")
        print(f"{shown}\twords {words}\tsimilar {similar}\tsuggestion {offered}")


main()
