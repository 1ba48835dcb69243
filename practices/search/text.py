"""Text as search sees it, without the database: words, queries and snippets.

Khmer is written without spaces between words, and neither PostgreSQL's text-search parser
nor SQLite's FTS5 tokenizers can find the words. So the search document stores the text
already cut into words (khmercut), and queries are cut the same way: a Khmer run typed
without spaces becomes a phrase of adjacent words, its last word matched as a prefix.
Latin text is lower-cased and stripped of accents here, then stemmed by the engine.

Khmer that looks the same is typed in several ways. `normalise` gives every way one form, and
the index (both engines, segmented and unsegmented), the query and the highlighting all go
through it; the text shown stays as written.
"""

import bisect
import functools
import html
import unicodedata

import regex as re
from django.utils.safestring import mark_safe
from khmercut import tokenize

KHMER_LETTERS = "\u1780-\u17d3\u17dc\u17dd\u17e0-\u17e9\u19e0-\u19ff"
KHMER = re.compile(f"[{KHMER_LETTERS}]")
# Anything that is neither a letter, a digit nor a Khmer sign separates words; Khmer
# punctuation (។ ៕ ៖ ៗ) included.
SEPARATORS = re.compile(rf"[^\w{KHMER_LETTERS}]+")
MAX_QUERY_LENGTH = 200
# Khmer looked up inside the unsegmented text must be at least this long, or it matches
# everywhere.
MIN_SUBSTRING = 3


## NORMALISING

COENG = "\u17d2"
# Zero-width space, non-joiner, joiner, word joiner, soft hyphen, byte order mark: line-break
# and shaping hints that no reader sees.
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
# Between Khmer letters (where Khmer keyboards and word processors put them) they are all
# dropped; elsewhere the zero-width space still parts two words, and the others are dropped.
JOINERS = re.compile("[\u200c\u200d\u2060\u00ad\ufeff]")
INVISIBLE_IN_KHMER = re.compile(f"(?<=[{KHMER_LETTERS}])[{INVISIBLE_CHARS}]+(?=[{KHMER_LETTERS}])")
# Signs written after a consonant (and its subscripts), in the order Unicode gives them:
# robat, then the register shifters, then the vowel, then the signs above and after. Fonts
# draw the other orders alike, and people type them.
SIGN_ORDER = {"\u17cc": 0, "\u17c9": 1, "\u17ca": 1}
SIGN_ORDER.update({chr(c): 2 for c in range(0x17B6, 0x17C6)})
SIGNS = re.compile("[\u17b6-\u17d1\u17d3\u17dd]{2,}")
LOOKALIKES = {
    COENG + "\u178a": COENG + "\u178f",  # subscript DA drawn as subscript TA
    "\u17a3": "\u17a2",  # deprecated independent vowel QAQ: the letter QA
    "\u17a4": "\u17a2\u17b6",  # deprecated QAA: QA with the vowel AA
}
LOOKALIKE = re.compile("|".join(LOOKALIKES))


def normalise(text):
    """`text` with every spelling of the same Khmer in one form: NFC, subscript DA as TA,
    invisible characters inside Khmer dropped, the signs of a syllable in Unicode's order."""
    text = unicodedata.normalize("NFC", text or "")
    if text.isascii():
        return text
    text = JOINERS.sub("", INVISIBLE_IN_KHMER.sub("", text))
    text = LOOKALIKE.sub(lambda m: LOOKALIKES[m.group()], text)
    return SIGNS.sub(lambda m: "".join(sorted(m.group(), key=_sign_rank)), text)


def _sign_rank(char):
    return SIGN_ORDER.get(char, 3)


def fold(text):
    """Normalised, lower-cased, Latin letters stripped of accents, Khmer signs left alone."""
    text = normalise(text)
    if text.isascii():
        return text.lower()
    out = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and out[-1] < "\u0250":
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out)).casefold()


## WORDS AND QUERIES


@functools.lru_cache(maxsize=100_000)
def _chunk_words(chunk):
    if not KHMER.search(chunk):
        return (fold(chunk),)
    words = (SEPARATORS.sub("", token) for token in tokenize(chunk))
    return tuple(fold(word) for word in words if word)


def words(text):
    """The words of `text`, Khmer segmented, folded for matching."""
    result = []
    for chunk in SEPARATORS.split(normalise(text)):
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
    for part in normalise(query).split():
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

# A Khmer syllable is one cluster: Unicode's grapheme clusters, joined where a subscript
# (coeng) or an invisible character links them, or where a sign follows.
CLUSTER = re.compile(rf"\X(?:(?<=[{COENG}{INVISIBLE_CHARS}])\X|(?=[\p{{M}}{INVISIBLE_CHARS}])\X)*")


