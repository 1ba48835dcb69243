"""The case study as a PDF, made on the server by WeasyPrint.

WeasyPrint lays text out through Pango and HarfBuzz, which shape Khmer (stacked consonants,
vowel signs) correctly, and embeds the bundled Noto Sans Khmer. It needs Pango's system
libraries; without them `available()` is False, the PDF link is hidden and the print
stylesheet remains.
"""

import functools
import logging

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string

from practices.pages.cache import cache_context

logger = logging.getLogger(__name__)


@functools.cache
def available():
    try:
        import weasyprint  # noqa: F401 - imports Pango through cffi
    except (ImportError, OSError) as error:
        logger.warning("PDF case studies are off: %s", error)
        return False
    return True


def case_study(request, page):
    """PDF bytes of one practice page, cached until the practice or the site changes."""
    key = "pdf:" + cache_context(request, "pdf", page.practice.pk)["cache_key"]
    document = cache.get(key)
    if document is None:
        document = _render(request, page)
        cache.set(key, document, 24 * 3600)
    return document


def _render(request, page):
    from weasyprint import HTML

    html = render_to_string("practices/case_study_pdf.html", {"page": page}, request=request)
    base = settings.BASE_DIR / "static"
    return HTML(string=html, base_url=f"{base}/", url_fetcher=_fetcher()).write_pdf()


def _fetcher():
    """Fonts, styles and photos come from our own folders; nothing is fetched from the web."""
    from weasyprint.urls import URLFetcher

    allowed = (f"file://{settings.BASE_DIR / 'static'}/", f"file://{settings.MEDIA_ROOT}/")

    class LocalOnly(URLFetcher):
        def fetch(self, url, headers=None):
            if not url.startswith(allowed):
                raise ValueError(f"refused to fetch {url}")
            return super().fetch(url, headers)

    return LocalOnly(allowed_protocols=["file"])
