"""The glossary's rules as a checker: `locale/km/terms.toml` lists the non-preferred variants and
the words written with the subscript DA; `problems(text)` says what a Khmer text breaks.

Used by tests/test_khmer_terms.py over the catalogues, the sample and reference data and the
rendered Khmer pages; a new feature's strings are checked by the same file, with no change here.
"""

import ast
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TERMS_FILE = ROOT / "locale" / "km" / "terms.toml"
CATALOGUES = [
    ROOT / "locale/km/LC_MESSAGES/django.po",
    ROOT / "upstream/locale/km/LC_MESSAGES/django.po",
    ROOT / "upstream/locale/km/LC_MESSAGES/djangojs.po",
]

KHMER = re.compile(r"[\u1780-\u17ff]")
KHMER_WORD = r"[\u1780-\u17ff]"
DA, TA = "\u17d2\u178a", "\u17d2\u178f"  # ្ដ and ្ត
KHMER_DIGIT = "[\u17e0-\u17e9]"
# A comma between Khmer digits: a decimal comma (២,៨) or the interface's old grouping (១,២៣៤).
COMMA_IN_NUMBER = re.compile(f"{KHMER_DIGIT},{KHMER_DIGIT}")
# Thousands grouped by a plain space (១ ២៤០): the portal's format groups with a no-break space.
PLAIN_SPACE_GROUP = re.compile(f"{KHMER_DIGIT} {KHMER_DIGIT}{{3}}(?!{KHMER_DIGIT})")
# ";" with Khmer on its side, once HTML entities (&nbsp;) and a quoted ";" (the import's list
# separator, named as a character) are out of the way.
ENTITY = re.compile(r"&#?\w+;|“;”")
SEMICOLON = re.compile(r"[\u1780-\u17ff][^;\n]{0,40};|;[^;\n]{0,40}[\u1780-\u17ff]")


@dataclass(frozen=True)
class Terms:
    forbidden: dict  # variant → (preferred term, its English)
    allowed: dict  # variant → longer correct terms that contain it
    da_words: tuple  # words written with ្ដ, whose ្ត form is refused

    @classmethod
    def load(cls, path=TERMS_FILE):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        forbidden, allowed = {}, {}
        for preferred, entry in data["terms"].items():
            for variant in entry["forbidden"]:
                forbidden[variant] = (preferred, entry.get("english", ""))
                allowed[variant] = tuple(entry.get("except", ()))
        return cls(forbidden, allowed, tuple(data["spelling"]["da"]))


def problems(text, terms):
    """What a Khmer text breaks, each as a short sentence naming the term; [] when nothing."""
    if not text or not KHMER.search(text):
        return []
    found = []
    for variant, (preferred, english) in terms.forbidden.items():
        if _holds(text, variant, terms.allowed[variant]):
            found.append(f"'{variant}' where the glossary says '{preferred}' ({english})")
    for word in terms.da_words:
        if _holds(text, word.replace(DA, TA), ()):
            found.append(f"'{word.replace(DA, TA)}' written with TA: write '{word}'")
    if match := SEMICOLON.search(ENTITY.sub("", text)):
        found.append(f"';' in a Khmer sentence ('{match.group().strip()}')")
    if match := COMMA_IN_NUMBER.search(text):
        found.append(f"a comma inside a number ('{match.group()}')")
    if match := PLAIN_SPACE_GROUP.search(text):
        found.append(
            f"thousands grouped by a plain space ('{match.group()}'): use a no-break space"
        )
    return found


def _holds(text, variant, exceptions):
    for longer in exceptions:
        text = text.replace(longer, "")
    return variant in text


# The catalogues, read without a package: msgctxt, msgid, msgid_plural, msgstr, msgstr[n].


@dataclass
class Entry:
    context: str = ""
    msgid: str = ""
    translations: tuple = ()
    line: int = 0

    def label(self, path):
        where = f"{path.relative_to(ROOT)}:{self.line}"
        context = f" (context '{self.context}')" if self.context else ""
        return f"{where} msgid '{self.msgid[:60]}'{context}"


def read_catalogue(path):
    entries, current, key = [], {}, None
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, raw in enumerate([*lines, ""], start=1):
        line = raw.strip()
        if line.startswith("#~"):
            continue
        if not line or line.startswith("#"):
            if current.get("msgid") is not None:
                entries.append(_entry(current))
            current, key = {}, None
            continue
        if line.startswith('"'):
            current[key] += ast.literal_eval(line)
            continue
        key, _, value = line.partition(" ")
        current.setdefault("line", number)
        current[key] = ast.literal_eval(value)
    return [e for e in entries if e.msgid]


def _entry(fields):
    strings = tuple(v for k, v in fields.items() if k.startswith("msgstr"))
    return Entry(fields.get("msgctxt", ""), fields["msgid"], strings, fields["line"])
