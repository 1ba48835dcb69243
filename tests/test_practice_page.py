"""The practice page's table of contents and share links, and the image of a practice card."""

import re
from urllib.parse import quote

import pytest

from practices.models import Photo
from practices.search import overview
from tests.factories import image_file, make_practice, make_theme, public_url

pytestmark = pytest.mark.django_db


def test_the_contents_jump_to_each_section_in_page_order(client):
    practice = make_practice(slug="wells", context_en="Dry wells.", results_en="Water.")
    Photo.objects.create(practice=practice, image=image_file(), caption_en="Well")
    html = client.get(public_url("practices:detail", "wells")).content.decode()
    toc = re.search(r'<nav class="toc".*?</nav>', html, re.S).group(0)
    links = re.findall(r'<a href="#([^"]+)">', toc)
    assert links[0] == "photos-h"
    assert links[-1] == "replicate-h"
    assert {"s-context", "s-results"} <= set(links)
    assert all(f'id="{anchor}"' in html for anchor in links)


def test_a_practice_with_one_section_has_no_contents(client):
    make_practice(
        slug="short",
        **{
            f"{f}_{lang}": ""
            for f in ("context", "activities", "results", "transferability")
            for lang in ("km", "en")
        },
        lessons_en="One lesson.",
    )
    html = client.get(public_url("practices:detail", "short")).content.decode()
    assert ('<nav class="toc"' in html, "One lesson." in html) == (False, True)


def test_share_links_are_plain_links_to_the_public_page(client):
    make_practice(slug="wells", title_en="Wells & pumps")
    html = client.get(public_url("practices:detail", "wells")).content.decode()
    page = "http://testserver/en/practices/wells/"
    address, title = quote(page, safe=""), quote("Wells & pumps", safe="")
    links = re.findall(r'<ul class="share-links">(.*?)</ul>', html, re.S)[0]
    assert re.findall(r'href="([^"]+)"', links) == [
        page,
        f"https://t.me/share/url?url={address}&amp;text={title}",
        f"https://www.facebook.com/sharer/sharer.php?u={address}",
        f"mailto:?subject={title}&amp;body={address}",
    ]
    # No script from elsewhere: only the site's own.
    assert re.findall(r'<script src="([^"]+)"', html) == [
        "/static/js/offline.js",
        "/static/js/print.js",
        "/static/js/share.js",
    ]


def test_the_khmer_share_section_reads_in_khmer(client):
    make_practice(slug="wells")
    html = client.get(public_url("practices:detail", "wells", lang="km")).content.decode()
    assert ">តេឡេក្រាម</a>" in html
    assert ">ចម្លងតំណ</a>" in html
    assert "Telegram" not in re.sub(r'href="[^"]*"', "", html)


def test_a_card_shows_the_first_photo_small_lazy_in_webp_with_a_jpeg_fallback(client):
    practice = make_practice(slug="wells", title_en="Wells")
    Photo.objects.create(practice=practice, image=image_file("b.png"), order=2)
    first = Photo.objects.create(practice=practice, image=image_file("a.png"), order=1)
    make_practice(slug="plain", title_en="Plain")
    overview.rebuild()
    html = client.get(public_url("practices:list")).content.decode()
    pictures = re.findall(r"<picture>.*?</picture>", html)
    assert len(pictures) == 1
    assert f'srcset="/media/thumbs/{first.pk}-' in pictures[0]
    assert '-320.webp" type="image/webp">' in pictures[0]
    assert re.search(
        r'<img class="card-image" src="/media/thumbs/\d+-\w+-320.jpg" alt="" loading="lazy"',
        pictures[0],
    )
    jpeg = re.search(r'src="(/media/thumbs/[^"]+\.jpg)"', pictures[0]).group(1)
    response = client.get(jpeg)
    assert b"".join(response.streaming_content)[:3] == b"\xff\xd8\xff"


def test_the_home_page_shows_card_images(client):
    practice = make_practice(slug="wells", title_en="Wells")
    Photo.objects.create(practice=practice, image=image_file())
    overview.rebuild()
    html = client.get(public_url("practices:home")).content.decode()
    assert html.count('<img class="card-image"') == 1


@pytest.mark.parametrize("name", ["practices:list", "practices:home", "practices:theme"])
def test_card_images_cost_no_query_per_card(client, name, django_assert_num_queries):
    theme = make_theme(slug="t")

    def add(n):
        for _ in range(n):
            practice = make_practice(themes=[theme])
            Photo.objects.create(practice=practice, image=image_file())
        overview.rebuild()

    args = ("t",) if name == "practices:theme" else ()
    add(1)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get(public_url(name, *args) + "?v=1")
    add(2)
    with django_assert_num_queries(len(one)):
        html = client.get(public_url(name, *args) + "?v=3").content.decode()
    assert html.count('<img class="card-image"') == 3
