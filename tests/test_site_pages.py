"""About and Contact: written by the coordinator in both languages in the admin, with
revisions, shown on the public site (a short default until written)."""

import pytest
from django.urls import reverse

from practices.models import SitePage
from tests.admin_forms import change_form_data
from tests.factories import make_member, public_url

pytestmark = pytest.mark.django_db


def h1(html):
    return html.split("<h1>")[1].split("</h1>")[0]


@pytest.mark.parametrize(
    ("name", "lang", "title"),
    [
        ("practices:about", "en", "About the GLGP programme"),
        ("practices:about", "km", "អំពីកម្មវិធី GLGP"),
        ("practices:contact", "en", "Contact the GLGP coordinator"),
        ("practices:contact", "km", "ទាក់ទងអ្នកសម្របសម្រួល GLGP"),
    ],
)
def test_a_page_not_yet_written_shows_its_default(client, name, lang, title):
    assert h1(client.get(public_url(name, lang=lang)).content.decode()) == title


def test_the_coordinator_writes_about_in_both_languages_and_it_shows_at_once(
    client, django_capture_on_commit_callbacks
):
    reader = client.get(public_url("practices:about", lang="km")).content.decode()
    assert h1(reader) == "អំពីកម្មវិធី GLGP"
    admin = type(client)()
    admin.force_login(make_member("Coordinator"))
    form = admin.get(reverse("admin:practices_sitepage_add"))
    data = change_form_data(
        form,
        kind="about",
        title_km="អំពីយើង",
        title_en="About us",
        body_km="កថាខណ្ឌទីមួយ។\n\nកថាខណ្ឌទីពីរ។",
        body_en="First paragraph.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(reverse("admin:practices_sitepage_add"), data)
    assert response.status_code == 302
    page = SitePage.objects.get()
    assert (page.kind, page.history.count()) == ("about", 1)

    khmer = client.get(public_url("practices:about", lang="km")).content.decode()
    english = client.get(public_url("practices:about", lang="en")).content.decode()
    assert (h1(khmer), h1(english)) == ("អំពីយើង", "About us")
    assert "<p>កថាខណ្ឌទីមួយ។</p>\n\n<p>កថាខណ្ឌទីពីរ។</p>" in khmer


def test_only_the_coordinator_edits_the_site_pages(client):
    for role, status in [("Coordinator", 200), ("Documenter", 403), ("Screener", 403)]:
        client.force_login(make_member(role))
        assert client.get(reverse("admin:practices_sitepage_add")).status_code == status


def test_the_footer_links_about_and_contact(client):
    footer = client.get(public_url("practices:home")).content.decode().split("<footer")[1]
    assert '<a href="/en/about/">About</a> · <a href="/en/contact/">Contact</a>' in footer
