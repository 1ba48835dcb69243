"""Plain helpers that make valid objects for tests; pass overrides for what a test is about."""

import io
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from practices.models import AdminUnit, Partner, Practice, Stage, Theme, Visibility

_seq = itertools.count(1)


def make_theme(**overrides):
    n = next(_seq)
    fields = {"slug": f"theme-{n}", "name_en": f"Theme {n}", "name_km": f"ប្រធានបទ {n}"}
    fields.update(overrides)
    return Theme.objects.create(**fields)


def make_partner(**overrides):
    n = next(_seq)
    fields = {"slug": f"partner-{n}", "name_en": f"Partner {n}", "country": "KH", "kind": "cso"}
    fields.update(overrides)
    return Partner.objects.create(**fields)


def make_unit(code="020101", level=3, **overrides):
    """A commune with its district and province, unless the official list is loaded."""
    unit = AdminUnit.objects.filter(code=code).first()
    if unit:
        return unit
    province = AdminUnit.objects.get_or_create(
        code=code[:2], defaults={"level": 1, "kind": "province", "name_en": f"Province {code[:2]}"}
    )[0]
    district = AdminUnit.objects.get_or_create(
        code=code[:4],
        defaults={
            "level": 2,
            "kind": "district",
            "name_en": f"District {code[:4]}",
            "parent": province,
        },
    )[0]
    fields = {
        "code": code,
        "level": level,
        "kind": "commune",
        "name_en": f"Commune {code}",
        "parent": district,
    }
    fields.update(overrides)
    return AdminUnit.objects.create(**fields)


def make_practice(*, themes=(), units=(), **overrides):
    """A practice; published and public unless told otherwise."""
    n = next(_seq)
    fields = {
        "title_en": f"Practice {n}",
        "title_km": f"អនុវត្តល្អ {n}",
        "summary_en": f"Summary of practice {n}.",
        "summary_km": f"សេចក្តីសង្ខេបនៃអនុវត្តល្អ {n}។",
        "stage": Stage.PUBLISHED,
        "visibility": Visibility.PUBLIC,
    }
    fields.update(overrides)
    practice = Practice.objects.create(**fields)
    practice.themes.set(themes)
    practice.units.set(units)
    return practice


def make_user(username=None, *, groups=(), perms=(), **overrides):
    username = username or f"user{next(_seq)}"
    user = get_user_model().objects.create_user(username, password="pw-for-tests-only", **overrides)
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    for codename in perms:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


def image_file(name="photo.png", size=(40, 30), fmt="PNG", color=(10, 120, 200)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, fmt)
    content_type = {"PNG": "image/png", "JPEG": "image/jpeg"}.get(fmt, "application/octet-stream")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=content_type)


def pdf_file(name="report.pdf"):
    """A tiny but valid one-page PDF."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf")


# Curation workflow helpers.

BOTH_LANGUAGES_TO_PUBLISH = {
    f"{field}_{lang}": f"{field} ({lang})"
    for field in ("title", "summary", "context", "activities", "results", "transferability")
    for lang in ("km", "en")
}


def make_member(role, **overrides):
    """A user in one of the curation groups that the data migration creates."""
    n = next(_seq)
    fields = {"is_staff": role != "Partner", "email": f"{role.lower()}{n}@example.org"}
    fields.update(overrides)
    return make_user(f"{role.lower()}{n}", groups=[role], **fields)


def make_scoring(practice, screener, values=None, *, submitted=True):
    """A screener's scoring; `values` maps criterion to 1–5, by default 3 for every active one."""
    from django.utils import timezone

    from practices.models import Criterion, Score, Scoring

    if values is None:
        values = dict.fromkeys(Criterion.objects.filter(is_active=True), 3)
    scoring = Scoring.objects.create(
        practice=practice, screener=screener, submitted_at=timezone.now() if submitted else None
    )
    for criterion, value in values.items():
        Score.objects.create(scoring=scoring, criterion=criterion, value=value)
    return scoring


def make_ready_practice(stage=Stage.MAPPED, *, archived_from=Stage.PUBLISHED, **overrides):
    """A practice that meets every stage's requirements: both languages, a theme, a place, a
    contact, a visibility, passed eligibility and one complete scoring."""
    from practices.models import EligibilityCheck, StageChange

    fields = {
        **BOTH_LANGUAGES_TO_PUBLISH,
        "contact_name": "Sok Dara",
        "contact_email": "dara@example.org",
        "stage": stage,
        "visibility": Visibility.PUBLIC,
    }
    fields.update(overrides)
    practice = make_practice(themes=[make_theme()], units=[make_unit()], **fields)
    EligibilityCheck.objects.create(
        practice=practice, is_implemented=True, has_run_a_year=True, results_verifiable=True
    )
    make_scoring(practice, make_member("Screener"))
    if stage == Stage.ARCHIVED:
        StageChange.objects.create(practice=practice, from_stage=archived_from, to_stage=stage)
    return practice


def add_partner(practice, partner=None, role="implementer"):
    """Link a partner to a practice in a role; returns the partner."""
    from practices.models import PracticePartner

    partner = partner or make_partner()
    PracticePartner.objects.create(practice=practice, partner=partner, role=role)
    return partner


def public_url(name, *args, lang="en", **params):
    """A public page's address in one language, with optional query parameters."""
    from urllib.parse import urlencode

    from django.urls import reverse
    from django.utils import translation

    with translation.override(lang):
        path = reverse(name, args=args)
    return f"{path}?{urlencode(params)}" if params else path


# Replications and events.

PLAN = {
    f"{field}_{lang}": f"{field} ({lang})"
    for field in ("plan_taken_over", "plan_activities")
    for lang in ("km", "en")
}


def make_replication(*, sources=(), partners=(), stage="interested", **overrides):
    """A replication; public, in Kampot municipality's province unless told otherwise."""
    from practices.models import Replication, ReplicationPartner

    n = next(_seq)
    fields = {
        "title_en": f"Replication {n}",
        "title_km": f"ការយកគំរូទៅអនុវត្ត {n}",
        "adopter_name_en": f"Council {n}",
        "adopter_name_km": f"ក្រុមប្រឹក្សា {n}",
        "stage": stage,
        "visibility": Visibility.PUBLIC,
    }
    fields.update(overrides)
    replication = Replication.objects.create(**fields)
    replication.sources.set(sources)
    for partner, role in partners:
        ReplicationPartner.objects.create(replication=replication, partner=partner, role=role)
    return replication


def make_entry(replication, **overrides):
    import datetime

    from practices.models import LogbookEntry

    fields = {"date": datetime.date(2026, 3, 1), "progress": "Bins delivered to four schools."}
    fields.update(overrides)
    return LogbookEntry.objects.create(replication=replication, **fields)


def make_event(*, practices=(), replications=(), organisers=(), **overrides):
    import datetime

    from practices.models import Event

    n = next(_seq)
    fields = {
        "kind": "workshop",
        "title_en": f"Event {n}",
        "title_km": f"ព្រឹត្តិការណ៍ {n}",
        "starts_on": datetime.date(2026, 5, 4),
        "visibility": Visibility.PUBLIC,
    }
    fields.update(overrides)
    event = Event.objects.create(**fields)
    event.practices.set(practices)
    event.replications.set(replications)
    event.organisers.set(organisers)
    return event
