"""The NLC/S logo the coordinator uploads: checked on arrival, its revisions kept, shown in
every page's header at no query of its own."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from practices.models import SiteIdentity
from practices.search import overview
from tests.factories import image_file, make_member, make_practice, public_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator_client(client):
    client.force_login(make_member("Coordinator"))
    return client


def upload(client, file):
    client.get("/admin/practices/siteidentity/")  # the list makes the one row
    return client.post("/admin/practices/siteidentity/1/change/", {"logo": file})


def header_logo(client, name="practices:home", lang="en"):
    body = client.get(public_url(name, lang=lang)).content.decode()
    header = body[body.index('<header class="site">') : body.index("</header>")]
    return header.split('<img src="', 1)[1].split('"', 1)[0], header


def test_neutral_logo_and_the_league_named_until_one_is_uploaded(client):
    logo, header = header_logo(client)
    assert logo == "/static/img/logo.svg"
    assert "National League of Communes/Sangkats</span>" in header
    _logo, khmer = header_logo(client, lang="km")
    assert "សម្ព័ន្ធជាតិឃុំ សង្កាត់</span>" in khmer


def test_uploaded_logo_is_shown_on_public_pages_and_its_revisions_kept(coordinator_client):
    assert upload(coordinator_client, image_file("nlcs.png")).status_code == 302
    first = SiteIdentity.objects.get().logo.name
    reader = Client()
    assert [header_logo(reader, name)[0] for name in ("practices:home", "practices:list")] == [
        SiteIdentity.objects.get().logo.url
    ] * 2
    upload(coordinator_client, image_file("second.png", color=(200, 10, 10)))
    second = SiteIdentity.objects.get().logo.name
    history = SiteIdentity.objects.get().history.order_by("history_date", "history_id")
    assert [h.logo for h in history] == ["", first, second]
    assert (first.startswith("identity/"), first != second) == (True, True)


def test_public_pages_make_the_same_queries_with_an_uploaded_logo(coordinator_client):
    make_practice()
    overview.rebuild()  # as the commit of a publication does (tests commit nothing)
    reader = Client()

    def counted(name, version):
        with CaptureQueriesContext(connection) as captured:
            reader.get(public_url(name, v=version))
        return len(captured)

    names = ("practices:home", "practices:list", "practices:events")
    before = [counted(name, 1) for name in names]
    upload(coordinator_client, image_file())
    overview.rebuild()
    after = [counted(name, 2) for name in names]
    assert header_logo(reader, "practices:list")[0] == SiteIdentity.objects.get().logo.url
    assert after == before


def test_a_file_that_is_no_image_is_refused_with_a_message(coordinator_client):
    coordinator_client.cookies["django_language"] = "en"
    fake = SimpleUploadedFile("logo.png", b"a letter, not a picture", content_type="image/png")
    response = upload(coordinator_client, fake)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors == {"logo": ["This file is not an image that can be read."]}
    assert "This file is not an image that can be read." in response.content.decode()
    assert SiteIdentity.objects.get().logo.name == ""
