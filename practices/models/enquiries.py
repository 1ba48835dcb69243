"""Requests from councils and organisations to learn how to replicate a practice."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from practices.models.practice import Practice


class Enquiry(models.Model):
    """A council's or organisation's request to learn how to replicate a practice."""

    practice = models.ForeignKey(
        Practice, verbose_name=_("practice"), on_delete=models.CASCADE, related_name="enquiries"
    )
    name = models.CharField(_("name"), max_length=150)
    organisation = models.CharField(_("council or organisation"), max_length=200)
    contact = models.CharField(
        _("e-mail or telephone"), max_length=200, help_text=_("How the coordinator can reply.")
    )
    message = models.TextField(_("message"), max_length=4000)
    language = models.CharField(_("language"), max_length=5, editable=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True, editable=False)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    answer_note = models.TextField(
        _("answer"), blank=True, help_text=_("How the enquiry was answered, for the record.")
    )

    class Meta:
        verbose_name = _("replication enquiry")
        verbose_name_plural = _("replication enquiries")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.organisation} — {self.practice}"

    @property
    def is_answered(self):
        return self.answered_at is not None
