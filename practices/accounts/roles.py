"""A person's role is one of the four groups; staff status follows from it.

Curation roles work in the admin and are staff; a Partner reads network-only practices on the
public site and is never staff. Superusers keep what a superuser gave them.
"""

from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.db import models, transaction
from django.shortcuts import resolve_url
from django.utils.translation import gettext_lazy as _

from practices.permissions import COORDINATOR, DOCUMENTER, PARTNER, SCREENER

INVITE = "practices.invite_people"


class Role(models.TextChoices):
    COORDINATOR = COORDINATOR, _("Coordinator")
    SCREENER = SCREENER, _("Screener")
    DOCUMENTER = DOCUMENTER, _("Documenter")
    PARTNER = PARTNER, _("Partner (DELGOSEA network reader)")


def role_of(user):
    """The user's role, or "" when they hold none (or several, which only a superuser sets)."""
    names = [g.name for g in user.groups.all() if g.name in Role.values]
    return names[0] if len(names) == 1 else ""


@transaction.atomic
def set_role(user, role):
    """Put `user` in the group of `role` alone among the role groups; staff for curation."""
    user.groups.remove(*Group.objects.filter(name__in=Role.values).exclude(name=role))
    user.groups.add(Group.objects.get_or_create(name=role)[0])
    user.is_staff = user.is_superuser or role != Role.PARTNER
    user.save(update_fields=["is_staff"])


def may_manage(actor, user=None):
    """A coordinator manages people; only a superuser manages a superuser."""
    if not (actor.is_active and actor.has_perm(INVITE)):
        return False
    return user is None or actor.is_superuser or not user.is_superuser


def home_url(user):
    """Where a person lands after signing in: the admin for staff, the public site otherwise."""
    return resolve_url("admin:index" if user.is_staff else "practices:home")


def end_sessions(user):
    """Delete every session signed in as `user`, so a deactivated account is out at once."""
    # Sessions are signed blobs keyed by a random id: finding a user's means reading them all,
    # which at this portal's few hundred sessions is cheap, and rare (only on deactivation).
    key = str(user.pk)
    sessions = Session.objects.iterator()
    ended = [s.pk for s in sessions if s.get_decoded().get("_auth_user_id") == key]
    Session.objects.filter(pk__in=ended).delete()
    return len(ended)


@transaction.atomic
def deactivate(user):
    """Deactivate `user` and end all their sessions."""
    user.is_active = False
    user.save(update_fields=["is_active"])
    end_sessions(user)


def person_label(user):
    """ "Full name <e-mail>" in user pickers, so people are told apart by more than a login."""
    name = user.get_full_name() or user.get_username()
    return f"{name} <{user.email}>" if user.email else name
