"""E-mail about curation steps, queued only once the transaction that made the step commits.

A rolled-back step sends nothing. Each message is a background task (`deliver`): in
production the worker sends it, so the request that published or nominated returns without
waiting for the mail server; a failure is tried again later, waiting longer each time, and
after the last attempt the message is kept as UndeliveredMail, listed on the coordinator's
desk. In local work and tests the task runs at once.
Every message to the coordinators goes to the Coordinator group and the addresses in the
settings, and carries absolute links (SITE_URL), since a mail client has no current site.
"""

import datetime
import logging
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.tasks import task
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from practices.models import Assignment, Stage, UndeliveredMail
from practices.permissions import COORDINATOR

logger = logging.getLogger(__name__)


def coordinator_emails():
    """Addresses of active users in the Coordinator group, and those listed in the settings."""
    users = get_user_model().objects.filter(groups__name=COORDINATOR, is_active=True)
    return [*users.exclude(email="").values_list("email", flat=True), *settings.COORDINATOR_EMAILS]


def documenter_emails(practice):
    assignments = practice.assignments.filter(
        role=Assignment.Role.DOCUMENTER, user__is_active=True
    ).exclude(user__email="")
    return list(assignments.values_list("user__email", flat=True))


def absolute(path):
    return settings.SITE_URL.rstrip("/") + path


def admin_link(practice):
    return absolute(reverse("admin:practices_practice_change", args=[practice.pk]))


def one_line(text):
    # A header may not hold a line break (Django refuses it, and the mail would be lost).
    return " ".join(str(text).split())


def send_on_commit(subject, body, recipients):
    """Queue one message to `recipients` (duplicates and blanks dropped) once committed."""
    recipients = sorted({address for address in recipients if address})
    if recipients:
        mail = partial(deliver.enqueue, one_line(f"[GLGP] {subject}"), str(body), recipients)
        transaction.on_commit(mail, robust=True)


@task
def deliver(subject, body, recipients, attempt=1):
    """Send one message. On failure, queue it again after a wait that grows fourfold with
    each attempt; after MAIL_ATTEMPTS (or at once where tasks cannot wait, in local work)
    keep it as UndeliveredMail for the coordinator's desk."""
    try:
        send_mail(subject, body, None, recipients)
    except Exception as exc:  # whatever the mail server did, the message must not be lost
        _retry_or_keep(subject, body, recipients, attempt, exc)


def retry_delay(attempt):
    return datetime.timedelta(seconds=settings.MAIL_RETRY_SECONDS * 4 ** (attempt - 1))


def _retry_or_keep(subject, body, recipients, attempt, exc):
    if attempt < settings.MAIL_ATTEMPTS and deliver.get_backend().supports_defer:
        logger.warning("mail %r failed (attempt %d), will retry: %r", subject, attempt, exc)
        later = deliver.using(run_after=timezone.now() + retry_delay(attempt))
        later.enqueue(subject, body, recipients, attempt + 1)
        return
    logger.error("mail %r failed after %d attempts: %r", subject, attempt, exc)
    UndeliveredMail.objects.create(
        subject=subject[:300],
        recipients=", ".join(recipients),
        body=body,
        attempts=attempt,
        error=f"{type(exc).__name__}: {exc}",
    )


def assigned(assignment):
    practice = assignment.practice
    subject = _("You were assigned to “%(practice)s”") % {"practice": practice}
    body = _("You were assigned to this practice as %(role)s:\n\n%(practice)s\n%(link)s\n") % {
        "role": assignment.get_role_display().lower(),
        "practice": practice,
        "link": admin_link(practice),
    }
    send_on_commit(subject, body, [assignment.user.email])


def submitted(practice, change):
    subject = _("Ready for review: “%(practice)s”") % {"practice": practice}
    body = _("%(by)s submitted this practice for review:\n\n%(practice)s\n%(link)s\n") % {
        "by": change.by or _("Someone"),
        "practice": practice,
        "link": admin_link(practice),
    }
    send_on_commit(subject, body, coordinator_emails())


def returned(practice, change):
    subject = _("Returned with comments: “%(practice)s”") % {"practice": practice}
    body = _("%(by)s returned this practice with comments:\n\n%(note)s\n\n%(link)s\n") % {
        "by": change.by or _("The reviewer"),
        "note": change.note,
        "link": admin_link(practice),
    }
    send_on_commit(subject, body, documenter_emails(practice))


def nominated(practice):
    subject = _("New public nomination: “%(practice)s”") % {"practice": practice}
    body = _("A practice was nominated on the public site:\n\n%(practice)s\n%(link)s\n") % {
        "practice": practice,
        "link": admin_link(practice),
    }
    send_on_commit(subject, body, coordinator_emails())


def stage_changed(practice, change):
    """Mail the people the step concerns: coordinators on submission, documenters on return."""
    step = (change.from_stage, change.to_stage)
    if step == (Stage.DOCUMENTING, Stage.IN_REVIEW):
        submitted(practice, change)
    elif step == (Stage.IN_REVIEW, Stage.DOCUMENTING):
        returned(practice, change)


def enquired(enquiry):
    """Tell the coordinators about a replication enquiry (they also find it in the admin)."""
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Replication enquiry: %(title)s") % {"title": enquiry.practice}
        body = "\n\n".join(
            [
                f"{_('From')}: {enquiry.name}, {enquiry.organisation}",
                f"{_('Contact')}: {enquiry.contact}",
                enquiry.message,
                absolute(reverse("admin:practices_enquiry_change", args=[enquiry.pk])),
            ]
        )
    send_on_commit(subject, body, coordinator_emails())


def replication_link(replication):
    return absolute(reverse("admin:practices_replication_change", args=[replication.pk]))


def replication_assigned(assignment):
    replication = assignment.replication
    subject = _("You were assigned to the replication “%(replication)s”") % {
        "replication": replication
    }
    body = _(
        "You were assigned to this replication as %(role)s:\n\n%(replication)s\n%(link)s\n"
    ) % {
        "role": assignment.get_role_display().lower(),
        "replication": replication,
        "link": replication_link(replication),
    }
    send_on_commit(subject, body, [assignment.user.email])


def replication_moved(replication, change):
    """Tell the people assigned to a replication that it moved, with the note."""
    subject = _("Replication “%(replication)s”: %(stage)s") % {
        "replication": replication,
        "stage": change.get_to_stage_display(),
    }
    body = _("%(by)s moved this replication to “%(stage)s”.\n\n%(note)s\n\n%(link)s\n") % {
        "by": change.by or _("Someone"),
        "stage": change.get_to_stage_display(),
        "note": change.note,
        "link": replication_link(replication),
    }
    people = replication.assignments.filter(user__is_active=True).exclude(user__email="")
    send_on_commit(subject, body, people.values_list("user__email", flat=True))
