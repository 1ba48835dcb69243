"""The site's own pages (About, Contact), written by the coordinator in both languages, and its
identity (the NLC/S logo); their revisions are kept (registered in PracticesConfig.ready(),
after the language columns)."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from practices import uploads


class SitePage(models.Model):
    class Kind(models.TextChoices):
        ABOUT = "about", _("About")
        CONTACT = "contact", _("Contact")

    kind = models.CharField(_("page"), max_length=16, choices=Kind.choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), help_text=_("Paragraphs are separated by an empty line."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("site page")
        verbose_name_plural = _("site pages")
        ordering = ["kind"]

    def __str__(self):
        return self.get_kind_display()

    def get_absolute_url(self):
        return reverse(f"practices:{self.kind}")


class SiteIdentity(models.Model):
    """One row: the NLC/S logo shown in every page's header (a neutral one until uploaded);
    its revisions are kept. Public pages read it with the public revision, in one query."""

    logo = models.ImageField(
        _("logo"),
        upload_to=uploads.upload_path("identity"),
        blank=True,
        help_text=_("PNG, JPEG or WebP, shown about 48 pixels high; the portal re-encodes it."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("site identity")
        verbose_name_plural = _("site identity")

    def __str__(self):
        return str(_("Site identity"))
