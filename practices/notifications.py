"""E-mail about curation steps, sent only once the transaction that made the step commits.

A rolled-back step sends nothing; a mail server that fails is logged, never shown as an error.
Every message to the coordinators goes to the Coordinator group and the addresses in the
settings, and carries absolute links (SITE_URL), since a mail client has no current site.
"""

from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from practices.models import Assignment, Stage
from practices.permissions import COORDINATOR


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
    """Queue one message to `recipients` (duplicates and blanks dropped) for after commit."""
    recipients = sorted({address for address in recipients if address})
    if recipients:
        mail = partial(send_mail, one_line(f"[GLGP] {subject}"), body, None, recipients)
        transaction.on_commit(mail, robust=True)


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
