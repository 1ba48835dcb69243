"""Synthetic practices for benchmarks: clearly marked, bilingual, findable, and removable."""

import io

import pytest
from django.core.management import call_command

from practices import audience
from practices.models import AudienceOverview, Practice, PracticeSearch, PublicRevision, Stage
from practices.search import queries
from tests.factories import make_practice, public_url

pytestmark = pytest.mark.django_db


def generate(*args):
    out = io.StringIO()
    call_command("generate_practices", *args, stdout=out)
    return out.getvalue().strip()


def test_makes_marked_bilingual_practices_indexed_and_counted(client, admin_units):
    real = make_practice(title_en="A real practice")
    assert generate("--count", "40") == "Made 40 synthetic practices."
    synthetic = Practice.objects.exclude(pk=real.pk)
    assert (synthetic.count(), synthetic.filter(is_sample=True).count()) == (40, 40)
    assert all(p.slug.startswith("synthetic-") and p.title_km and p.title_en for p in synthetic)
    published = synthetic.filter(stage=Stage.PUBLISHED)
    indexed = PracticeSearch.objects.filter(practice__in=synthetic).count()
    assert (published.count(), indexed) == (38, 38)  # one in twenty stays a draft
    # The counts were built once, at the end, for the revision the pages will ask about.
    stored = set(AudienceOverview.objects.values_list("audience", "revision"))
    assert stored == {("public", PublicRevision.current()), ("network", PublicRevision.current())}
    home = client.get(public_url("practices:home")).context["home"]
    assert home.figures["practices"] == audience.published_for(audience.PUBLIC).count()
    found = queries.filter_matching(Practice.objects.all(), "ដំរីព្រៃ")
    assert [p.slug for p in found] == ["synthetic-7"]  # the rare word, in one of a thousand


def test_delete_removes_only_synthetic_practices(admin_units):
    real = make_practice(title_en="A real practice")
    generate("--count", "25")
    assert generate("--delete", "--count", "0").splitlines() == [
        "Removed 25 synthetic practices.",
        "Made 0 synthetic practices.",
    ]
    assert list(Practice.objects.values_list("pk", flat=True)) == [real.pk]
    assert list(PracticeSearch.objects.values_list("practice_id", flat=True)) == [real.pk]


def history(*args):
    out = io.StringIO()
    call_command("generate_curation_history", *args, stdout=out)
    return out.getvalue().strip().splitlines()


def test_curation_history_for_synthetic_practices_only_and_removable(admin_units):
    from practices.models import Enquiry, Scoring, StageChange
    from practices.statistics import pipeline

    real = make_practice(title_en="A real practice")
    generate("--count", "20")
    assert history() == [
        "Removed the history of 0 synthetic practices.",
        "Gave 20 synthetic practices a curation history.",
    ]
    # Nineteen published (six steps each), one documenting (four): 118 steps.
    assert StageChange.objects.count() == 19 * 6 + 4
    assert StageChange.objects.filter(practice=real).count() == 0
    assert (Scoring.objects.count(), Enquiry.objects.count()) == (14, 4)  # 7 × 2 screeners
    found = pipeline.figures(Practice.objects.filter(slug__startswith="synthetic-"))
    assert [step.count for step in found.funnel] == [20, 20, 20, 19, 19]
    assert history("--delete") == ["Removed the history of 20 synthetic practices."]
    assert (StageChange.objects.count(), Scoring.objects.count(), Enquiry.objects.count()) == (
        0,
        0,
        0,
    )
    assert generate("--delete", "--count", "0").splitlines()[0] == "Removed 20 synthetic practices."
