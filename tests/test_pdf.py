"""The PDF case study, printed by Chromium: its text can be copied back out (Khmer included),
it carries the first photos and a link to the practice page, it is cached, and printing it
runs no script and reaches no network."""

import http.server
import io
import re
import subprocess
import threading

import pytest
from django.core.cache import cache
from pypdf import PdfReader

from practices import pdf
from practices.models import Photo
from tests.factories import image_file, make_practice, public_url

pytestmark = pytest.mark.django_db
needs_engine = pytest.mark.needs("pdf")
needs_pdftotext = pytest.mark.needs("pdftotext")
SPACE = re.compile(r"\s+")
TITLE_KM = "ការប្រមូលថ្លៃសេវាផ្សារ និងចំណតដោយចេញបង្កាន់ដៃ"
SUMMARY_KM = "ក្រុងសៀមរាបបានតម្រូវឱ្យអ្នកប្រមូលថ្លៃសេវាផ្សារចេញបង្កាន់ដៃដែលមានលេខរៀង។ ស្ដ្រីលក់ដូរពេញចិត្ត។"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def text_of(content):
    """The PDF's text as pdftotext gives it, whitespace removed."""
    done = subprocess.run(["pdftotext", "-", "-"], input=content, capture_output=True, check=True)
    return SPACE.sub("", done.stdout.decode())


def bare(text):
    return SPACE.sub("", text)


@needs_engine
@needs_pdftotext
@pytest.mark.parametrize("lang", ["km", "en"])
def test_pdf_gives_back_its_title_and_summary_exactly(client, lang):
    make_practice(
        slug="p",
        title_km=TITLE_KM,
        summary_km=SUMMARY_KM,
        title_en="Receipted market fees",
        summary_en="Collectors issue numbered receipts.",
    )
    response = client.get(public_url("practices:pdf", "p", lang=lang))
    text = text_of(response.content)
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in PdfReader(io.BytesIO(response.content)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    title, summary = {
        "km": (TITLE_KM, SUMMARY_KM),
        "en": ("Receipted market fees", "Collectors issue numbered receipts."),
    }[lang]
    assert (response["Content-Type"], bare(title) in text, bare(summary) in text) == (
        "application/pdf",
        True,
        True,
    )
    # The bundled Khmer font is embedded: the PDF reads the same where none is installed.
    assert any("NotoSansKhmer" in font for font in fonts) == (lang == "km")


@needs_engine
def test_pdf_has_the_first_photos_and_links_to_the_practice_page(client):
    practice = make_practice(slug="p")
    for n in range(pdf.PHOTOS + 2):
        colour = (40 * n, 100, 200)
        Photo.objects.create(
            practice=practice, image=image_file(f"{n}.png", (900, 600), color=colour)
        )
    response = client.get(public_url("practices:pdf", "p", lang="km"))
    reader = PdfReader(io.BytesIO(response.content))
    images = sum(len(page.images) for page in reader.pages)
    links = [
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if "/A" in annotation.get_object()
    ]
    assert (images, links) == (pdf.PHOTOS, ["http://testserver/km/practices/p/"])


@needs_engine
def test_pdf_is_cached_until_the_practice_changes(client):
    practice = make_practice(slug="p", title_en="Before")
    url = public_url("practices:pdf", "p")
    first, again = client.get(url).content, client.get(url).content
    practice.title_en = "After"
    practice.save()
    changed = client.get(url).content
    # Chromium stamps each PDF with the time it was made: equal bytes come from the cache.
    assert (first == again, first == changed) == (True, False)


class Counter(http.server.BaseHTTPRequestHandler):
    hits = []

    def do_GET(self):
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def listener():
    Counter.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", Counter.hits
    server.shutdown()
    server.server_close()


@needs_engine
@needs_pdftotext
def test_printing_runs_no_script_and_fetches_nothing_from_the_network(listener):
    address, hits = listener
    html = (
        f'<!doctype html><html><head><link rel="stylesheet" href="{address}/style.css"></head>'
        f'<body><p id="p">Printed as written</p><img src="{address}/photo.png">'
        '<script>document.getElementById("p").textContent = "Script ran";</script>'
        f'<iframe src="{address}/frame"></iframe></body></html>'
    )
    text = text_of(pdf.render(html))
    assert (hits, "Printedaswritten" in text, "Scriptran" in text) == ([], True, False)


@needs_engine
def test_printing_reads_only_the_projects_own_files():
    read = pdf._local_file
    assert [
        read(f"{pdf.ORIGIN}/static/css/case-study-pdf.css") is not None,
        read(f"{pdf.ORIGIN}/static/../pyproject.toml"),
        read(f"{pdf.ORIGIN}/media/../../etc/passwd"),
        read("file:///etc/passwd"),
    ] == [True, None, None, None]


def test_pdf_link_hidden_without_the_engine(client, monkeypatch):
    make_practice(slug="p", title_en="Compost")
    monkeypatch.setattr(pdf, "available", lambda: False)
    html = client.get(public_url("practices:detail", "p")).content.decode()
    pdf_status = client.get(public_url("practices:pdf", "p")).status_code
    assert ("<h1>Compost</h1>" in html, "/en/practices/p/pdf/" in html) == (True, False)
    assert pdf_status == 404


def test_pdf_link_shown_with_the_engine(client, monkeypatch):
    make_practice(slug="p")
    monkeypatch.setattr(pdf, "available", lambda: True)
    html = client.get(public_url("practices:detail", "p")).content.decode()
    assert "/en/practices/p/pdf/" in html


def test_missing_engine_is_named_with_how_to_install_it(settings):
    settings.PDF_CHROMIUM = "/nowhere/chromium"
    assert pdf.missing() == (
        "Chromium is not at /nowhere/chromium (PDF_CHROMIUM): apt-get install chromium"
    )


def test_practice_page_has_a_print_stylesheet(client):
    from pathlib import Path

    from django.contrib.staticfiles import finders

    css = Path(finders.find("css/site.css")).read_text(encoding="utf-8")
    assert "@media print" in css


@needs_engine
@needs_pdftotext
def test_one_browser_prints_pdf_after_pdf_and_requests_on_other_threads():
    printed = []

    def print_one(n):
        printed.append(text_of(pdf.render(f"<!doctype html><p>Case study {n}</p>")))

    print_one(1)
    launched = pdf._printer.launches
    others = [threading.Thread(target=print_one, args=(n,)) for n in (2, 3)]
    for thread in others:
        thread.start()
    for thread in others:
        thread.join()
    assert (sorted(printed), pdf._printer.launches) == (
        ["Casestudy1", "Casestudy2", "Casestudy3"],
        launched,
    )
