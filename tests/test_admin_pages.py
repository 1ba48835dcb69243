"""Every admin page opens for a superuser, with real (seeded) objects behind it.

The list of pages comes from the admin site itself, so a newly registered model is covered at
once; if the seed does not create one of its objects, add a maker to MAKERS below.
"""

import datetime

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse

from practices.models import AdminUnit, Practice


# The sample data is made once for this module; each test's changes are undone after it.
@pytest.fixture
def seeded(seeded_once):
    return None


@pytest.fixture
def media_root(module_media):
    return module_media


def _create(label, **fields):
    # Looked up by name, so that a maker may name a model that only exists on a later branch.
    from django.apps import apps

    return apps.get_model(label)._default_manager.create(**fields)


def _access_record(label, **fields):
    common = {"user_agent": "Mozilla/5.0", "ip_address": "192.0.2.10", "username": "someone"}
    return _create(label, http_accept="text/html", path_info="/admin/login/", **common, **fields)


def _some_practice():
    return Practice.objects.order_by("pk").first()


# Makers for registered models that the seed leaves empty, keyed by "app_label.model_name".
MAKERS = {
    "auth.group": lambda: _create("auth.Group", name="Documenters"),
    "axes.accessattempt": lambda: _access_record(
        "axes.AccessAttempt", get_data="", post_data="", failures_since_start=3
    ),
    "axes.accesslog": lambda: _access_record("axes.AccessLog"),
    "axes.accessfailurelog": lambda: _access_record("axes.AccessFailureLog"),
    "practices.mappinground": lambda: _create(
        "practices.MappingRound",
        name="2027 call on waste management",
        starts_on=datetime.date(2027, 1, 15),
        ends_on=datetime.date(2027, 3, 31),
    ),
    "practices.stagechange": lambda: _create(
        "practices.StageChange",
        practice=_some_practice(),
        from_stage="documenting",
        to_stage="in_review",
        note="Ready for review.",
    ),
    # One row, which the list opens directly.
    "practices.opendataterms": lambda: _create("practices.OpenDataTerms", pk=1),
    "practices.siteidentity": lambda: _create("practices.SiteIdentity", pk=1),
    "practices.sitepage": lambda: _create(
        "practices.SitePage",
        kind="about",
        title_km="អំពីយើង",
        title_en="About us",
        body_km="សម្ព័ន្ធជាតិឃុំ សង្កាត់។",
        body_en="The National League of Communes/Sangkats.",
    ),
    "practices.enquiry": lambda: _create(
        "practices.Enquiry",
        practice=_some_practice(),
        name="Sok Dara",
        organisation="Prey Kabbas Commune Council",
        contact="clerk@example.org",
        message="How did you start the seed bank?",
        language="en",
    ),
}


def example_of(model):
    obj = model._default_manager.first()
    if obj is not None:
        return obj
    label = model._meta.label_lower
    if label not in MAKERS:
        pytest.fail(
            f"The admin registers {label} but the test has no object of it: add a maker for "
            "it to MAKERS in tests/test_admin_pages.py."
        )
    return MAKERS[label]()


def admin_url(model, page, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{page}", args=args)


def page_problems(client, model, model_admin, request):
    """What is wrong with this model's changelist, add and change pages ([] when all is well)."""
    obj = example_of(model)
    checks = [(admin_url(model, "changelist"), lambda ctx: ctx["cl"].result_count >= 1)]
    if model_admin.has_add_permission(request):
        checks.append((admin_url(model, "add"), lambda ctx: ctx["add"] is True))
    checks.append((admin_url(model, "change", obj.pk), lambda ctx: ctx["original"] == obj))
    problems = []
    for url, expected in checks:
        response = client.get(url)
        if _opens_its_one_row(response, model, obj):
            continue
        if response.status_code != 200 or not expected(response.context):
            problems.append(f"{url}: {response.status_code}")
    return problems


def _opens_its_one_row(response, model, obj):
    """A list of a single row (the open-data terms) sends the reader to that row."""
    return response.status_code == 302 and response["Location"] == admin_url(
        model, "change", obj.pk
    )


def test_every_registered_admin_page_opens(seeded, admin_client, admin_user):
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    registry = admin.site._registry
    problems = [
        problem
        for model, model_admin in registry.items()
        for problem in page_problems(admin_client, model, model_admin, request)
    ]
    assert problems == []
    assert {Practice, AdminUnit} <= set(registry)


def test_practice_change_page_shows_both_titles(seeded, admin_client):
    practice = Practice.objects.get(slug="sample-rice-seed-bank-leay-bour")
    response = admin_client.get(admin_url(Practice, "change", practice.pk))
    form = response.context["adminform"].form
    assert (form["title_km"].value(), form["title_en"].value()) == (
        practice.title_km,
        practice.title_en,
    )
    assert response.content.decode().count('name="title_km"') == 1
    assert response.content.decode().count('name="title_en"') == 1


def test_changelist_finds_a_practice_by_a_khmer_word(seeded, admin_client):
    practice = Practice.objects.get(slug="sample-rice-seed-bank-leay-bour")
    response = admin_client.get(admin_url(Practice, "changelist"), {"q": "ពូជស្រូវ"})
    assert list(response.context["cl"].result_list) == [practice]


@pytest.mark.parametrize("term", ["Leay Bour", "លាយបូរ"])
def test_unit_autocomplete_finds_a_commune_by_name(seeded, admin_client, term):
    commune = AdminUnit.objects.get(code="210904")
    response = admin_client.get(
        "/admin/autocomplete/",
        {"app_label": "practices", "model_name": "practice", "field_name": "units", "term": term},
    )
    results = response.json()["results"]
    assert [r["id"] for r in results] == [str(commune.pk)]
    assert "210904" in results[0]["text"]
