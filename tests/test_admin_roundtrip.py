"""Every admin form a curator edits, opened and posted back unchanged, saves and changes nothing.

For each sample practice and each role that may edit it (a superuser, a coordinator, the
assigned documenter while it is being documented), and for the other records curators keep
(places, thematic areas, partners with their logos, mapping rounds, criteria, enquiries).
"""

import datetime

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse

from practices.curation import revisions
from practices.demo import practices as sample_practices
from practices.models import (
    AdminUnit,
    Assignment,
    Criterion,
    Document,
    EligibilityCheck,
    Enquiry,
    MappingRound,
    Practice,
    SiteIdentity,
    Stage,
    Theme,
)
from tests.admin_forms import change_form_data, change_url
from tests.factories import image_file, make_member, make_partner, make_user, pdf_file

SAMPLES = [spec["slug"] for spec in sample_practices.PRACTICES]
ROLES = ["superuser", "Coordinator", "Documenter"]
CURATOR_ROLES = ["superuser", "Coordinator"]


# The sample data is made once for this module; each test's changes are undone after it.
@pytest.fixture
def seeded(seeded_once):
    return None


@pytest.fixture
def media_root(module_media):
    return module_media


def login(client, role, practice=None):
    superuser = role == "superuser"
    user = make_user(is_staff=True, is_superuser=True) if superuser else make_member(role)
    if role == "Documenter":
        # A documenter edits only an assigned practice being documented: arrange exactly that.
        Practice.objects.filter(pk=practice.pk).update(stage=Stage.DOCUMENTING)
        Assignment.objects.create(practice=practice, user=user, role=Assignment.Role.DOCUMENTER)
    client.force_login(user)
    return user


def plain(value):
    # An untranslated text is NULL until a form saves it as "": the same empty text to readers.
    return "" if value is None else str(value)


def _rows(queryset, *fields):
    return [tuple(plain(v) for v in row) for row in queryset.values_list(*fields)]


def practice_content(pk):
    """Everything the change form shows of a practice, as plain values."""
    practice = Practice.objects.get(pk=pk)
    content = {f.name: plain(getattr(practice, f.attname)) for f in revisions.content_fields()}
    content.update(slug=practice.slug, stage=practice.stage)
    content["themes"] = _rows(practice.themes.order_by("pk"), "pk")
    content["units"] = _rows(practice.units.order_by("pk"), "pk")
    content["photos"] = _rows(
        practice.photos.all(),
        "image",
        "width",
        "height",
        "caption_km",
        "caption_en",
        "credit_km",
        "credit_en",
    )
    content["documents"] = _rows(practice.documents.all(), "file", "title", "language", "size")
    content["partners"] = _rows(practice.partner_roles.order_by("pk"), "partner", "role")
    content["eligibility"] = _rows(
        EligibilityCheck.objects.filter(practice=practice),
        "is_implemented",
        "has_run_a_year",
        "results_verifiable",
        "note",
    )
    return content


def round_trip(client, obj):
    page = client.get(change_url(obj))
    assert page.status_code == 200
    return client.post(change_url(obj), change_form_data(page))


def assert_practice_round_trips(client, practice):
    before, version = practice_content(practice.pk), Practice.objects.get(pk=practice.pk).version
    response = round_trip(client, practice)
    errors = response.context and response.context["errors"]
    assert (response.status_code, errors or None) == (302, None)
    assert response.url == reverse("admin:practices_practice_changelist")
    assert Practice.objects.get(pk=practice.pk).version == version + 1
    assert practice_content(practice.pk) == before


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("slug", SAMPLES)
def test_sample_practice_round_trips(client, seeded, slug, role):
    practice = Practice.objects.get(slug=slug)
    login(client, role, practice)
    assert practice.photos.count() >= 1
    assert_practice_round_trips(client, practice)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_practice_with_a_document_round_trips(client, seeded, role):
    practice = Practice.objects.get(slug=SAMPLES[0])
    Document.objects.create(practice=practice, file=pdf_file(), title="Budget 2024")
    login(client, role, practice)
    assert_practice_round_trips(client, practice)


@pytest.mark.django_db
@pytest.mark.parametrize("role", CURATOR_ROLES)
@pytest.mark.parametrize("answers", [(True, True, True), (True, False, None)])
def test_eligibility_inline_round_trips(client, seeded, role, answers):
    practice = Practice.objects.get(slug=SAMPLES[0])
    implemented, a_year, verifiable = answers
    EligibilityCheck.objects.create(
        practice=practice,
        is_implemented=implemented,
        has_run_a_year=a_year,
        results_verifiable=verifiable,
        note="Seen on the field visit.",
    )
    login(client, role)
    assert_practice_round_trips(client, practice)


OTHER_FORMS = {
    "administrative unit": lambda: AdminUnit.objects.get(code="210904"),
    "thematic area": lambda: Theme.objects.order_by("pk").first(),
    "partner with a logo": lambda: make_partner(
        name_km="សមាគម", acronym="NLC/S", website="https://example.org", logo=image_file()
    ),
    "mapping round": lambda: _mapping_round(),
    "site identity with a logo": lambda: SiteIdentity.objects.create(pk=1, logo=image_file()),
    "criterion": lambda: Criterion.objects.order_by("pk").first(),
    "enquiry": lambda: Enquiry.objects.create(
        practice=Practice.objects.order_by("pk").first(),
        name="Sok Dara",
        organisation="Prey Kabbas Commune Council",
        contact="clerk@example.org",
        message="How did you start the seed bank?",
        language="en",
    ),
}


def _mapping_round():
    mapping_round = MappingRound.objects.create(
        name="2027 call on waste management",
        starts_on=datetime.date(2027, 1, 15),
        ends_on=datetime.date(2027, 3, 31),
        description="Open to every commune.",
    )
    mapping_round.themes.set(Theme.objects.order_by("pk")[:2])
    return mapping_round


def record(obj):
    obj = type(obj).objects.get(pk=obj.pk)
    return {name: plain(value) for name, value in model_to_dict(obj).items()}


@pytest.mark.django_db
@pytest.mark.parametrize("role", CURATOR_ROLES)
@pytest.mark.parametrize("kind", OTHER_FORMS)
def test_other_admin_form_round_trips(client, seeded, kind, role):
    obj = OTHER_FORMS[kind]()
    before = record(obj)
    login(client, role)
    response = round_trip(client, obj)
    errors = response.context and response.context["errors"]
    assert (response.status_code, errors or None) == (302, None)
    assert record(obj) == before
