"""What the portal keeps about a person beyond Django's user: language, and who invited them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Account(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="account",
        verbose_name=_("user"),
    )
    language = models.CharField(
        _("preferred language"), max_length=2, choices=settings.LANGUAGES, default="km"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    invited_at = models.DateTimeField(_("invited at"), null=True, blank=True)

    class Meta:
        verbose_name = _("account")
        verbose_name_plural = _("accounts")
        permissions = [("invite_people", _("Can invite people and manage their accounts"))]

    def __str__(self):
        return str(self.user)
