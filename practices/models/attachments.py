"""The photos and documents of a practice, checked by the forms when they arrive."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from practices import uploads
from practices.models.practice import Practice


class Photo(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="photos")
    # Uploads are checked by the forms when they arrive (practices/forms.py), not by a model
    # validator, which would reopen the stored file at every save of the practice.
    image = models.ImageField(
        _("image"),
        upload_to=uploads.upload_path("photos"),
        width_field="width",
        height_field="height",
    )
    width = models.PositiveIntegerField(editable=False, null=True)
    height = models.PositiveIntegerField(editable=False, null=True)
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=150, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.caption or self.image.name


class Document(models.Model):
    class Language(models.TextChoices):
        KHMER = "km", _("Khmer")
        ENGLISH = "en", _("English")
        BOTH = "km+en", _("Khmer and English")
        OTHER = "other", _("Other")

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="documents")
    file = models.FileField(
        _("file"),
        upload_to=uploads.upload_path("documents"),
    )
    title = models.CharField(_("title"), max_length=250, blank=True)
    language = models.CharField(
        _("language"), max_length=5, choices=Language.choices, default=Language.KHMER
    )
    size = models.PositiveIntegerField(_("size in bytes"), editable=False, default=0)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title or self.file.name

    def save(self, *args, **kwargs):
        if self.file:
            self.size = self.file.size
        super().save(*args, **kwargs)

    @property
    def extension(self):
        return self.file.name.rsplit(".", 1)[-1].upper() if "." in self.file.name else ""
