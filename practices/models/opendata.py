"""The terms of the open-data package, set by the coordinator."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

LICENCE_URLS = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "ODbL-1.0": "https://opendatacommons.org/licenses/odbl/1-0/",
}
DEFAULT_CITATION = (
    "National League of Communes/Sangkats (NLC/S), Good Local-Government Practices of "
    "Cambodia: open data, {year}."
)


class OpenDataTerms(models.Model):
    """One row: the licence and the citation line of the open-data package."""

    class Licence(models.TextChoices):
        CC_BY = "CC-BY-4.0", _("Creative Commons Attribution 4.0")
        CC_BY_SA = "CC-BY-SA-4.0", _("Creative Commons Attribution-ShareAlike 4.0")
        CC0 = "CC0-1.0", _("Creative Commons Zero (public domain)")
        ODBL = "ODbL-1.0", _("Open Data Commons Open Database License 1.0")

    licence = models.CharField(
        _("licence"), max_length=20, choices=Licence.choices, default=Licence.CC_BY
    )
    citation = models.TextField(
        _("citation"),
        default=DEFAULT_CITATION,
        help_text=_("How users should cite the data; {year} becomes the year it was built."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("open-data terms")
        verbose_name_plural = _("open-data terms")

    def __str__(self):
        return self.get_licence_display()

    @classmethod
    def current(cls):
        return cls.objects.filter(pk=1).first() or cls(pk=1)

    @property
    def citation_text(self):
        """The citation line, {year} written out."""
        return self.citation.replace("{year}", str(timezone.now().year))

    @property
    def licence_url(self):
        return LICENCE_URLS[self.licence]
