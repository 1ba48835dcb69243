import pytest

from practices.models import Stage
from tests.factories import make_practice, make_theme, public_url

pytestmark = pytest.mark.django_db


def test_rss_lists_newly_published_in_the_page_language(client):
    make_practice(title_en="Compost", title_km="ជីកំប៉ុស", slug="compost")
    make_practice(title_en="Draft", stage=Stage.DOCUMENTING)
    en = client.get(public_url("practices:feed_rss")).content.decode()
    km = client.get(public_url("practices:feed_rss", lang="km")).content.decode()
    assert ("<title>Compost</title>" in en, "Draft" in en, "ជីកំប៉ុស" in km) == (True, False, True)
    assert "http://testserver/en/practices/compost/" in en


def test_theme_atom_feed_holds_only_that_theme(client):
    waste = make_theme(slug="waste")
    make_practice(title_en="Compost", themes=[waste])
    make_practice(title_en="Wells")
    response = client.get(public_url("practices:theme_feed_atom", "waste"))
    body = response.content.decode()
    assert (response["Content-Type"].split(";")[0], "Compost" in body, "Wells" in body) == (
        "application/atom+xml",
        True,
        False,
    )


def test_pages_link_their_feeds_in_head(client):
    make_theme(slug="waste")
    html = client.get(public_url("practices:theme", "waste")).content.decode()
    head = html.split("</head>")[0]
    assert (
        'href="/en/feeds/practices.rss"' in head,
        'href="/en/feeds/themes/waste.atom"' in head,
    ) == (
        True,
        True,
    )
