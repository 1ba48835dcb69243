"""RSS and Atom feeds of newly published practices, all or per thematic area.

Feeds are read by programs, never signed in: they carry public practices only. Titles are
plain text in both formats; a description is HTML to a feed reader (RSS's description, Atom's
summary of type html), so a summary, which is plain text, is escaped to be shown as typed.
"""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from practices import audience
from practices.models import Theme

ITEMS = 30


class LatestPractices(Feed):
    title = _("Good local-government practices: newly published")
    description = _("Practices of Cambodia's councils, newest first.")

    def link(self):
        return reverse("practices:list")

    def items(self):
        return audience.published_for(audience.PUBLIC).order_by("-published_at", "-pk")[:ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return escape(item.summary)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at


class LatestPracticesAtom(LatestPractices):
    feed_type = Atom1Feed
    subtitle = LatestPractices.description


class ThemePractices(LatestPractices):
    def get_object(self, request, slug):
        return get_object_or_404(Theme, slug=slug)

    def title(self, theme):
        return _("Good local-government practices: %(theme)s") % {"theme": theme.name}

    def link(self, theme):
        return theme.get_absolute_url()

    def description(self, theme):
        return theme.description or self.title(theme)

    def items(self, theme):
        practices = audience.published_for(audience.PUBLIC).filter(themes=theme)
        return practices.order_by("-published_at", "-pk")[:ITEMS]


class ThemePracticesAtom(ThemePractices):
    feed_type = Atom1Feed

    def subtitle(self, theme):
        return self.description(theme)
