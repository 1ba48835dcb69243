"""The Khmer catalogue translates every string the code marks, with nothing fuzzy.

The strings are extracted afresh from a copy of the code, so a string added without its
translation fails here even if nobody ran `makemessages`.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="gettext is not installed")
def test_khmer_catalogue_has_no_untranslated_or_fuzzy_string(tmp_path):
    for part in ("glgp", "practices", "templates", "locale"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("*.mo"))
    django_admin = Path(sys.executable).with_name("django-admin")
    subprocess.run(
        [str(django_admin), "makemessages", "-l", "km", "--no-obsolete", "-v0"],
        cwd=tmp_path,
        check=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    result = subprocess.run(
        [
            "msgfmt",
            "--statistics",
            "--check-format",
            "-o",
            "/dev/null",
            str(tmp_path / "locale/km/LC_MESSAGES/django.po"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    counts = {kind: int(n) for n, kind in re.findall(r"(\d+) (fuzzy|untranslated)", result.stderr)}
    assert (result.returncode, counts.get("fuzzy", 0), counts.get("untranslated", 0)) == (0, 0, 0)
