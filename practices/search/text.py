"""Text as search sees it, without the database: words, queries and snippets.

Khmer is written without spaces between words, and neither PostgreSQL's text-search parser
nor SQLite's FTS5 tokenizers can find the words. So the search document stores the text
already cut into words (khmercut), and queries are cut the same way: a Khmer run typed
without spaces becomes a phrase of adjacent words, its last word matched as a prefix.
Latin text is lower-cased and stripped of accents here, then stemmed by the engine.
"""

import functools
import html
import re
import unicodedata

from django.utils.safestring import mark_safe
from khmercut import tokenize

KHMER_LETTERS = "\u1780-\u17d3\u17dc\u17dd\u17e0-\u17e9\u19e0-\u19ff"
KHMER = re.compile(f"[{KHMER_LETTERS}]")
# Anything that is neither a letter, a digit nor a Khmer sign separates words; Khmer
# punctuation (។ ៕ ៖ ៗ) and the zero-width space included.
SEPARATORS = re.compile(rf"[^\w{KHMER_LETTERS}]+")
JOINERS = re.compile("[\u200c\u200d\u00ad]")
MAX_QUERY_LENGTH = 200
# Khmer looked up inside the unsegmented text must be at least this long, or it matches
# everywhere.
MIN_SUBSTRING = 3


def fold(text):
    """Lower-case and strip accents from Latin letters, leaving Khmer signs alone."""
    if text.isascii():
        return text.lower()
    out = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and out[-1] < "\u0250":
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out)).casefold()


@functools.lru_cache(maxsize=100_000)
def _chunk_words(chunk):
    if not KHMER.search(chunk):
        return (fold(chunk),)
    words = (SEPARATORS.sub("", token) for token in tokenize(chunk))
    return tuple(fold(word) for word in words if word)


def words(text):
    """The words of `text`, Khmer segmented, folded for matching."""
    result = []
    for chunk in SEPARATORS.split(JOINERS.sub("", text or "")):
        if chunk:
            result.extend(_chunk_words(chunk))
    return result


def segment(*texts):
    """The words of `texts` joined by spaces, as the search documents store them."""
    return " ".join(word for text in texts for word in words(text))


def query_groups(query):
    """The query as groups of words: each group is typed without spaces and must stand together."""
    query = (query or "").replace("\x00", "")[:MAX_QUERY_LENGTH]
    groups = []
    for part in JOINERS.sub("", query).split():
        for chunk in SEPARATORS.split(part):
            if chunk:
                groups.append(list(_chunk_words(chunk)))
    return [group for group in groups if group]


def is_khmer(group):
    return any(KHMER.search(word) for word in group)


def substring_terms(groups):
    """Khmer groups long enough to look up as substrings of the unsegmented text."""
    terms = ("".join(group) for group in groups if is_khmer(group))
    return [term for term in terms if len(term) >= MIN_SUBSTRING]


def like_escape(term):
    """`term` for a LIKE pattern, its wildcards taken literally."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


## SNIPPETS


def highlight(text, query, length=220):
    """A passage of `text` around the first match of `query`, matches in <mark>, escaped."""
    text = text or ""
    patterns = [_pattern(word) for group in query_groups(query) for word in group]
    patterns = [p for p in patterns if p]
    if not patterns:
        return _shorten(text, 0, length)
    regex = re.compile("|".join(patterns), re.IGNORECASE)
    first = regex.search(text)
    start = max(0, first.start() - length // 3) if first else 0
    passage = text[start : start + length]
    marked = regex.sub(lambda m: f"\x01{m.group(0)}\x02", passage)
    escaped = html.escape(marked).replace("\x01", "<mark>").replace("\x02", "</mark>")
    prefix = "…" if start else ""
    suffix = "…" if start + length < len(text) else ""
    return mark_safe(prefix + escaped + suffix)  # escaped just above


def _pattern(word):
    if KHMER.search(word):
        return re.escape(word)
    if len(word) < 3:
        return ""
    # A stem-sized prefix, so that "participate" marks "participation" too.
    return r"\b" + re.escape(word[: max(4, len(word) - 3)]) + r"\w*"


def _shorten(text, start, length):
    passage = text[start : start + length]
    return passage + ("…" if len(text) > start + length else "")
