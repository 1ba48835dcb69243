"""Does the text come back out of the PDF case studies? For every published practice, in both
languages (network-only ones too, read as the first superuser if there is one): the PDF's text
(pdftotext, poppler-utils), whitespace removed, must contain the title and the summary,
whitespace removed, exactly.

    DEBUG=1 .venv/bin/python scripts/pdf_text_check.py        (DATABASE_URL picks the database)
"""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "glgp.settings")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402

from practices import audience  # noqa: E402

SPACE = re.compile(r"\s+")


def pdf_text(content):
    done = subprocess.run(["pdftotext", "-", "-"], input=content, capture_output=True, check=True)
    return SPACE.sub("", done.stdout.decode())


def main():
    client = Client(SERVER_NAME="localhost")
    reader = audience.PUBLIC
    superuser = get_user_model().objects.filter(is_superuser=True, is_active=True).first()
    if superuser:
        client.force_login(superuser)
        reader = audience.NETWORK
    failures = checked = 0
    for practice in audience.published_for(reader).order_by("pk"):
        for lang in ("km", "en"):
            started = time.monotonic()
            response = client.get(f"/{lang}/practices/{practice.slug}/pdf/")
            took = time.monotonic() - started
            text = pdf_text(response.content)
            title = SPACE.sub("", getattr(practice, f"title_{lang}") or "")
            summary = SPACE.sub("", getattr(practice, f"summary_{lang}") or "")
            ok = (title in text, summary in text)
            checked += 1
            failures += not all(ok)
            print(f"{practice.slug[:40]:40} {lang} title {ok[0]} summary {ok[1]} {took:.2f}s")
    print(f"{checked - failures} of {checked} PDFs give back their title and summary exactly")
    return failures


sys.exit(1 if main() else 0)
