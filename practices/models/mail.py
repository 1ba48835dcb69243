"""Mail that could not be delivered, after every retry: shown on the coordinator's desk so
that no notification is lost unseen."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class UndeliveredMail(models.Model):
    subject = models.CharField(_("subject"), max_length=300)
    recipients = models.TextField(_("recipients"))
    body = models.TextField(_("message"))
    attempts = models.PositiveSmallIntegerField(_("attempts"))
    error = models.TextField(_("last error"))
    failed_at = models.DateTimeField(_("given up"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("undelivered mail")
        verbose_name_plural = _("undelivered mail")
        ordering = ["-failed_at"]

    def __str__(self):
        return self.subject
