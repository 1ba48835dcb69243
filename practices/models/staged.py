"""What practices and replications share as records moved through stages: the people assigned
to them, the partners' roles in them, and the record of each move.

Each kind keeps its own tables: its record, its roles and its stages are its own, and so are
the related names by which partners and people reach them. The columns they share are
declared here once; the columns whose choices or related name differ by kind are made by
the functions below, so that both kinds declare them alike.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from practices.models.reference import Partner

ROLE_LENGTH = 12
STAGE_LENGTH = 15


def role_column(roles):
    """The role of a person or a partner, one of `roles`."""
    return models.CharField(_("role"), max_length=ROLE_LENGTH, choices=roles.choices)


def person_column(related_name):
    """The person assigned; `related_name` is how a user reaches their assignments."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name=related_name,
    )


def partner_column(related_name):
    """The partner in a role; `related_name` is how a partner reaches its roles."""
    return models.ForeignKey(
        Partner, verbose_name=_("partner"), on_delete=models.PROTECT, related_name=related_name
    )


def stage_columns(stages, **from_options):
    """The stages a move went from (empty when the record was created) and to."""
    return (
        models.CharField(
            _("from"), max_length=STAGE_LENGTH, choices=stages.choices, blank=True, **from_options
        ),
        models.CharField(_("to"), max_length=STAGE_LENGTH, choices=stages.choices),
    )


class AssignmentBase(models.Model):
    """A person given a role on a record by a coordinator: by whom and when. The record, the
    person (person_column) and the roles (role_column) are each kind's own."""

    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    assigned_at = models.DateTimeField(_("assigned"), auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["role", "assigned_at"]

    def __str__(self):
        return f"{self.user} — {self.get_role_display()}"


class PartnerRoleBase(models.Model):
    """A partner's role in a record. The record, the partner (partner_column) and the roles
    (role_column) are each kind's own."""

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.partner} — {self.get_role_display()}"


class StageChangeBase(models.Model):
    """One move of a record between stages: from, to (stage_columns), who, when and why.
    Never edited; practices/curation/staging.py writes it."""

    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        abstract = True
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_from_stage_display() or '—'} → {self.get_to_stage_display()}"
