"""Optional parts of the machine that some tests need: found, or their tests skipped.

A test that needs one is marked `@pytest.mark.needs("pdf")` (or uses `needs("pdf")`). Where
the part is missing the test is skipped, saying which part and that `make system-deps`
installs it, and the run ends with one line per missing part (tests/conftest.py). Nothing here
raises: a part that fails to load, or warns while loading, counts as missing.

SYSTEM_PARTS_MISSING=pdf,chromium pretends those parts are missing (to see what a machine
without them runs).
"""

import functools
import os
import shutil
import warnings
from pathlib import Path

import pytest

INSTALL = "`make system-deps` installs it"


def _pdf_engine():
    # The portal's own test (practices.pdf.available), run once with warnings recorded: a
    # library that warns while loading (HarfBuzz without its subsetter) counts as missing
    # rather than failing the run under filterwarnings = error.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        from practices import pdf

        works = pdf.available()
    problems = [str(w.message) for w in caught]
    return works and not problems


def _chromium():
    return os.access(Path("/usr/bin/chromium"), os.X_OK)


def _command(name):
    return lambda: shutil.which(name) is not None


# name → (what a person reads, how to find it)
PARTS = {
    "pdf": ("the PDF engine (Chromium and Playwright)", _pdf_engine),
    "pdftotext": ("pdftotext (poppler-utils)", _command("pdftotext")),
    "chromium": ("Chromium (/usr/bin/chromium)", _chromium),
    "gettext": ("gettext (msgfmt)", _command("msgfmt")),
    "pg_dump": ("the PostgreSQL client (pg_dump)", _command("pg_dump")),
    "redis": ("Redis (redis-server)", _command("redis-server")),
}


def _pretended():
    return {name.strip() for name in os.environ.get("SYSTEM_PARTS_MISSING", "").split(",")}


@functools.cache
def present(name):
    check = PARTS[name][1]
    if name in _pretended():
        return False
    try:
        return bool(check())
    except Exception:  # a part that cannot even be asked is missing
        return False


def reason(name):
    return f"{PARTS[name][0]} is missing: {INSTALL}"


def needs(*names):
    return pytest.mark.needs(*names)
