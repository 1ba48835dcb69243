import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from practices import audience
from practices.models import Practice, Stage, Visibility
from tests.factories import make_practice, make_user

pytestmark = pytest.mark.usefixtures("english")


def errors_of(practice):
    with pytest.raises(ValidationError) as caught:
        practice.full_clean()
    return caught.value.message_dict


@pytest.mark.django_db
def test_women_beyond_total_refused_by_validation():
    practice = Practice(title_en="Water", beneficiaries_total=367, beneficiaries_women=400)
    assert errors_of(practice)["beneficiaries_women"] == [
        "Women beneficiaries (400) cannot exceed the total (367)."
    ]


@pytest.mark.django_db
def test_women_beyond_total_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Practice.objects.create(title_en="Water", beneficiaries_total=10, beneficiaries_women=11)


@pytest.mark.django_db
def test_women_within_total_accepted():
    practice = Practice(title_en="Water", beneficiaries_total=367, beneficiaries_women=209)
    practice.full_clean()
    assert practice.women_share == 57


@pytest.mark.django_db
def test_end_before_start_refused():
    practice = Practice(
        title_km="ទឹកស្អាត", start_date=datetime.date(2024, 5, 1), end_date=datetime.date(2024, 4, 30)
    )
    assert errors_of(practice)["end_date"] == ["The end date cannot be before the start date."]


@pytest.mark.django_db
def test_title_needed_in_one_language_either_first():
    assert "title_km" in errors_of(Practice())
    Practice(title_km="ទឹកស្អាត").full_clean()
    Practice(title_en="Clean water").full_clean()


@pytest.mark.django_db
def test_practice_abroad_needs_a_place_name():
    practice = Practice(title_en="Eco-savers", country="PH")
    assert "place_name_en" in errors_of(practice)
    practice.place_name_en = "Marikina City"
    practice.full_clean()


@pytest.mark.django_db
def test_slug_from_english_title_and_unique():
    first = make_practice(title_en="Clean water for all")
    second = make_practice(title_en="Clean water for all")
    khmer_only = make_practice(title_en="", title_km="ទឹកស្អាត")
    assert (first.slug, second.slug, khmer_only.slug) == (
        "clean-water-for-all",
        "clean-water-for-all-2",
        "practice",
    )


@pytest.mark.django_db
def test_empty_language_falls_back_to_the_other():
    practice = make_practice(title_en="", title_km="ទឹកស្អាត")
    with translation.override("en"):
        assert practice.title == "ទឹកស្អាត"


@pytest.mark.django_db
def test_new_practice_is_an_internal_mapped_candidate():
    practice = Practice.objects.create(title_en="Candidate")
    assert (practice.stage, practice.visibility) == (Stage.MAPPED, Visibility.INTERNAL)


@pytest.mark.django_db
def test_only_published_public_practices_are_public():
    public = make_practice()
    make_practice(visibility=Visibility.NETWORK)
    make_practice(visibility=Visibility.INTERNAL)
    make_practice(stage=Stage.IN_REVIEW)
    assert list(audience.published_for(audience.PUBLIC)) == [public]


@pytest.mark.django_db
def test_partner_group_also_sees_network_practices():
    public = make_practice()
    network = make_practice(visibility=Visibility.NETWORK)
    make_practice(visibility=Visibility.INTERNAL)
    partner = make_user(groups=["Partner"])
    stranger = make_user()
    assert set(audience.readable_by(partner)) == {public, network}
    assert list(audience.readable_by(stranger)) == [public]


@pytest.mark.django_db
def test_edits_keep_revisions_in_both_languages():
    practice = make_practice(title_en="First", title_km="ដំបូង")
    practice.title_en = "Second"
    practice.save()
    titles = [(h.title_en, h.title_km) for h in practice.history.order_by("history_date")]
    assert titles == [("First", "ដំបូង"), ("Second", "ដំបូង")]
