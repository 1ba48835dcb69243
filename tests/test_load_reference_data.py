import io

import pytest
from django.core.management import call_command

from practices.models import Criterion, Partner, Theme
from practices.reference_data import CRITERIA, PARTNERS, THEMES


def load():
    out = io.StringIO()
    call_command("load_reference_data", stdout=out)
    return out.getvalue().strip()


@pytest.mark.django_db
def test_every_partner_theme_and_criterion_has_its_khmer():
    load()
    assert [p.slug for p in Partner.objects.all() if not p.name_km] == []
    assert [t.slug for t in Theme.objects.all() if not t.name_km] == []
    khmer = {c.name_en: (c.name_km, c.guidance_km) for c in Criterion.objects.all()}
    assert khmer == {
        name_en: (name_km, guidance_km) for name_en, name_km, _g, guidance_km in CRITERIA
    }
    assert len(PARTNERS) == Partner.objects.count()


@pytest.mark.django_db
def test_a_rerun_updates_seeded_khmer_and_keeps_the_coordinators():
    load()
    Theme.objects.filter(slug="social-accountability").update(
        name_km="ការចូលរួមរបស់ពលរដ្ឋ និងគណនេយ្យភាពសង្គម"  # an earlier version's name
    )
    Theme.objects.filter(slug="agriculture").update(name_km="កសិកម្ម និងការចិញ្ចឹមសត្វ")
    Partner.objects.filter(slug="ccc").update(name_km=None)
    Criterion.objects.filter(name_en="Innovation").update(guidance_km="")
    assert load() == "Reference data: 0 thematic areas and 0 partners added, 3 Khmer texts updated."
    names = dict(Theme.objects.values_list("slug", "name_km"))
    expected = {slug: km for slug, _en, km, _d in THEMES}
    assert names == {**expected, "agriculture": "កសិកម្ម និងការចិញ្ចឹមសត្វ"}
    assert Partner.objects.get(slug="ccc").name_km == "គណៈកម្មាធិការសហប្រតិបត្តិការដើម្បីកម្ពុជា"
    assert Criterion.objects.get(name_en="Innovation").guidance_km == CRITERIA[4][3]
    assert load().endswith("0 Khmer texts updated.")
