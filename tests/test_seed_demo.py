import io

import pytest
from django.core.management import call_command
from PIL import Image

from practices.demo import practices as sample_practices
from practices.models import PRACTICE_TEXT_FIELDS, Photo, Practice, Stage, Theme, Visibility
from practices.reference_data import THEMES

N_SAMPLES = len(sample_practices.PRACTICES)


def seed():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue().strip().splitlines()[0]  # the practices' line


@pytest.fixture
def samples(admin_units):
    seed()
    return list(Practice.objects.filter(is_sample=True).order_by("slug"))


def test_second_run_adds_nothing(admin_units):
    first = seed()
    counts = (Practice.objects.count(), Photo.objects.count())
    second = seed()
    assert (Practice.objects.count(), Photo.objects.count()) == counts
    assert counts[0] == N_SAMPLES
    assert first == f"Sample practices: {N_SAMPLES} added, 0 already present."
    assert second == f"Sample practices: 0 added, {N_SAMPLES} already present."


def test_coordinators_edit_survives_a_second_run(samples):
    practice = Practice.objects.get(slug="sample-eco-savers-kampot")
    practice.slug, practice.title_en = "eco-savers-kampot", "Eco-Savers in Kampot town"
    practice.save()
    seed()
    practice.refresh_from_db()
    assert Practice.objects.count() == N_SAMPLES
    assert (practice.slug, practice.title_en) == ("eco-savers-kampot", "Eco-Savers in Kampot town")


def test_deleted_sample_is_added_again(samples):
    Practice.objects.get(slug="sample-street-vendors-solo").delete()
    assert seed() == f"Sample practices: 1 added, {N_SAMPLES - 1} already present."
    assert Practice.objects.filter(slug="sample-street-vendors-solo").count() == 1


def test_loads_missing_reference_data(samples):
    assert Theme.objects.count() == len(THEMES)


def test_every_practice_is_a_sample(samples):
    assert len(samples) == N_SAMPLES
    assert list(Practice.objects.filter(is_sample=False)) == []


def test_women_never_exceed_the_total(samples):
    figures = [(p.slug, p.beneficiaries_women, p.beneficiaries_total) for p in samples]
    assert [f for f in figures if None in f or f[1] > f[2]] == []


def test_titles_and_summaries_in_both_languages(samples):
    assert [p.slug for p in samples if not (p.title_km and p.title_en)] == []
    marked = [p for p in samples if p.summary_en.startswith("Sample data:")]
    marked = [p for p in marked if p.summary_km.startswith("ទិន្នន័យគំរូ")]
    assert marked == samples


def test_most_samples_fill_every_section_in_both_languages(samples):
    sections = [f for f in PRACTICE_TEXT_FIELDS if f != "place_name"]
    complete = [
        p
        for p in samples
        if all(getattr(p, f"{f}_{lang}") for f in sections for lang in ("km", "en"))
    ]
    assert len(complete) == N_SAMPLES - 1


def test_each_sample_has_a_readable_photo(samples):
    sizes = []
    for practice in samples:
        photos = list(practice.photos.all())
        assert photos, practice.slug
        for photo in photos:
            with photo.image.open("rb"), Image.open(photo.image) as image:
                image.verify()
                sizes.append((image.format, image.size, (photo.width, photo.height)))
    assert {s[0] for s in sizes} == {"JPEG"}
    assert all(size == stored for _, size, stored in sizes)


def test_photos_carry_bilingual_captions_and_the_credit(samples):
    photos = Photo.objects.filter(practice__is_sample=True)
    assert {(p.credit_km, p.credit_en) for p in photos} == {sample_practices.PHOTO_CREDIT}
    assert [p.pk for p in photos if not (p.caption_km and p.caption_en)] == []


def test_practices_abroad_have_a_place_and_no_cambodian_units(samples):
    abroad = [p for p in samples if p.country != "KH"]
    assert sorted(p.country for p in abroad) == ["ID", "PH"]
    assert [p.slug for p in abroad if p.units.exists() or not p.place_name_en] == []


