"""Knowledge-exchange events: workshops, learning forums, study visits, conferences and peer
exchanges where practices are presented and replications helped along."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from practices import uploads
from practices.models.practice import Practice, Visibility
from practices.models.reference import AtHomeOrAbroad, Country, Partner
from practices.models.replication import Replication

EVENT_TEXT_FIELDS = ("title", "description", "report", "place_name")


class Event(AtHomeOrAbroad):
    class Kind(models.TextChoices):
        WORKSHOP = "workshop", _("Workshop")
        FORUM = "forum", _("Learning forum")
        STUDY_VISIT = "study_visit", _("Study visit")
        CONFERENCE = "conference", _("Conference")
        PEER_EXCHANGE = "peer_exchange", _("Peer exchange")

    kind = models.CharField(_("kind"), max_length=15, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=250, blank=True)
    description = models.TextField(_("description"), blank=True)
    report = models.TextField(_("report"), blank=True, help_text=_("What came out of it."))
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"), null=True, blank=True)
    # Where: a Cambodian unit, or a place abroad with its country (AtHomeOrAbroad).
    organisers = models.ManyToManyField(
        Partner, verbose_name=_("organisers"), blank=True, related_name="events"
    )
    practices = models.ManyToManyField(
        Practice, verbose_name=_("practices presented"), blank=True, related_name="events"
    )
    replications = models.ManyToManyField(
        Replication, verbose_name=_("replications served"), blank=True, related_name="events"
    )
    participants_total = models.PositiveIntegerField(
        _("participants (total)"), null=True, blank=True
    )
    participants_women = models.PositiveIntegerField(
        _("participants (women)"), null=True, blank=True
    )
    councils_represented = models.PositiveIntegerField(
        _("councils represented"), null=True, blank=True
    )
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.INTERNAL
    )
    is_sample = models.BooleanField(_("sample data"), default=False, editable=False)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(participants_women__isnull=True)
                | Q(participants_total__isnull=True)
                | Q(participants_women__lte=F("participants_total")),
                name="event_women_within_total",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=F("starts_on")),
                name="event_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            base = slugify(self.title_en or "")[:100] or "event"
            slug, n = base, 2
            while Event.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                slug, n = f"{base}-{n}", n + 1
            self.slug = slug
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("practices:event", args=[self.slug])

    def clean(self):
        errors = {}
        if not (self.title_km or self.title_en):
            errors["title_km"] = _("Give the title in Khmer or in English.")
        women, total = self.participants_women, self.participants_total
        if women is not None and total is not None and women > total:
            errors["participants_women"] = _("Women cannot be more than all participants.")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The end date cannot be before the start date.")
        if self.country != Country.CAMBODIA and self.unit_id:
            errors["unit"] = _("A unit of Cambodia is only for an event there.")
        if errors:
            raise ValidationError(errors)


class EventPhoto(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(_("image"), upload_to=uploads.upload_path("event-photos"))
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=150, blank=True)

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["pk"]

    def __str__(self):
        return self.caption or self.image.name


class EventDocument(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="documents")
    file = models.FileField(_("file"), upload_to=uploads.upload_path("event-documents"))
    title = models.CharField(_("title"), max_length=250, blank=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["pk"]

    def __str__(self):
        return self.title or self.file.name
