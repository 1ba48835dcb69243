"""TRANSLATIONS PENDING: the Khmer catalogue must have no untranslated or fuzzy string.

The interface strings are all marked for translation; the Khmer translations are written
separately. Once `make messages` and the translation of locale/km are done, remove the xfail
mark below so that any new untranslated string fails the suite.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

CATALOGUE = Path(__file__).resolve().parent.parent / "locale/km/LC_MESSAGES/django.po"


@pytest.mark.xfail(reason="TRANSLATIONS PENDING: remove once locale/km is translated")
@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext is not installed")
def test_khmer_catalogue_has_no_untranslated_or_fuzzy_string():
    result = subprocess.run(
        ["msgfmt", "--statistics", "--check-format", "-o", "/dev/null", str(CATALOGUE)],
        capture_output=True,
        text=True,
        check=False,
    )
    counts = {kind: int(n) for n, kind in re.findall(r"(\d+) (fuzzy|untranslated)", result.stderr)}
    assert (result.returncode, counts.get("fuzzy", 0), counts.get("untranslated", 0)) == (0, 0, 0)
