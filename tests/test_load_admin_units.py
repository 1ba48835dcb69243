import io

import pytest
from django.core.management import call_command

from practices.models import AdminUnit

Level = AdminUnit.Level


def load():
    out = io.StringIO()
    call_command("load_admin_units", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_official_counts(admin_units):
    counts = {level: admin_units.filter(level=level).count() for level in Level}
    assert counts == {Level.PROVINCE: 25, Level.DISTRICT: 210, Level.COMMUNE: 1661}


@pytest.mark.django_db
def test_codes_are_unique_and_nest_in_their_parents(admin_units):
    codes = list(admin_units.values_list("code", flat=True))
    assert len(codes) == len(set(codes)) == 1896
    mismatched = [
        u.code
        for u in admin_units.select_related("parent")
        if u.parent is not None
        and not (u.code.startswith(u.parent.code) and u.parent.level == u.level - 1)
    ]
    assert mismatched == []
    assert admin_units.filter(level=Level.PROVINCE, parent__isnull=False).count() == 0


@pytest.mark.django_db
def test_known_units_have_both_names(admin_units):
    battambang = admin_units.get(code="02")
    banan = admin_units.get(code="0201")
    assert (battambang.name_en, battambang.name_km) == ("Battambang", "បាត់ដំបង")
    assert banan.parent == battambang
    assert admin_units.get(code="12").kind == AdminUnit.Kind.CAPITAL


@pytest.mark.django_db
def test_second_run_changes_nothing(admin_units):
    before = list(
        admin_units.order_by("code").values_list(
            "code", "name_km", "name_en", "parent__code", "kind"
        )
    )
    output = load()
    after = list(
        admin_units.order_by("code").values_list(
            "code", "name_km", "name_en", "parent__code", "kind"
        )
    )
    assert after == before
    assert "0 created, 0 updated, 1896 in all" in output


@pytest.mark.django_db
def test_renamed_unit_is_updated_not_duplicated_and_curated_kind_kept(admin_units):
    unit = admin_units.get(code="020101")
    unit.name_en = "Old spelling"
    unit.kind = AdminUnit.Kind.SANGKAT
    unit.save()
    output = load()
    unit.refresh_from_db()
    assert (unit.name_en, unit.kind) == ("Kantueu Muoy", AdminUnit.Kind.SANGKAT)
    assert admin_units.filter(code="020101").count() == 1
    assert "0 created, 1 updated" in output
