"""Previewing a practice before it is published: the public page, marked, private, uncached."""

import pytest

from practices.curation import workflow
from practices.models import Assignment, Stage, Visibility
from tests.factories import make_member, make_ready_practice

pytestmark = pytest.mark.usefixtures("english")

BANNER = 'class="preview-banner"'


def preview_url(practice):
    return f"/en/preview/{practice.pk}/"


@pytest.mark.django_db
def test_coordinator_previews_a_draft_as_the_public_page_marked_and_private(client):
    client.force_login(make_member("Coordinator"))
    practice = make_ready_practice(Stage.DOCUMENTING, title_en="Water kiosks")
    response = client.get(preview_url(practice))
    html = response.content.decode()
    assert (response.status_code, response.templates[0].name) == (200, "practices/detail.html")
    assert (response["X-Robots-Tag"], response["Cache-Control"]) == ("noindex", "private, no-store")
    assert '<meta name="robots" content="noindex">' in html
    assert "this practice is “Documenting” (Public)" in html
    assert "<h1>Water kiosks</h1>" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("anonymous", 404),
        ("partner", 404),
        ("unassigned screener", 404),
        ("assigned documenter", 200),
        ("coordinator", 200),
    ],
)
def test_only_those_who_see_the_practice_in_the_admin_may_preview_it(client, who, status):
    practice = make_ready_practice(Stage.DOCUMENTING)
    users = {
        "partner": lambda: make_member("Partner"),
        "unassigned screener": lambda: make_member("Screener"),
        "assigned documenter": lambda: make_member("Documenter"),
        "coordinator": lambda: make_member("Coordinator"),
    }
    if who in users:
        user = users[who]()
        client.force_login(user)
        if who == "assigned documenter":
            Assignment.objects.create(practice=practice, user=user, role="documenter")
    assert client.get(preview_url(practice)).status_code == status


@pytest.mark.django_db
def test_preview_is_never_served_from_or_stored_in_the_public_cache(client):
    coordinator = make_member("Coordinator")
    practice = make_ready_practice(Stage.PUBLISHED, title_en="First title")
    public = f"/en/practices/{practice.slug}/"
    first = client.get(public).content.decode()  # the public page, now cached
    assert ("<h1>First title</h1>" in first, BANNER in first) == (True, False)
    client.force_login(coordinator)
    assert BANNER in client.get(preview_url(practice)).content.decode()
    workflow.move(practice, Stage.DOCUMENTING, by=coordinator, note="Rename it.")
    practice.title_en = "Second title"
    workflow.save_content(practice, by=coordinator, reason="Renamed")
    second = client.get(preview_url(practice)).content.decode()
    assert ("<h1>Second title</h1>" in second, BANNER in second) == (True, True)
    client.logout()
    assert client.get(public).status_code == 404


@pytest.mark.django_db
def test_a_published_public_page_stays_free_of_the_preview_after_one(client):
    practice = make_ready_practice(Stage.PUBLISHED, title_en="Clean water")
    client.force_login(make_member("Coordinator"))
    assert BANNER in client.get(preview_url(practice)).content.decode()
    client.logout()
    html = client.get(f"/en/practices/{practice.slug}/").content.decode()
    assert ("<h1>Clean water</h1>" in html, BANNER in html) == (True, False)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("stage", "visibility", "expected"),
    [
        (Stage.DOCUMENTING, Visibility.PUBLIC, "preview"),
        (Stage.PUBLISHED, Visibility.NETWORK, "preview"),
        (Stage.PUBLISHED, Visibility.PUBLIC, "public"),
    ],
)
def test_view_on_site_points_to_what_the_practice_has(client, stage, visibility, expected):
    client.force_login(make_member("Coordinator"))
    practice = make_ready_practice(stage, visibility=visibility)
    response = client.get(
        f"/admin/practices/practice/{practice.pk}/change/", headers={"accept-language": "en"}
    )
    urls = {"preview": preview_url(practice), "public": f"/en/practices/{practice.slug}/"}
    assert response.context["absolute_url"] == urls[expected]
    assert f'href="{urls[expected]}"' in response.content.decode()
    assert client.get(urls[expected]).status_code == 200


def fragment_key(request, practice):
    """The key under which the public page of `practice` keeps its fragment for `request`."""
    from django.core.cache.utils import make_template_fragment_key

    from practices.pages.cache import cache_context

    public_key = cache_context(request, "practice", practice.pk)["cache_key"]
    return make_template_fragment_key("practice", [public_key])


@pytest.mark.django_db
def test_preview_neither_reads_nor_writes_the_public_fragment(client):
    from django.core.cache import cache

    client.force_login(make_member("Coordinator"))
    practice = make_ready_practice(Stage.DOCUMENTING, title_en="Draft title")
    first = client.get(preview_url(practice))
    key = fragment_key(first.wsgi_request, practice)
    assert cache.get(key) is None
    cache.set(key, "What the public page cached", 3600)
    html = client.get(preview_url(practice)).content.decode()
    assert ("<h1>Draft title</h1>" in html, "What the public page cached" in html) == (True, False)
