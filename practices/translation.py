"""Which fields have a Khmer and an English column (django-modeltranslation)."""

import simple_history
from modeltranslation.translator import TranslationOptions, register

from practices.models import AdminUnit, Criterion, Partner, Photo, Practice, Theme
from practices.models.core import CASE_STUDY_FIELDS


@register(AdminUnit)
class AdminUnitTranslation(TranslationOptions):
    fields = ("name",)


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Partner)
class PartnerTranslation(TranslationOptions):
    fields = ("name", "description")


PRACTICE_TEXT_FIELDS = ("title", "summary", *CASE_STUDY_FIELDS, "place_name")


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
simple_history.register(
    Practice, app="practices", excluded_fields=["updated_at"], m2m_fields=["themes", "units"]
)
