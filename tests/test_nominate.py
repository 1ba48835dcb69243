import pytest
from django.core import mail

from practices.models import Practice, Source, Stage, StageChange
from tests.factories import make_member, make_theme

pytestmark = pytest.mark.usefixtures("english")

URL = "/en/nominate/"


@pytest.fixture
def nomination(admin_units):
    return {
        "title": "Clean market days",
        "province": admin_units.get(code="07").pk,
        "place": "Kampong Bay",
        "theme": make_theme(name_en="Waste").pk,
        "description": "Vendors sweep together every Friday; the council collects the waste.",
        "nominator_kind": "citizen",
        "nominator_name": "Srey Mom",
        "organisation": "",
        "email": "mom@example.org",
        "phone": "",
        "website_url": "",
    }


@pytest.mark.django_db
def test_nomination_becomes_a_mapped_candidate_and_tells_the_coordinator(
    client, nomination, django_capture_on_commit_callbacks
):
    make_member("Coordinator", email="coordinator@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, nomination)
    assert (response.status_code, response.url) == (302, "/en/nominate/thanks/")
    practice = Practice.objects.get()
    assert (practice.title_en, practice.stage, practice.is_public_nomination) == (
        "Clean market days",
        Stage.MAPPED,
        True,
    )
    assert (practice.source, practice.proposed_by, practice.proposer_contact) == (
        Source.OTHER,
        "Srey Mom (A citizen)",
        "mom@example.org",
    )
    assert list(practice.units.values_list("code", flat=True)) == ["07"]
    assert list(StageChange.objects.values_list("to_stage", "note")) == [
        (Stage.MAPPED, "Nominated on the public site")
    ]
    assert [(m.subject, m.to) for m in mail.outbox] == [
        ("[GLGP] New public nomination: “Clean market days”", ["coordinator@example.org"])
    ]


@pytest.mark.django_db
def test_khmer_nomination_fills_the_khmer_columns(client, nomination):
    client.post("/km/nominate/", {**nomination, "title": "ថ្ងៃផ្សារស្អាត"})
    assert Practice.objects.values_list("title_km", "title_en").get() == ("ថ្ងៃផ្សារស្អាត", None)


@pytest.mark.django_db
def test_honeypot_refuses_and_keeps_what_was_typed(client, nomination):
    response = client.post(URL, {**nomination, "website_url": "http://spam.example"})
    assert response.status_code == 200
    assert Practice.objects.count() == 0
    assert response.context["form"]["description"].value() == nomination["description"]
    assert "This submission looks automated and was refused." in response.content.decode()


@pytest.mark.django_db
def test_rate_limit_per_address_keeps_what_was_typed(client, nomination, settings):
    settings.NOMINATION_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(URL, nomination).status_code == 302
    response = client.post(URL, {**nomination, "title": "Third one"})
    assert response.status_code == 429
    assert response.context["form"]["title"].value() == "Third one"
    assert Practice.objects.count() == 2
    other = client.post(URL, nomination, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


@pytest.mark.django_db
def test_contact_required_and_typed_text_kept(client, nomination):
    response = client.post(URL, {**nomination, "email": ""})
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "Give an e-mail address or a telephone number."
    ]
    assert response.context["form"]["title"].value() == "Clean market days"


@pytest.mark.django_db
def test_form_and_thanks_pages_render(client):
    assert client.get(URL).status_code == 200
    assert "Thank you for your nomination" in client.get("/en/nominate/thanks/").content.decode()
