"""Places one can tell apart in the admin's place picker, found by name in either language or
by code."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.models import AdminUnit
from tests.factories import make_member, make_unit

LATIN = re.compile("[A-Za-z]")


@pytest.fixture
def picker(client):
    client.force_login(make_member("Coordinator"))

    def search(term, language="en"):
        params = {"app_label": "practices", "model_name": "practice", "field_name": "units"}
        response = client.get(
            "/admin/autocomplete/", {**params, "term": term}, headers={"accept-language": language}
        )
        return [(r["id"], r["text"]) for r in response.json()["results"]]

    return search


@pytest.mark.django_db
def test_picker_shows_kind_and_hierarchy_of_places_of_one_name(picker, admin_units):
    district, commune = admin_units.get(code="0405"), admin_units.get(code="040504")
    found = [r for r in picker("Kampong Tralach") if r[0] in (str(district.pk), str(commune.pk))]
    assert found == [
        (str(district.pk), "Kampong Tralach district — Kampong Chhnang (0405)"),
        (
            str(commune.pk),
            "Kampong Tralach commune — Kampong Tralach district — Kampong Chhnang (040504)",
        ),
    ]


@pytest.mark.django_db
def test_khmer_admin_shows_khmer_names(picker, admin_units):
    commune = admin_units.get(code="040504")
    found = dict(picker("កំពង់ត្រឡាច", language="km"))[str(commune.pk)]
    assert (found.endswith(" — កំពង់ឆ្នាំង (040504)"), LATIN.search(found)) == (True, None)
    assert found.count("កំពង់ត្រឡាច") == 2


@pytest.mark.django_db
def test_picker_finds_a_place_by_its_code(picker, admin_units):
    commune = admin_units.get(code="040504")
    assert [pk for pk, _text in picker("040504")] == [str(commune.pk)]


def add_communes(n, start):
    for i in range(start, start + n):
        make_unit(f"99990{i}", name_en=f"Zzyzx {i}", name_km="")


@pytest.mark.django_db
def test_picker_makes_the_same_queries_for_1_and_3_places(picker, django_assert_num_queries):
    AdminUnit.objects.filter(code__startswith="99").delete()
    add_communes(1, 1)
    with CaptureQueriesContext(connection) as one:
        assert len(picker("Zzyzx")) == 1
    add_communes(2, 2)
    with django_assert_num_queries(len(one.captured_queries)):
        assert [text for _pk, text in picker("Zzyzx")] == [
            f"Zzyzx {i} commune — District 9999 district — Province 99 (99990{i})"
            for i in (1, 2, 3)
        ]


@pytest.mark.django_db
def test_the_change_form_reads_the_chosen_places_in_the_same_queries_for_1_and_3(
    client, admin_units
):
    from tests.factories import make_ready_practice

    client.force_login(make_member("Coordinator"))
    one, three = make_ready_practice(), make_ready_practice()
    one.units.set([admin_units.get(code="040504")])
    three.units.set(admin_units.filter(code__in=["040504", "0405", "0201"]))
    client.get(f"/admin/practices/practice/{one.pk}/change/")  # caches content types
    counts, labels = [], []
    for practice in (one, three):
        url = f"/admin/practices/practice/{practice.pk}/change/"
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, headers={"accept-language": "en"})
        counts.append(len(queries))
        select = re.search(r'<select name="units".*?</select>', response.text, re.S).group(0)
        labels.append(re.findall(r"<option [^>]*selected>([^<]*)</option>", select))
    assert counts[0] == counts[1]
    assert labels[0] == [
        "Kampong Tralach commune — Kampong Tralach district — Kampong Chhnang (040504)"
    ]
