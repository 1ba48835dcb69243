import io

import pytest

from practices import pdf
from tests.factories import make_practice, public_url

pytestmark = pytest.mark.django_db
needs_engine = pytest.mark.needs("pdf")


@needs_engine
def test_khmer_case_study_pdf_embeds_the_khmer_font(client):
    from pypdf import PdfReader

    make_practice(slug="p", title_km="ការចូលរួមរបស់ប្រជាពលរដ្ឋ", summary_km="សេចក្តីសង្ខេប")
    response = client.get(public_url("practices:pdf", "p", lang="km"))
    reader = PdfReader(io.BytesIO(response.content))
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    assert (response["Content-Type"], any("Noto-Sans-Khmer" in f for f in fonts)) == (
        "application/pdf",
        True,
    )


def test_pdf_link_hidden_without_the_engine(client, monkeypatch):
    make_practice(slug="p")
    monkeypatch.setattr(pdf, "available", lambda: False)
    html = client.get(public_url("practices:detail", "p")).content.decode()
    pdf_status = client.get(public_url("practices:pdf", "p")).status_code
    assert ("/en/practices/p/pdf/" in html, pdf_status) == (False, 404)


def test_practice_page_has_a_print_stylesheet(client):
    from pathlib import Path

    from django.contrib.staticfiles import finders

    css = Path(finders.find("css/site.css")).read_text(encoding="utf-8")
    assert "@media print" in css
