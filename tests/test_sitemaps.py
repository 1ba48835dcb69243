import pytest

from tests.factories import make_practice, make_theme

pytestmark = pytest.mark.django_db


def test_sitemap_has_both_languages_with_hreflang_alternates(client, admin_units):
    make_theme(slug="waste")
    make_practice(slug="compost", units=[admin_units.get(code="020101")])
    body = client.get("/sitemap.xml").content.decode()
    expected = [
        "<loc>http://testserver/km/practices/compost/</loc>",
        "<loc>http://testserver/en/practices/compost/</loc>",
        'hreflang="en" href="http://testserver/en/practices/compost/"',
        'hreflang="km" href="http://testserver/km/practices/compost/"',
        "<loc>http://testserver/en/themes/waste/</loc>",
        "<loc>http://testserver/km/places/020101/</loc>",
        "<loc>http://testserver/en/</loc>",
    ]
    assert [e for e in expected if e not in body] == []
