"""Whole public pages kept for anonymous readers, and the validator that answers a returning
reader "304 Not Modified" (practices/views/conditional.py)."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.http import http_date

from practices.models import PublicRevision, Stage, Visibility
from practices.pages import cache
from tests.factories import make_member, make_practice, public_url

pytestmark = pytest.mark.django_db

PAGES = [
    ("practices:home", ()),
    ("practices:list", ()),
    ("practices:detail", ("wells",)),
]


@pytest.fixture
def wells():
    return make_practice(slug="wells", title_en="Wells")


@pytest.mark.parametrize(("name", "args"), PAGES)
def test_a_returning_reader_is_told_the_page_has_not_changed(client, wells, name, args):
    url = public_url(name, *args)
    first = client.get(url)
    again = client.get(url, headers={"if-none-match": first["ETag"]})
    assert (first.status_code, again.status_code, again.content) == (200, 304, b"")
    assert again["ETag"] == first["ETag"]
    assert again["Cache-Control"] == first["Cache-Control"] == "no-cache"


def test_a_compressed_pages_weak_validator_is_understood(client, wells):
    url = public_url("practices:detail", "wells")
    etag = client.get(url)["ETag"]
    again = client.get(url, headers={"if-none-match": f'"other", W/{etag}'})
    assert again.status_code == 304


def test_a_publication_changes_every_validator_and_the_kept_page(client, wells):
    url = public_url("practices:detail", "wells")
    first = client.get(url)
    wells.title_en = "Deep wells"
    wells.save()
    PublicRevision.bump()  # as the indexer does when the change commits
    again = client.get(url, headers={"if-none-match": first["ETag"]})
    assert (again.status_code, again["ETag"] != first["ETag"]) == (200, True)
    assert "<h1>Deep wells</h1>" in again.content.decode()


def test_pages_differ_by_language_and_address(client, wells):
    tags = {
        client.get(public_url("practices:list", lang="en"))["ETag"],
        client.get(public_url("practices:list", lang="km"))["ETag"],
        client.get(public_url("practices:list", lang="en", sort="title"))["ETag"],
    }
    assert len(tags) == 3


def test_a_kept_page_costs_one_query_and_reads_the_same(client, wells):
    url = public_url("practices:detail", "wells")
    first = client.get(url)
    with CaptureQueriesContext(connection) as captured:
        again = client.get(url)
    assert ['FROM "practices_publicrevision"' in q["sql"] for q in captured] == [True]
    assert again.content == first.content


def test_a_partners_pages_are_never_kept_nor_shared_with_anonymous_readers(client, wells):
    make_practice(
        slug="shared", title_en="Shared", stage=Stage.PUBLISHED, visibility=Visibility.NETWORK
    )
    partner = Client()
    partner.force_login(make_member("Partner"))
    url = public_url("practices:list")

    seen_by_partner = partner.get(url)
    seen_by_public = client.get(url)
    seen_again_by_partner = partner.get(url)

    assert "ETag" not in seen_by_partner
    assert "Shared" in seen_by_partner.content.decode()
    assert "Shared" not in seen_by_public.content.decode()
    assert "Wells" in seen_by_public.content.decode()
    assert "Shared" in seen_again_by_partner.content.decode()
    assert partner.get(public_url("practices:detail", "shared")).status_code == 200
    assert client.get(public_url("practices:detail", "shared")).status_code == 404


def test_a_missing_practice_is_not_kept(client, wells):
    url = public_url("practices:detail", "nothing-here")
    assert [client.get(url).status_code for _ in range(2)] == [404, 404]
    assert "ETag" not in client.get(url)


def revised_at(*when):
    PublicRevision.bump()
    PublicRevision.objects.update(changed_at=datetime.datetime(*when, tzinfo=datetime.UTC))


@pytest.mark.parametrize(("name", "args"), PAGES)
def test_pages_tell_when_they_last_changed_and_answer_if_modified_since(client, wells, name, args):
    revised_at(2030, 1, 2, 8, 30)
    url = public_url(name, *args)
    first = client.get(url)
    assert first["Last-Modified"] == "Wed, 02 Jan 2030 08:30:00 GMT"
    again = client.get(url, headers={"if-modified-since": first["Last-Modified"]})
    assert (again.status_code, again.content) == (304, b"")
    assert again["Last-Modified"] == first["Last-Modified"]
    older = client.get(url, headers={"if-modified-since": "Wed, 02 Jan 2030 08:29:59 GMT"})
    assert older.status_code == 200


def test_a_publication_makes_an_earlier_copy_stale_by_date(client, wells):
    revised_at(2030, 1, 2, 8, 30)
    url = public_url("practices:detail", "wells")
    seen = client.get(url)["Last-Modified"]
    revised_at(2030, 1, 3, 9, 0)
    again = client.get(url, headers={"if-modified-since": seen})
    assert (again.status_code, again["Last-Modified"]) == (200, "Thu, 03 Jan 2030 09:00:00 GMT")


def test_a_validator_that_differs_wins_over_a_current_date(client, wells):
    revised_at(2030, 1, 2, 8, 30)
    url = public_url("practices:detail", "wells")
    seen = client.get(url)["Last-Modified"]
    headers = {"if-none-match": '"other"', "if-modified-since": seen}
    assert client.get(url, headers=headers).status_code == 200


def test_the_release_time_dates_pages_of_an_older_revision(client, wells):
    revised_at(2001, 1, 1)
    response = client.get(public_url("practices:home"))
    assert response["Last-Modified"] == http_date(cache.CODE_TIME)


@pytest.mark.django_db
@pytest.mark.parametrize("logo", ["", "site/logo-2026.png"])
def test_the_precompiled_revision_reads_what_the_orm_reads(logo):
    from django.db.models import Subquery

    from practices.models import SiteIdentity

    make_practice()  # raises the revision and dates it
    if logo:
        SiteIdentity.objects.create(pk=1, logo=logo)
    orm = PublicRevision.objects.values_list(
        "number", "changed_at", Subquery(SiteIdentity.objects.filter(pk=1).values("logo"))
    ).first()
    got = cache._revision_row()
    assert (got, type(got[1])) == (orm, datetime.datetime)
    assert (got[1].tzinfo is not None, got[2] or "") == (True, logo)