def test_stages_and_visibilities(samples):
    pairs = sorted({(p.stage, p.visibility) for p in samples})
    assert pairs == [
        (Stage.DOCUMENTING, Visibility.INTERNAL),
        (Stage.PUBLISHED, Visibility.NETWORK),
        (Stage.PUBLISHED, Visibility.PUBLIC),
    ]
    published = [p for p in samples if p.stage == Stage.PUBLISHED]
    assert [p.slug for p in published if p.published_at is None] == []


def test_cambodian_samples_sit_in_official_units(samples):
    at_home = [p for p in samples if p.country == "KH"]
    codes = {p.slug: sorted(p.units.values_list("code", flat=True)) for p in at_home}
    assert codes["sample-street-vendors-choam-chao"] == ["120916", "120917", "120918"]
    assert codes["sample-peer-learning-kampong-chhnang"] == ["04"]
    assert [slug for slug, units in codes.items() if not units] == []


def test_partners_have_roles(samples):
    practice = Practice.objects.get(slug="sample-eco-savers-kampot")
    roles = sorted((r.partner.slug, r.role) for r in practice.partner_roles.all())
    assert roles == [
        ("eu", "funder"),
        ("kas", "funder"),
        ("logodef", "technical"),
        ("nlcs", "documenter"),
        ("nlcs", "technical"),
    ]


def test_a_rerun_brings_an_unedited_sample_up_to_date(samples):
    practice = Practice.objects.get(slug="sample-village-priority-meetings-chheu-teal")
    old_title = "កិច្ចប្រជុំកំណត់អាទិភាពតាមភូមិ មុនការរៀបចំផែនការវិនិយោគឃុំ"
    Practice.objects.filter(pk=practice.pk).update(title_km=old_title, contact_role_km=None)
    Photo.objects.filter(practice=practice).update(credit_km="")
    assert seed() == (
        f"Sample practices: 0 added, {N_SAMPLES} already present. 1 brought up to date."
    )
    practice.refresh_from_db()
    spec = next(s for s in sample_practices.PRACTICES if s["slug"] == practice.slug)
    assert (practice.title_km, practice.contact_role_km) == (
        spec["text"]["title"][0],
        spec["contact"]["role"][0],
    )
    assert {p.credit_km for p in practice.photos.all()} == {sample_practices.PHOTO_CREDIT[0]}
    assert practice.history.first().history_change_reason == "Sample data brought up to date"


def test_a_rerun_leaves_an_edited_sample_as_it_is(samples):
    from practices.curation import workflow
    from tests.factories import make_member

    practice = Practice.objects.get(slug="sample-village-priority-meetings-chheu-teal")
    practice.title_km = "ចំណងជើងដែលអ្នកសម្របសម្រួលបានកែ"
    workflow.save_content(practice, by=make_member("Coordinator"), reason="edited")
    Photo.objects.filter(practice=practice).update(credit_km="")
    assert seed() == f"Sample practices: 0 added, {N_SAMPLES} already present."
    practice.refresh_from_db()
    assert practice.title_km == "ចំណងជើងដែលអ្នកសម្របសម្រួលបានកែ"
    assert {p.credit_km for p in practice.photos.all()} == {""}


def test_contacts_are_in_both_languages_and_cambodian_names_in_khmer(samples):
    missing = [
        (p.slug, field)
        for p in samples
        for field in ("contact_name", "contact_role", "contact_organisation")
        for lang in ("km", "en")
        if not getattr(p, f"{field}_{lang}")
    ]
    romanised = [p.contact_name_km for p in samples if p.country == "KH"]
    assert (missing, [n for n in romanised if n.isascii()]) == ([], [])
    assert [p.contact_name_km for p in samples if p.country != "KH"] == [
        p.contact_name_en for p in samples if p.country != "KH"
    ]
