"""Clearly synthetic bilingual practices for measuring speed (`manage.py generate_practices`).

Every practice made here is marked as sample data, titled "Synthetic practice N" and has a
slug starting with "synthetic-"; `--delete` removes them all. Texts are assembled from a
small set of sentences, so that making many thousands stays quick.
"""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from practices.models import (
    AdminUnit,
    Country,
    Partner,
    Practice,
    PracticePartner,
    Stage,
    Theme,
    Visibility,
)
from practices.search import indexer

PREFIX = "synthetic-"
KHMER = [
    "ការចូលរួមរបស់ប្រជាពលរដ្ឋក្នុងការធ្វើផែនការឃុំ",
    "ក្រុមប្រឹក្សាឃុំបានរៀបចំកិច្ចប្រជុំជាមួយភូមិ",
    "ការគ្រប់គ្រងសំរាមនៅក្នុងសហគមន៍",
    "ស្ត្រីបានដឹកនាំគណៈកម្មការថវិកា",
    "សាលារៀនបានចូលរួមក្នុងកម្មវិធីបរិស្ថាន",
    "ការផ្តល់សេវាសាធារណៈបានប្រសើរឡើង",
    "កសិករបានទទួលការបណ្តុះបណ្តាលបច្ចេកទេស",
    "ទឹកស្អាតសម្រាប់គ្រួសារក្រីក្រ",
]
ENGLISH = [
    "Citizens took part in planning the commune budget",
    "The council met villagers every month to agree priorities",
    "Waste is now sorted and collected in every village",
    "Women led the budget committee and the monitoring visits",
    "Schools joined the environment programme with their parents",
    "Public services became faster and easier to reach",
    "Farmers were trained in new techniques by the district office",
    "Clean water reached the poorest households",
]
RARE_KHMER, RARE_ENGLISH = "ដំរីព្រៃ", "elephants"


def generate(count, *, seed=1, delete=False, report):
    """Make `count` synthetic published practices (after removing the present ones if `delete`),
    indexed in batches; `report` is told what was done."""
    rng = random.Random(seed)
    if delete:
        deleted = delete_synthetic()
        report(f"Removed {deleted} synthetic practices.")
    start = Practice.objects.filter(slug__startswith=PREFIX).count()
    themes, partners = _themes(), _partners()
    communes = list(AdminUnit.objects.communes().values_list("pk", flat=True))
    with indexer.bulk_load():
        for first in range(0, count, 2000):
            with transaction.atomic():
                stop = min(count, first + 2000)
                batch = [_practice(rng, start + n) for n in range(first, stop)]
                created = Practice.objects.bulk_create(batch)
                _link(rng, created, themes, partners, communes)
                indexer.reindex([p.pk for p in created])
    report(f"Made {count} synthetic practices.")


def delete_synthetic():
    """Remove synthetic practices without per-row signals (they have no photos or history)."""
    ids = list(Practice.objects.filter(slug__startswith=PREFIX).values_list("pk", flat=True))
    with transaction.atomic():
        for first in range(0, len(ids), 5000):
            chunk = ids[first : first + 5000]
            indexer.remove(chunk)
            for links in (PracticePartner, Practice.themes.through, Practice.units.through):
                links.objects.filter(practice_id__in=chunk)._raw_delete(links.objects.db)
            Practice.objects.filter(pk__in=chunk)._raw_delete(Practice.objects.db)
        indexer.public_changed()
    return len(ids)


def _text(rng, pool, sentences, rare=None):
    parts = [rng.choice(pool) for _ in range(sentences)]
    if rare:
        parts.insert(rng.randrange(len(parts) + 1), rare)
    return "។ ".join(parts) + "។" if pool is KHMER else ". ".join(parts) + "."


def _practice(rng, n):
    rare = n % 1000 == 7
    start = datetime.date(2008 + n % 17, 1 + n % 12, 1)
    total = rng.randrange(50, 5000)
    fields = {
        "slug": f"{PREFIX}{n}",
        "title_en": f"Synthetic practice {n}: {rng.choice(ENGLISH).lower()}",
        "title_km": f"អនុវត្តល្អសាកល្បង {n}៖ {rng.choice(KHMER)}",
        "summary_en": _text(rng, ENGLISH, 4),
        "summary_km": _text(rng, KHMER, 4),
        "stage": Stage.PUBLISHED if n % 20 else Stage.DOCUMENTING,
        "visibility": Visibility.NETWORK if n % 10 == 3 else Visibility.PUBLIC,
        "is_sample": True,
        "is_featured": n % 97 == 0,
        "level": rng.choice(Practice.Level.values[:3]),
        "status": rng.choice(Practice.Status.values),
        "country": Country.CAMBODIA,
        "start_date": start,
        "end_date": start + datetime.timedelta(days=700) if n % 3 == 0 else None,
        "beneficiaries_total": total,
        "beneficiaries_women": total // 2,
        "published_at": timezone.now() - datetime.timedelta(hours=n),
    }
    for field in ("case_study", "context", "activities", "results", "lessons"):
        fields[f"{field}_en"] = _text(rng, ENGLISH, 6, RARE_ENGLISH if rare else None)
        fields[f"{field}_km"] = _text(rng, KHMER, 6, RARE_KHMER if rare else None)
    return Practice(**fields)


def _link(rng, practices, themes, partners, communes):
    theme_rows, unit_rows, roles = [], [], []
    for practice in practices:
        for theme in rng.sample(themes, 2):
            theme_rows.append(Practice.themes.through(practice_id=practice.pk, theme_id=theme))
        if communes:
            unit = rng.choice(communes)
            unit_rows.append(Practice.units.through(practice_id=practice.pk, adminunit_id=unit))
        roles.append(
            PracticePartner(
                practice=practice,
                partner_id=rng.choice(partners),
                role=PracticePartner.Role.IMPLEMENTER,
            )
        )
    Practice.themes.through.objects.bulk_create(theme_rows)
    Practice.units.through.objects.bulk_create(unit_rows)
    PracticePartner.objects.bulk_create(roles)


def _themes():
    for n in range(1, 9 - Theme.objects.count()):
        Theme.objects.create(
            slug=f"{PREFIX}theme-{n}",
            name_en=f"Synthetic theme {n}",
            name_km=f"ប្រធានបទសាកល្បង {n}",
            order=100 + n,
        )
    return list(Theme.objects.values_list("pk", flat=True))


def _partners():
    for n in range(1, 7 - Partner.objects.count()):
        Partner.objects.create(
            slug=f"{PREFIX}partner-{n}",
            name_en=f"Synthetic partner {n}",
            country=Country.CAMBODIA,
            kind=Partner.Kind.CSO,
        )
    return list(Partner.objects.values_list("pk", flat=True))
