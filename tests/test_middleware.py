"""Compressed answers (practices/middleware.py: Compress)."""

import gzip

import brotli
import pytest
from django.test import Client

from practices import thumbnails
from practices.models import Photo
from tests.factories import image_file, make_member, make_practice, public_url

pytestmark = pytest.mark.django_db

BOTH = {"accept-encoding": "gzip, deflate, br"}


def test_an_anonymous_reader_gets_brotli(client):
    make_practice(slug="wells", title_en="Wells")
    response = client.get(public_url("practices:detail", "wells"), headers=BOTH)
    html = brotli.decompress(response.content).decode()
    assert (response["Content-Encoding"], "<h1>Wells</h1>" in html) == ("br", True)
    assert "Accept-Encoding" in response["Vary"]
    assert response["Content-Length"] == str(len(response.content))


def test_gzip_when_brotli_is_not_accepted(client):
    response = client.get(public_url("practices:home"), headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content).decode().startswith("<!doctype html>")


def test_nothing_compressed_for_a_client_that_accepts_neither(client):
    response = client.get(public_url("practices:home"))
    assert (response.has_header("Content-Encoding"), response.content[:15]) == (
        False,
        b"<!doctype html>",
    )


def test_a_signed_in_reader_and_a_form_with_a_token_get_gzip_with_padding(client):
    assert client.get(public_url("practices:nominate"), headers=BOTH)["Content-Encoding"] == "gzip"
    partner = Client()
    partner.force_login(make_member("Partner"))
    assert partner.get(public_url("practices:home"), headers=BOTH)["Content-Encoding"] == "gzip"
    # Django's padding against BREACH: the same page compresses to different lengths.
    lengths = {len(partner.get(public_url("practices:home"), headers=BOTH).content)}
    lengths |= {len(partner.get(public_url("practices:home"), headers=BOTH).content)}
    assert len(lengths) == 2


def test_photos_are_sent_as_they_are(client):
    practice = make_practice(slug="wells")
    photo = Photo.objects.create(practice=practice, image=image_file())
    response = client.get(thumbnails.thumbnail_url(photo, 320), headers=BOTH)
    b"".join(response.streaming_content)  # read to the end, which closes the file
    assert (response.has_header("Content-Encoding"), response["Content-Type"]) == (
        False,
        "image/webp",
    )


def test_a_kept_page_is_compressed_once_at_the_best_ratio(client):
    make_practice(slug="wells", title_en="Wells")
    url = public_url("practices:detail", "wells")
    first, again = client.get(url, headers=BOTH), client.get(url, headers=BOTH)
    plain = brotli.decompress(first.content)
    assert first.content == again.content
    assert first.content == brotli.compress(plain, quality=11)
