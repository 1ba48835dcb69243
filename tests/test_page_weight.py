"""What a phone downloads for a page, photos aside, compressed as the server sends it."""

import gzip
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from practices.models import Photo
from tests.factories import add_partner, image_file, make_practice, make_theme, public_url

pytestmark = pytest.mark.django_db
ASSET = re.compile(r'(?:href|src)="/static/([^"]+\.(?:css|js|woff2))"')


def transferred(client, url):
    html = client.get(url).content
    total = len(gzip.compress(html))
    css_assets = []
    for asset in sorted(set(ASSET.findall(html.decode()))):
        data = Path(finders.find(asset)).read_bytes()
        total += len(data) if asset.endswith(".woff2") else len(gzip.compress(data))
        if asset.endswith(".css"):
            css_assets.append(data.decode())
    # Fonts the stylesheets declare (a Khmer page uses both weights).
    for css in css_assets:
        for font in sorted(set(re.findall(r'url\("\.\./(fonts/[^"]+\.woff2)"\)', css))):
            if font not in html.decode():
                total += Path(finders.find(font)).stat().st_size
    return total


@pytest.fixture
def full_practice(admin_units):
    long_km = "ការចូលរួមរបស់ប្រជាពលរដ្ឋក្នុងការធ្វើផែនការឃុំ។ " * 40
    fields = {f"{s}_km": long_km for s in ("case_study", "context", "activities", "results")}
    practice = make_practice(
        slug="full",
        units=[admin_units.get(code="020101")],
        themes=[make_theme()],
        summary_km=long_km[:900],
        **fields,
    )
    add_partner(practice)
    for _ in range(6):
        Photo.objects.create(practice=practice, image=image_file(), caption_km="រូបថត")
    for n in range(12):
        make_practice(title_km=f"អនុវត្តល្អ {n}", themes=practice.themes.all())
    return practice


@pytest.mark.parametrize("lang", ["km", "en"])
def test_practice_page_under_150_kb(client, full_practice, lang):
    size = transferred(client, public_url("practices:detail", "full", lang=lang))
    assert (size < 150 * 1024, size) == (True, size)


@pytest.mark.parametrize("lang", ["km", "en"])
def test_home_page_under_250_kb(client, full_practice, lang):
    size = transferred(client, public_url("practices:home", lang=lang))
    assert (size < 250 * 1024, size) == (True, size)
