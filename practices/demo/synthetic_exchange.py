"""Synthetic replications (with logbooks) and events for benchmarks and load tests.

    manage.py generate_replications --count 2000 [--delete]

Each replication takes one to three published practices as sources and an adopting commune;
a fifth of the count in events, each presenting a few practices. Every record's slug starts
with "synthetic-"; --delete removes them first. Run after generate_practices.
"""

import datetime
import random

from django.db import transaction

from practices.models import (
    AdminUnit,
    Event,
    LogbookEntry,
    Partner,
    Practice,
    Replication,
    ReplicationPartner,
    ReplicationStage,
    Stage,
)
from practices.search import indexer

PREFIX = "synthetic-"
VISIBILITIES = ["public"] * 8 + ["network", "internal"]
ROLES = [role for role, _label in ReplicationPartner.Role.choices]


def generate(count, *, seed=1, delete=False, report):
    """Make `count` synthetic replications with partners and logbooks and a fifth as many
    events (after removing the present ones if `delete`); `report` is told what was done."""
    rng = random.Random(seed)
    if delete:
        Replication.objects.filter(slug__startswith=PREFIX).delete()
        Event.objects.filter(slug__startswith=PREFIX).delete()
    sources = list(
        Practice.objects.filter(stage=Stage.PUBLISHED).values_list("pk", flat=True)[:5000]
    )
    communes = list(AdminUnit.objects.communes().values_list("pk", flat=True))
    partners = list(Partner.objects.values_list("pk", flat=True))
    start = Replication.objects.filter(slug__startswith=PREFIX).count()
    with indexer.bulk_load(), transaction.atomic():
        replications = Replication.objects.bulk_create(
            _replication(rng, start + n, communes) for n in range(count)
        )
        _link(rng, replications, sources, partners)
        events = Event.objects.bulk_create(
            _event(rng, start + n, communes) for n in range(count // 5)
        )
        _present(rng, events, replications, sources, partners)
        indexer.public_changed()
    report(f"Generated {count} replications and {count // 5} events.")


def _replication(rng, n, communes):
    replication = Replication(
        slug=f"{PREFIX}replication-{n}",
        unit_id=rng.choice(communes),
        stage=rng.choice(ReplicationStage.values),
        visibility=rng.choice(VISIBILITIES),
        title_en=f"Synthetic replication {n}",
        title_km=f"ការយកគំរូទៅអនុវត្តសាកល្បង {n}",
        adopter_name_en=f"Council {n}",
        adopter_name_km=f"ក្រុមប្រឹក្សា {n}",
        plan_taken_over_en="The collection days and the points.",
        plan_activities_en="Training, then a trial in three schools.",
        outcome_en="Waste sorted in most schools.",
    )
    return replication


def _link(rng, replications, sources, partners):
    through = Replication.sources.through
    links, roles, entries = [], [], []
    for replication in replications:
        for source in rng.sample(sources, k=min(len(sources), rng.randint(1, 3))):
            links.append(through(replication_id=replication.pk, practice_id=source))
        for partner in rng.sample(partners, k=min(len(partners), 2)):
            roles.append(
                ReplicationPartner(
                    replication=replication, partner_id=partner, role=rng.choice(ROLES)
                )
            )
        for k in range(3):
            entries.append(
                LogbookEntry(
                    replication=replication,
                    date=datetime.date(2024, 1, 1) + datetime.timedelta(days=30 * k),
                    progress=f"Step {k + 1} done.",
                    status=rng.choice(LogbookEntry.Status.values),
                    is_internal=k == 2,
                )
            )
    through.objects.bulk_create(links, ignore_conflicts=True)
    ReplicationPartner.objects.bulk_create(roles, ignore_conflicts=True)
    LogbookEntry.objects.bulk_create(entries)


def _event(rng, n, communes):
    return Event(
        slug=f"{PREFIX}event-{n}",
        kind=rng.choice(Event.Kind.values),
        title_en=f"Synthetic event {n}",
        title_km=f"ព្រឹត្តិការណ៍សាកល្បង {n}",
        starts_on=datetime.date(2022, 1, 1) + datetime.timedelta(days=rng.randint(0, 2000)),
        unit_id=rng.choice(communes),
        visibility=rng.choice(VISIBILITIES),
        participants_total=40,
        participants_women=18,
    )


def _present(rng, events, replications, sources, partners):
    presented, served, organisers = [], [], []
    for event in events:
        for source in rng.sample(sources, k=min(len(sources), 3)):
            presented.append(Event.practices.through(event_id=event.pk, practice_id=source))
        served.append(
            Event.replications.through(
                event_id=event.pk, replication_id=rng.choice(replications).pk
            )
        )
        organisers.append(
            Event.organisers.through(event_id=event.pk, partner_id=rng.choice(partners))
        )
    Event.practices.through.objects.bulk_create(presented, ignore_conflicts=True)
    Event.replications.through.objects.bulk_create(served, ignore_conflicts=True)
    Event.organisers.through.objects.bulk_create(organisers, ignore_conflicts=True)
