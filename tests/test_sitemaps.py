import datetime
import re

import pytest

from tests.factories import make_event, make_practice, make_replication, make_theme

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


def test_sitemap_lists_public_replications_and_events_with_their_last_change(client):
    from practices.models import Event, Replication

    make_replication(slug="eco-savers")
    make_replication(slug="network-only", visibility="network")
    make_event(slug="forum")
    make_event(slug="internal-visit", visibility="internal")
    Replication.objects.filter(slug="eco-savers").update(
        updated_at=datetime.datetime(2026, 3, 2, 8, tzinfo=datetime.UTC)
    )
    Event.objects.filter(slug="forum").update(
        updated_at=datetime.datetime(2026, 4, 5, 8, tzinfo=datetime.UTC)
    )

    body = client.get("/sitemap.xml").content.decode()

    entries = re.findall(r"<loc>http://testserver/en/(replications|events)/([^<]*)</loc>", body)
    assert entries == [
        ("replications", ""),
        ("events", ""),
        ("replications", "eco-savers/"),
        ("events", "forum/"),
    ]
    lastmods = re.findall(r"/en/(?:replications|events)/[^<]+</loc><lastmod>([^<]+)<", body)
    assert lastmods == ["2026-03-02", "2026-04-05"]