def cluster_bounds(text):
    """The positions of `text` where a cluster begins, and its end."""
    return [m.start() for m in CLUSTER.finditer(text)] + [len(text)]


def passage(text, start, length, bounds=None):
    """(begin, end) of about `length` characters of `text` from `start`, on cluster bounds."""
    bounds = cluster_bounds(text) if bounds is None else bounds
    begin = _bound_at_or_before(bounds, start)
    end = _bound_at_or_before(bounds, min(len(text), begin + length))
    return begin, max(end, _bound_after(bounds, begin))


def highlight(text, query, length=220):
    """A passage of `text` around the first match of `query`, matches in <mark>, escaped."""
    text = unicodedata.normalize("NFC", text or "")
    bounds = cluster_bounds(text)
    spans = _matches(text, query, bounds)
    start = max(0, spans[0][0] - length // 3) if spans else 0
    begin, end = passage(text, start, length, bounds)
    out, at = [], begin
    for left, right in spans:
        left, right = max(left, at), min(right, end)
        if left < right:
            out += [html.escape(text[at:left]), "<mark>", html.escape(text[left:right]), "</mark>"]
            at = right
    out.append(html.escape(text[at:end]))
    prefix = "…" if begin else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)  # escaped just above


def _matches(text, query, bounds):
    """Spans of `text` matching the query's words, widened to whole clusters, in order."""
    patterns = [_pattern(word) for group in query_groups(query) for word in group]
    patterns = [p for p in patterns if p]
    if not patterns:
        return []
    normal, offsets = _normalised_with_offsets(text)
    offsets.append(len(text))
    spans = []
    for m in re.finditer("|".join(patterns), normal, re.IGNORECASE):
        if m.end() > m.start():
            chars = offsets[m.start() : m.end()]
            left = _bound_at_or_before(bounds, min(chars))
            spans.append((left, _bound_after(bounds, max(chars))))
    return _merged(spans)


def _merged(spans):
    merged = []
    for left, right in sorted(spans):
        if merged and left < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(right, merged[-1][1]))
        else:
            merged.append((left, right))
    return merged


def _normalised_with_offsets(text):
    """normalise(text) of an NFC `text`, and where each of its characters comes from."""
    dropped = {i for m in INVISIBLE_IN_KHMER.finditer(text) for i in range(*m.span())}
    pairs = [(c, i) for i, c in enumerate(text) if i not in dropped and not JOINERS.match(c)]
    normal = "".join(c for c, _ in pairs)
    for m in reversed(list(LOOKALIKE.finditer(normal))):
        origin = pairs[m.start()][1]
        pairs[m.start() : m.end()] = [(c, origin) for c in LOOKALIKES[m.group()]]
    normal = "".join(c for c, _ in pairs)
    for m in SIGNS.finditer(normal):
        pairs[m.start() : m.end()] = sorted(pairs[m.start() : m.end()], key=_pair_rank)
    return "".join(c for c, _ in pairs), [i for _, i in pairs]


def _pair_rank(pair):
    return _sign_rank(pair[0])


def _bound_at_or_before(bounds, position):
    return bounds[bisect.bisect_right(bounds, position) - 1]


def _bound_after(bounds, position):
    return bounds[min(bisect.bisect_right(bounds, position), len(bounds) - 1)]


def _pattern(word):
    if KHMER.search(word):
        return re.escape(word)
    if len(word) < 3:
        return ""
    # A stem-sized prefix, so that "participate" marks "participation" too.
    return r"\b" + re.escape(word[: max(4, len(word) - 3)]) + r"\w*"


## SUGGESTIONS


def closest(word, candidates, limit=3):
    """The `candidates` nearest to `word` in edit distance, if near enough to be a misspelling
    of it (a fourth of its letters, at least one), nearest first."""
    most = max(1, len(word) // 4)
    letters = set(word)
    scored = []
    for candidate in candidates:
        # Each edit adds or removes at most one letter of each set: a cheap bound first.
        if len(letters.symmetric_difference(candidate)) > 2 * most:
            continue
        distance = edit_distance(word, candidate, most)
        if distance <= most and candidate != word:
            scored.append((distance, candidate))
    return [candidate for _, candidate in sorted(scored)[:limit]]


def edit_distance(a, b, most):
    """Levenshtein distance of `a` and `b`, or `most` + 1 once it is known to be larger."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
            )
        if min(current) > most:
            return most + 1
        previous = current
    return previous[-1]
