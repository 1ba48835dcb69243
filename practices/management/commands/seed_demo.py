"""Add the sample practices of `practices.demo_data`, each once, for demonstrations and training.

A sample is keyed by its slug. One already present, under that slug or under a new one the
coordinator gave it later, is not added again. If nobody has edited it since it was seeded (its
every revision is the seeding's), its texts, contact and photo captions are brought up to date
with `demo_data`, so that a corrected sample reaches existing databases; one that anybody edited
or moved is left exactly as it is. A second run adds nothing and loses nothing.
"""

import datetime
import io
import random

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont, ImageOps

from practices import demo_data, replication_demo, workflow
from practices.models import AdminUnit, Partner, Photo, Practice, PracticePartner, Theme

SIZE = (960, 640)
GROUND = 470  # where the illustrated ground begins, in pixels from the top
SEEDED = "Sample data"
UPDATED = "Sample data brought up to date"


class Command(BaseCommand):
    help = "Add about a dozen sample practices in Khmer and English (never duplicates or edits)."

    def handle(self, *args, **options):
        self._ensure_reference_data(options["verbosity"])
        with transaction.atomic():
            present = present_keys()
            lookups = Lookups()
            missing = [s for s in demo_data.PRACTICES if s["slug"] not in present]
            for spec in missing:
                create_sample(spec, lookups)
            updated = sum(update_sample(spec) for spec in demo_data.PRACTICES)
            exchange = replication_demo.seed()
        if lookups.skipped:
            self.stderr.write(f"Not found, left out: {', '.join(sorted(lookups.skipped))}.")
        self.stdout.write(
            f"Sample practices: {len(missing)} added, "
            f"{len(demo_data.PRACTICES) - len(missing)} already present."
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
    keys = [spec["slug"] for spec in demo_data.PRACTICES]
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
        codes = {code for spec in demo_data.PRACTICES for code in spec["units"]}
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
    texts = (*spec["photos"][photo.order], *demo_data.PHOTO_CREDIT)
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
    note_km, note_en = demo_data.SAMPLE_NOTE
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
            credit_km=demo_data.PHOTO_CREDIT[0],
            credit_en=demo_data.PHOTO_CREDIT[1],
            order=order,
        )
        content = ContentFile(illustration(theme, order, seed=f"{spec['slug']}-{order}"))
        photo.image.save(f"sample-{order + 1}.jpg", content, save=False)
        photo.save()


# Illustrations: a sky gradient in the theme's colours, a ground, and one simple motif.


def illustration(theme, variant, *, seed):
    """JPEG bytes of a simple picture in the theme's colours, the same for the same seed."""
    light, dark = demo_data.THEME_COLOURS.get(theme, ((150, 150, 150), (60, 60, 60)))
    rng = random.Random(seed)
    image = sky(light)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, GROUND, SIZE[0], SIZE[1]], fill=mix(dark, light, 0.55))
    draw.ellipse(circle(rng.randint(120, 840), 120, 55), fill=mix(light, (255, 255, 255), 0.7))
    first = MOTIFS.index(THEME_MOTIFS.get(theme, draw_houses))
    MOTIFS[(first + variant) % len(MOTIFS)](draw, rng, dark, light)
    draw.text((24, SIZE[1] - 48), "GLGP sample", fill=(255, 255, 255), font=label_font())
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


def sky(colour):
    top = Image.new("RGB", SIZE, mix(colour, (255, 255, 255), 0.65))
    bottom = Image.new("RGB", SIZE, colour)
    mask = Image.linear_gradient("L").resize(SIZE)
    return Image.composite(bottom, top, ImageOps.autocontrast(mask))


def draw_houses(draw, rng, dark, light):
    for x in range(60, 900, rng.randint(150, 210)):
        width, height = rng.randint(90, 130), rng.randint(70, 110)
        draw.rectangle([x, GROUND - height, x + width, GROUND], fill=mix(light, dark, 0.3))
        roof = [(x - 12, GROUND - height), (x + width // 2, GROUND - height - 55)]
        draw.polygon([*roof, (x + width + 12, GROUND - height)], fill=dark)
        draw.rectangle([x + width // 2 - 12, GROUND - 40, x + width // 2 + 12, GROUND], fill=dark)


def draw_people(draw, rng, dark, light):
    draw.rectangle([300, GROUND - 70, 660, GROUND - 55], fill=dark)  # a table
    for x in range(110, 880, 70):
        height = rng.randint(90, 125)
        colour = mix(dark, light, rng.uniform(0.0, 0.5))
        draw.ellipse(circle(x, GROUND - height - 22, 20), fill=colour)
        draw.rounded_rectangle([x - 24, GROUND - height, x + 24, GROUND], radius=18, fill=colour)


def draw_bars(draw, rng, dark, light):
    for i, x in enumerate(range(160, 800, 110)):
        height = rng.randint(60, 110) + 30 * i
        draw.rectangle([x, GROUND - height, x + 70, GROUND], fill=mix(dark, light, 0.15 * (i % 3)))
    draw.line([(130, GROUND - 1), (830, GROUND - 1)], fill=dark, width=6)


def draw_stalls(draw, rng, dark, light):
    for x in range(50, 900, 170):
        draw.rectangle([x + 10, GROUND - 90, x + 140, GROUND], fill=mix(light, dark, 0.2))
        for stripe in range(5):  # a striped awning
            left = x + stripe * 30
            colour = dark if stripe % 2 else (250, 250, 245)
            draw.rectangle([left, GROUND - 125, left + 30, GROUND - 90], fill=colour)
        draw.ellipse(circle(x + 75, GROUND - 40, rng.randint(12, 22)), fill=dark)


MOTIFS = [draw_houses, draw_people, draw_bars, draw_stalls]
# Each theme opens with the motif that suits it; a practice's further photos take the next ones.
THEME_MOTIFS = {
    "participation": draw_people,
    "institutional-governance": draw_people,
    "gender-equality": draw_people,
    "social-accountability": draw_people,
    "fiscal-management": draw_bars,
    "local-economic-development": draw_stalls,
    "urban-services": draw_stalls,
    "public-services": draw_houses,
    "environment-waste": draw_houses,
    "agriculture": draw_houses,
}


def circle(x, y, r):
    return [x - r, y - r, x + r, y + r]


def mix(a, b, share):
    """Colour `a` moved `share` of the way towards colour `b`."""
    return tuple(round(ca + (cb - ca) * share) for ca, cb in zip(a, b, strict=True))


def label_font():
    return ImageFont.load_default(size=26)
