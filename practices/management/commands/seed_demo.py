"""Add the sample practices of `practices.demo.practices`, each once, for demonstrations and
training.

A sample is keyed by its slug. One already present, under that slug or under a new one the
coordinator gave it later, is not added again. If nobody has edited it since it was seeded (its
every revision is the seeding's), its texts, contact and photo captions are brought up to date
with `practices.demo.practices`, so that a corrected sample reaches existing databases; one that
anybody edited or moved is left exactly as it is. A second run adds nothing and loses nothing.
"""

import datetime
import io

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from practices.curation import workflow
from practices.demo import exchange as sample_exchange
from practices.demo import practices as sample_practices
from practices.demo.files import illustration
from practices.models import AdminUnit, Partner, Photo, Practice, PracticePartner, Theme
from practices.search import indexer

SEEDED = "Sample data"
UPDATED = "Sample data brought up to date"


class Command(BaseCommand):
    help = "Add about a dozen sample practices in Khmer and English (never duplicates or edits)."

    def handle(self, *args, **options):
        self._ensure_reference_data(options["verbosity"])
        # Every sample writes its practice, relations, partners and photos: one reindex at the end.
        with transaction.atomic(), indexer.batched():
            present = present_keys()
            lookups = Lookups()
            missing = [s for s in sample_practices.PRACTICES if s["slug"] not in present]
            for spec in missing:
                create_sample(spec, lookups)
            updated = sum(update_sample(spec) for spec in sample_practices.PRACTICES)
            exchange = sample_exchange.seed()
        if lookups.skipped:
            self.stderr.write(f"Not found, left out: {', '.join(sorted(lookups.skipped))}.")
        self.stdout.write(
            f"Sample practices: {len(missing)} added, "
            f"{len(sample_practices.PRACTICES) - len(missing)} already present."
            + (f" {updated} brought up to date." if updated else "")
        )
        self.stdout.write(
            f"Sample replications and events: {exchange[0]} added, {exchange[1]} already present."
        )

    def _ensure_reference_data(self, verbosity):
        out = self.stdout if verbosity > 1 else io.StringIO()
        if not AdminUnit.objects.exists():
            call_command("load_admin_units", stdout=out)
        if not (Theme.objects.exists() and Partner.objects.exists()):
            call_command("load_reference_data", stdout=out)


def present_keys():
    """Slugs of the samples already seeded, including those whose slug was edited since."""
    keys = [spec["slug"] for spec in sample_practices.PRACTICES]
    current = Practice.objects.filter(slug__in=keys).values_list("slug", flat=True)
    former = Practice.history.filter(
        slug__in=keys, id__in=Practice.objects.values("pk")
    ).values_list("slug", flat=True)
    return {*current, *former}


class Lookups:
    """Themes, partners and units by their stable keys; what is missing is noted, not fatal."""

    def __init__(self):
        self.themes = {t.slug: t for t in Theme.objects.all()}
        self.partners = {p.slug: p for p in Partner.objects.all()}
        codes = {code for spec in sample_practices.PRACTICES for code in spec["units"]}
        self.units = {u.code: u for u in AdminUnit.objects.filter(code__in=codes)}
        self.skipped = set()

    def pick(self, table, keys):
        found = [table[key] for key in keys if key in table]
        self.skipped.update(key for key in keys if key not in table)
        return found


def create_sample(spec, lookups):
    """Create one published (or in-progress) sample practice with its partners and photos."""
    practice = build_practice(spec)
    practice.full_clean()
    practice._change_reason = SEEDED
    practice.save()
    practice.themes.set(lookups.pick(lookups.themes, spec["themes"]))
    practice.units.set(lookups.pick(lookups.units, spec["units"]))
    add_partners(practice, spec["partners"], lookups)
    add_photos(practice, spec)
    return practice


def update_sample(spec):
    """Rewrite the texts of the sample seeded from `spec` if nobody has edited it since; True
    when something changed. Its slug, stage and relations are left as they are."""
    practice = Practice.objects.filter(slug=spec["slug"], is_sample=True).first()
    edited = practice and practice.history.exclude(history_change_reason__in=[SEEDED, UPDATED])
    if practice is None or edited.exists():
        return False
    before = [getattr(practice, f.attname) for f in Practice._meta.concrete_fields]
    set_texts(practice, spec["text"])
    set_contact(practice, spec["contact"])
    photos = sum(update_photo(photo, spec) for photo in practice.photos.all())
    if before == [getattr(practice, f.attname) for f in Practice._meta.concrete_fields]:
        return photos > 0
    workflow.save_content(practice, by=None, reason=UPDATED)
    return True


def update_photo(photo, spec):
    if photo.order >= len(spec["photos"]):
        return False
    texts = (*spec["photos"][photo.order], *sample_practices.PHOTO_CREDIT)
    fields = ["caption_km", "caption_en", "credit_km", "credit_en"]
    if [getattr(photo, f) for f in fields] == list(texts):
        return False
    for field, text in zip(fields, texts, strict=True):
        setattr(photo, field, text)
    photo.save(update_fields=fields)
    return True


def build_practice(spec):
    total, women = spec["beneficiaries"]
    amount, currency = spec["cost"]
    contact = spec["contact"]
    practice = Practice(
        slug=spec["slug"],
        is_sample=True,
        level=spec["level"],
        country=spec["country"],
        start_date=spec["start"],
        end_date=spec["end"],
        status=spec["status"],
        beneficiaries_total=total,
        beneficiaries_women=women,
        cost_amount=amount,
        cost_currency=currency,
        contact_email=contact["email"],
        contact_phone=contact["phone"],
        contact_is_public=contact["public"],
        visibility=spec["visibility"],
        stage=spec["stage"],
        published_at=published_at(spec["published"]),
        is_featured=spec["featured"],
    )
    set_texts(practice, spec["text"])
    set_contact(practice, contact)
    return practice


def set_contact(practice, contact):
    for field in ("name", "role", "organisation"):
        km, en = contact[field]
        setattr(practice, f"contact_{field}_km", km)
        setattr(practice, f"contact_{field}_en", en)


def set_texts(practice, texts):
    for field, (km, en) in texts.items():
        setattr(practice, f"{field}_km", km)
        setattr(practice, f"{field}_en", en)
    note_km, note_en = sample_practices.SAMPLE_NOTE
    practice.summary_km = f"{note_km} {practice.summary_km}"
    practice.summary_en = f"{note_en} {practice.summary_en}"


def published_at(day):
    if day is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))


def add_partners(practice, roles, lookups):
    PracticePartner.objects.bulk_create(
        PracticePartner(practice=practice, partner=partner, role=role)
        for slug, role in roles
        for partner in lookups.pick(lookups.partners, [slug])
    )


def add_photos(practice, spec):
    theme = spec["themes"][0]
    for order, (caption_km, caption_en) in enumerate(spec["photos"]):
        photo = Photo(
            practice=practice,
            caption_km=caption_km,
            caption_en=caption_en,
            credit_km=sample_practices.PHOTO_CREDIT[0],
            credit_en=sample_practices.PHOTO_CREDIT[1],
            order=order,
        )
        content = ContentFile(illustration(theme, order, seed=f"{spec['slug']}-{order}"))
        photo.image.save(f"sample-{order + 1}.jpg", content, save=False)
        photo.save()
