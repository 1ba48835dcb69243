"""Which fields have a Khmer and an English column (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from practices.models import (
    CONTACT_TEXT_FIELDS,
    EVENT_TEXT_FIELDS,
    PRACTICE_TEXT_FIELDS,
    REPLICATION_TEXT_FIELDS,
    AdminUnit,
    Criterion,
    Event,
    EventPhoto,
    Partner,
    Photo,
    Practice,
    Replication,
    SitePage,
    Theme,
)


@register(AdminUnit)
class AdminUnitTranslation(TranslationOptions):
    fields = ("name",)


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Practice)
class PracticeTranslation(TranslationOptions):
    fields = (*PRACTICE_TEXT_FIELDS, *CONTACT_TEXT_FIELDS)


@register(Photo)
class PhotoTranslation(TranslationOptions):
    fields = ("caption", "credit")


@register(Criterion)
class CriterionTranslation(TranslationOptions):
    fields = ("name", "guidance")


@register(SitePage)
class SitePageTranslation(TranslationOptions):
    fields = ("title", "body")


@register(Replication)
class ReplicationTranslation(TranslationOptions):
    fields = REPLICATION_TEXT_FIELDS


@register(Event)
class EventTranslation(TranslationOptions):
    fields = EVENT_TEXT_FIELDS


@register(EventPhoto)
class EventPhotoTranslation(TranslationOptions):
    fields = ("caption",)
