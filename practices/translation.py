"""Which fields have a Khmer and an English column (django-modeltranslation)."""

import simple_history
from modeltranslation.translator import TranslationOptions, register

from practices.models import AdminUnit, Criterion, Partner, Photo, Practice, Theme


@register(AdminUnit)
class AdminUnitTranslation(TranslationOptions):
    fields = ("name",)


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("name", "description")


PRACTICE_TEXT_FIELDS = (
    "title",
    "summary",
    "case_study",
    "context",
    "objectives",
    "activities",
    "results",
    "evidence",
    "beneficiaries_description",
    "resources",
    "enabling_factors",
    "obstacles",
    "sustainability",
    "transferability",
    "lessons",
    "gender_inclusion",
    "place_name",
)


@register(Practice)
class PracticeTranslation(TranslationOptions):
    fields = PRACTICE_TEXT_FIELDS


@register(Photo)
class PhotoTranslation(TranslationOptions):
    fields = ("caption",)


@register(Criterion)
class CriterionTranslation(TranslationOptions):
    fields = ("name", "guidance")


# Registered here, after the translated columns exist, so that revisions keep both languages.
simple_history.register(Practice, app="practices", excluded_fields=["updated_at"])
