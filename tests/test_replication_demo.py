"""The sample replications and events that `seed_demo` adds after the sample practices."""

import io

import pytest
from django.core.management import call_command

from practices.demo import exchange as sample_exchange
from practices.models import Event, LogbookEntry, Replication
from tests.factories import public_url

pytestmark = pytest.mark.django_db

N = len(sample_exchange.REPLICATIONS) + len(sample_exchange.EVENTS)


def seed():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue().strip().splitlines()[-1]


def test_samples_are_added_once(admin_units):
    first = seed()
    counts = (Replication.objects.count(), Event.objects.count(), LogbookEntry.objects.count())
    second = seed()
    assert first == f"Sample replications and events: {N} added, 0 already present."
    assert second == f"Sample replications and events: 0 added, {N} already present."
    assert (
        Replication.objects.count(),
        Event.objects.count(),
        LogbookEntry.objects.count(),
    ) == counts
    assert counts == (3, 3, 5)


def test_samples_are_marked_and_linked(admin_units):
    seed()
    kampot = Replication.objects.get(slug="sample-eco-savers-in-kampot")
    choam_chao = Replication.objects.get(slug="sample-vendor-relocation-in-choam-chao")
    kaeb = Replication.objects.get(slug="sample-eco-savers-in-kaeb")
    assert [r.is_sample for r in Replication.objects.all()] == [True] * 3
    assert [e.is_sample for e in Event.objects.all()] == [True] * 3
    assert [s.slug for s in kampot.sources.all()] == ["sample-eco-savers-marikina"]
    assert [s.slug for s in choam_chao.sources.all()] == ["sample-street-vendors-solo"]
    assert (kampot.unit.code, choam_chao.unit.code, kaeb.unit.code) == ("0708", "120916", "2302")
    # The adopter that became a source: Kampot's practice is what Kaeb takes up.
    assert kampot.resulting_practice.slug == "sample-eco-savers-kampot"
    assert list(kaeb.sources.all()) == [kampot.resulting_practice]
    assert [r.has_plan for r in (kampot, choam_chao, kaeb)] == [True, True, True]
    visit = Event.objects.get(slug="sample-study-visit-marikina")
    assert (visit.kind, list(visit.replications.all())) == ("study_visit", [kampot])


def test_the_chain_shows_on_the_kampot_practice_page(client, admin_units):
    seed()
    html = client.get(public_url("practices:detail", "sample-eco-savers-kampot")).content.decode()
    adapted_from = html.split('id="adapted-from-h"')[1].split("</section>")[0]
    adapted_by = html.split('id="adapted-by-h"')[1].split("</section>")[0]
    assert "Eco-Savers: pupils earn points" in adapted_from
    assert "Kaeb Municipal Administration" in adapted_by
    assert "Study visit to Marikina" not in html  # presented Marikina's practice, not Kampot's


def test_synthetic_replications_and_events_are_generated_and_removed(admin_units):
    from practices.models import Practice
    from tests.factories import make_partner, make_practice

    make_partner()
    make_practice()
    out = io.StringIO()
    call_command("generate_replications", "--count", "10", stdout=out)
    assert out.getvalue().strip() == "Generated 10 replications and 2 events."
    assert (Replication.objects.count(), Event.objects.count()) == (10, 2)
    assert LogbookEntry.objects.filter(is_internal=True).count() == 10
    call_command("generate_replications", "--count", "5", "--delete", stdout=io.StringIO())
    assert (Replication.objects.count(), Event.objects.count(), Practice.objects.count()) == (
        5,
        1,
        1,
    )


def _pdf_text(field):
    from pypdf import PdfReader

    with field.open("rb") as handle:
        return PdfReader(io.BytesIO(handle.read())).pages[0].extract_text()


def test_sample_events_and_logbooks_carry_generated_photos_and_documents(admin_units):
    from PIL import Image

    seed()
    events = Event.objects.order_by("slug")
    photos = {e.slug: [p.caption_en for p in e.photos.all()] for e in events}
    reports = {e.slug: [d.title for d in e.documents.all()] for e in events}
    assert photos == {
        "sample-learning-forum-phnom-penh": [
            "Learning forum: from example to practice (Illustration: GLGP sample data)"
        ],
        "sample-study-visit-marikina": ["Study visit to Marikina (Illustration: GLGP sample data)"],
        "sample-study-visit-solo": ["Study visit to Solo (Illustration: GLGP sample data)"],
    }
    assert reports == {
        "sample-learning-forum-phnom-penh": [],
        "sample-study-visit-marikina": ["Study visit to Marikina: report (sample)"],
        "sample-study-visit-solo": [],
    }
    report = Event.objects.get(slug="sample-study-visit-marikina").documents.get()
    assert "GLGP sample data" in _pdf_text(report.file)
    entries = LogbookEntry.objects.order_by("replication__slug", "date")
    files = [(e.replication.slug, e.is_internal, bool(e.photo), bool(e.document)) for e in entries]
    assert files == [
        ("sample-eco-savers-in-kampot", False, True, True),
        ("sample-eco-savers-in-kampot", False, True, False),
        ("sample-eco-savers-in-kampot", True, False, False),
        ("sample-vendor-relocation-in-choam-chao", False, True, True),
        ("sample-vendor-relocation-in-choam-chao", False, True, False),
    ]
    first = entries.first()
    assert "logbook note of 2011-11-14" in _pdf_text(first.document)
    with first.photo.open("rb") as handle:
        assert Image.open(handle).size == (960, 640)


def test_the_sample_study_visit_page_shows_its_photo_and_report(client, admin_units):
    seed()
    visit = Event.objects.get(slug="sample-study-visit-marikina")
    html = client.get(public_url("practices:event", visit.slug)).content.decode()
    assert (visit.photos.get().image.url in html, visit.documents.get().file.url in html) == (
        True,
        True,
    )
