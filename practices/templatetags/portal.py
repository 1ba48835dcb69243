"""Small helpers of the public templates: numbers and dates in the reader's language,
search snippets, thumbnails and page addresses."""

from django import template
from django.utils import formats
from django.utils.translation import get_language

from practices import thumbnails
from practices.search.text import highlight as search_highlight

register = template.Library()
KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def _digits(text):
    return text.translate(KHMER_DIGITS) if get_language() == "km" else text


@register.filter
def localnum(value):
    """1234 → "1,234" in English, "១ ២៣៤" (a no-break space) in Khmer: the locale's grouping
    (glgp/formats/), the same the sample content writes."""
    if value is None or value == "":
        return ""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return value
    return _digits(formats.number_format(number, use_l10n=True, force_grouping=True))


@register.filter
def localdecimal(value, places=1):
    """3.25 → "3.2" (or "៣.២"): a figure with `places` decimals, grouped like localnum."""
    if value is None or value == "":
        return ""
    return _digits(formats.number_format(value, places, use_l10n=True, force_grouping=True))


@register.filter
def localdigits(value):
    """2026 → "2026" (or "២០២៦"): digits in the reader's script, ungrouped, as for a year."""
    return _digits(str(value))


@register.filter
def localdate(value, fmt="DATE_FORMAT"):
    return _digits(formats.date_format(value, fmt)) if value else ""


@register.filter
def snippet(text, query):
    return search_highlight(text, query)


@register.simple_tag
def thumb(photo, width, fmt="webp"):
    return thumbnails.thumbnail_url(photo, width, fmt)
