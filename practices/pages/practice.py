"""A practice's page: its sections, each in the reader's language or, failing that, the other."""

from functools import cached_property

from django.db.models import Exists, OuterRef
from django.utils.translation import get_language

from practices import audience
from practices.models import PRACTICE_TEXT_FIELDS, Practice
from practices.pages.cards import NEWEST, cards


class PracticePage:
    """A practice's sections, each in the current language or, failing that, the other."""

    SKIP = {"title", "summary", "place_name"}

    def __init__(self, request, practice):
        self.request = request
        self.practice = practice
        self.lang = "en" if get_language() == "en" else "km"
        self.other = "km" if self.lang == "en" else "en"

    def _text(self, field):
        own = getattr(self.practice, f"{field}_{self.lang}") or ""
        if own.strip():
            return own, self.lang, False
        other = getattr(self.practice, f"{field}_{self.other}") or ""
        return other, self.other, bool(other.strip())

    @cached_property
    def share_url(self):
        """The public page's full address (the preview shares the page, not itself)."""
        return self.request.build_absolute_uri(self.practice.get_absolute_url())

    @cached_property
    def title(self):
        return self._text("title")

    @cached_property
    def summary(self):
        return self._text("summary")

    @cached_property
    def place_name(self):
        return self._text("place_name")

    @cached_property
    def sections(self):
        labels = {f.name: f.verbose_name for f in Practice._meta.fields}
        rows = []
        for field in PRACTICE_TEXT_FIELDS:
            text, lang, fallback = self._text(field)
            if field not in self.SKIP and text.strip():
                rows.append(
                    {
                        "field": field,
                        "label": labels[field],
                        "text": text,
                        "lang": lang,
                        "fallback": fallback,
                    }
                )
        return rows

    @cached_property
    def contact(self):
        """The contact's name, position and organisation, each in the reader's language or,
        failing that, the other; `fallback` when any came from the other language."""
        parts = {part: self._text(f"contact_{part}") for part in ("name", "role", "organisation")}
        texts = {part: text for part, (text, _lang, _fallback) in parts.items()}
        return {**texts, "fallback": any(fallback for *_, fallback in parts.values())}

    @cached_property
    def units(self):
        return list(self.practice.units.select_related("parent__parent"))

    @cached_property
    def themes(self):
        return list(self.practice.themes.all())

    @cached_property
    def roles(self):
        return list(self.practice.partner_roles.select_related("partner").order_by("partner__name"))

    @cached_property
    def photos(self):
        return list(self.practice.photos.all())

    @cached_property
    def documents(self):
        return list(self.practice.documents.all())

    @cached_property
    def related(self):
        shared = Practice.themes.through.objects.filter(
            practice=OuterRef("pk"), theme__in=[t.pk for t in self.themes]
        )
        queryset = (
            audience.readable_in(self.request).filter(Exists(shared)).exclude(pk=self.practice.pk)
        )
        return list(cards(queryset.order_by(*NEWEST))[:3])
