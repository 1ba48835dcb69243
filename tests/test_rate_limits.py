"""Searches, PDFs and feeds answer 429 past their limit per address, in the visitor's language."""

import pytest

from tests.factories import make_practice


def hits(client, url, n, address="198.51.100.4"):
    return [client.get(url, REMOTE_ADDR=address).status_code for _ in range(n)]


@pytest.mark.django_db
def test_search_is_limited_but_plain_browsing_is_not(client, settings):
    settings.SEARCH_RATE_LIMIT = 3
    assert hits(client, "/en/practices/?q=water", 5) == [200, 200, 200, 429, 429]
    assert hits(client, "/en/practices/", 5) == [200] * 5
    assert hits(client, "/en/practices/?q=water", 1, address="198.51.100.5") == [200]


@pytest.mark.django_db
def test_feeds_are_limited(client, settings):
    settings.EXPORT_RATE_LIMIT = 2
    assert hits(client, "/en/feeds/practices.rss", 3) == [200, 200, 429]


@pytest.mark.django_db
def test_pdf_is_limited(client, settings):
    settings.EXPORT_RATE_LIMIT = 1
    practice = make_practice()
    assert hits(client, f"/en/practices/{practice.slug}/pdf/", 2) == [200, 429]


@pytest.mark.django_db
def test_429_page_says_why_and_when_to_retry(client, settings):
    settings.SEARCH_RATE_LIMIT = 0
    response = client.get("/km/practices/?q=ទឹក")
    assert (response.status_code, response["Retry-After"]) == (429, "60")
    assert '<html lang="km">' in response.content.decode()
