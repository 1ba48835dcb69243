"""One way in for everyone: a coordinator invites a person, who sets a password from a link.

The link is Django's password-reset token: it stops working once the password is set, and
after PASSWORD_RESET_TIMEOUT seconds.
"""

from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from practices import notifications
from practices.accounts.roles import Role, role_of, set_role
from practices.models import Account


def email_taken(email):
    return get_user_model().objects.filter(email__iexact=email.strip()).exists()


def unique_username(email):
    """The address itself, or the address with a number when a user already took it."""
    User = get_user_model()
    base = email.strip().lower()[:140]
    name, n = base, 1
    while User.objects.filter(username__iexact=name).exists():
        n += 1
        name = f"{base}-{n}"
    return name


@transaction.atomic
def invite(*, first_name, last_name, email, role, language, by):
    """Create the account of a person invited by `by`, with no usable password yet, in the
    group of `role`; record who invited them and when; e-mail them the link once committed."""
    user = get_user_model().objects.create_user(
        unique_username(email), email=email.strip(), first_name=first_name, last_name=last_name
    )
    set_role(user, role)
    Account.objects.create(user=user, language=language, invited_by=by, invited_at=timezone.now())
    transaction.on_commit(partial(send_invitation, user, by), robust=True)
    return user


def password_link(user, language):
    """The absolute address where `user` sets a password, in their language."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    with translation.override(language):
        path = reverse("accounts:password_reset_confirm", args=[uid, token])
    return settings.SITE_URL.rstrip("/") + path


def send_invitation(user, by):
    """Queue the invitation, written in the invited person's language (sent, and retried, by
    the background task that sends every notification)."""
    language = user.account.language
    with translation.override(language):
        context = {
            "user": user,
            "by": by.get_full_name() or by.get_username(),
            "role": Role(role_of(user)).label,
            "link": password_link(user, language),
            "days": settings.PASSWORD_RESET_TIMEOUT // 86400,
        }
        subject = render_to_string("accounts/mail/invitation_subject.txt", context).strip()
        body = render_to_string("accounts/mail/invitation.txt", context)
    notifications.deliver.enqueue(subject, body, [user.email])
