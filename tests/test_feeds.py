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


MARKUP_TITLE = 'Wells & <b>water</b> <script>alert("title")</script>'
MARKUP_SUMMARY = "Ten <b>wells</b> & a <script>alert('summary')</script> pump, 5 < 7 > 3."


def shown_html(html):
    """The text a feed reader shows for a piece of HTML: tags apply (and vanish), entities
    become characters."""
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        text = ""

        def handle_data(self, data):
            self.text += data

    reader = Reader(convert_charrefs=True)
    reader.feed(html)
    reader.close()
    return reader.text


def shown_items(xml):
    """(title, summary) of each entry as a feed reader shows them, read by feedparser: HTML
    is rendered (its tags apply and vanish), plain text is shown as it is."""
    import feedparser

    feed = feedparser.parse(xml)
    assert (feed.bozo, feed.version in ("rss20", "atom10")) == (False, True)

    def shown(detail):
        return detail.value if detail.type == "text/plain" else shown_html(detail.value)

    return [(shown(e.title_detail), shown(e.summary_detail)) for e in feed.entries]


@pytest.mark.parametrize("lang", ["km", "en"])
@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("practices:feed_rss", ()),
        ("practices:feed_atom", ()),
        ("practices:theme_feed_rss", ("waste",)),
        ("practices:theme_feed_atom", ("waste",)),
    ],
)
def test_feeds_show_titles_and_summaries_as_typed_never_as_markup(client, name, args, lang):
    make_practice(
        themes=[make_theme(slug="waste")],
        **{f"title_{lang}": MARKUP_TITLE, f"summary_{lang}": MARKUP_SUMMARY},
    )
    response = client.get(public_url(name, *args, lang=lang))
    assert shown_items(response.content) == [(MARKUP_TITLE, MARKUP_SUMMARY)]
