"""One unit of work (an admin save with its inlines, the sample data, a move) rebuilds the read
model of each practice it touched once, and raises the public revision once, when it ends
(practices/search/indexer.py's batches); a unit of work rolled back reindexes nothing."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction

from practices.models import Practice, PracticePartner, PracticeSearch, PublicRevision, Stage
from practices.search import indexer, queries
from tests.admin_forms import change_form_data, change_url
from tests.factories import make_member, make_partner, make_practice, make_theme

# The queries of one admin save of a sample practice with its inlines, posted back unchanged,
# by a coordinator (the form, its five inlines, the revision, the one reindex), as measured on
# the engine that needs the most.
ADMIN_SAVE_QUERIES = 73


@pytest.fixture
def rebuilds(monkeypatch):
    """The practices of each rebuild of the read model, in order: a counter around the real
    rebuild, which still runs."""
    calls, real = [], indexer.reindex_now

    def counted(ids):
        ids = set(ids)
        calls.append(sorted(ids))
        return real(ids)

    monkeypatch.setattr(indexer, "reindex_now", counted)
    return calls


def seed():
    call_command("seed_demo", stdout=io.StringIO())


def test_seeding_the_samples_reindexes_each_once(admin_units, rebuilds):
    before = PublicRevision.current()
    seed()
    samples = sorted(Practice.objects.filter(is_sample=True).values_list("pk", flat=True))
    published = Practice.objects.filter(stage=Stage.PUBLISHED)
    # Once for the thematic areas and partners loaded first, once for the samples.
    assert (rebuilds, PublicRevision.current() - before) == ([samples], 2)
    assert sorted(PracticeSearch.objects.values_list("practice", flat=True)) == sorted(
        published.values_list("pk", flat=True)
    )


@pytest.fixture
def practice_page(seeded, client):
    """A coordinator on the change page of a sample practice that has a partner, photos and
    themes: (the practice, the page)."""
    practice = Practice.objects.filter(is_sample=True, stage=Stage.PUBLISHED).order_by("slug")[0]
    PracticePartner.objects.get_or_create(practice=practice, partner=make_partner(), role="funder")
    client.force_login(make_member("Coordinator"))
    return practice, client.get(change_url(practice))


def test_an_admin_save_posted_back_unchanged_reindexes_the_practice_once(
    client, practice_page, rebuilds
):
    practice, page = practice_page
    before = PublicRevision.current()
    response = client.post(change_url(practice), change_form_data(page))
    assert response.status_code == 302
    assert (rebuilds, PublicRevision.current() - before) == ([[practice.pk]], 1)


def test_an_admin_save_changing_inlines_and_relations_reindexes_the_practice_once(
    client, practice_page, rebuilds
):
    practice, page = practice_page
    role = practice.partner_roles.order_by("pk").first()
    inlines = page.context["inline_admin_formsets"]
    prefix = next(i.formset.prefix for i in inlines if i.formset.model is PracticePartner)
    changes = {"themes": [str(make_theme().pk)], f"{prefix}-0-role": "technical"}
    before = PublicRevision.current()
    response = client.post(change_url(practice), change_form_data(page, **changes))
    role.refresh_from_db()
    assert (response.status_code, role.role) == (302, "technical")
    assert (rebuilds, PublicRevision.current() - before) == ([[practice.pk]], 1)


def test_an_admin_save_stays_within_its_queries(
    client, practice_page, django_assert_max_num_queries
):
    practice, page = practice_page
    data = change_form_data(page)
    with django_assert_max_num_queries(ADMIN_SAVE_QUERIES):
        response = client.post(change_url(practice), data)
    assert response.status_code == 302


def retitle_then_fail(practice, title):
    with transaction.atomic(), indexer.batched():
        practice.title_en = title
        practice.save()
        raise RuntimeError("the unit of work fails after the save")


@pytest.mark.django_db
def test_a_batch_rolled_back_reindexes_nothing(rebuilds):
    practice = make_practice(title_en="Water kiosks")
    rebuilds.clear()
    with pytest.raises(RuntimeError):
        retitle_then_fail(practice, "Withdrawn title")
    assert rebuilds == []
    assert list(queries.filter_matching(Practice.objects.all(), "kiosks")) == [practice]


@pytest.mark.django_db
def test_a_batch_inside_another_leaves_the_reindex_to_the_outer_one(rebuilds):
    practice = make_practice()
    rebuilds.clear()
    with indexer.batched():
        with indexer.batched():
            practice.save()
        assert rebuilds == []
        practice.themes.add(make_theme())
    assert rebuilds == [[practice.pk]]
