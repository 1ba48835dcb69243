"""The public site: home, browse, practice, theme, place and partner pages, PDF."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from practices import audience, pdf, throttling
from practices.models import AdminUnit, Partner, Theme
from practices.pages import exchange
from practices.pages.browse import Browse
from practices.pages.cache import cache_context
from practices.pages.cards import paged_cards
from practices.pages.home import Home, children_counts, practices_in, practices_of
from practices.pages.practice import PracticePage


def _lazy(function, *args):
    """Computed only if the page's cached fragment has to be rendered."""
    return SimpleLazyObject(lambda: function(*args))


def home(request):
    context = {"home": Home(request), **cache_context(request, "home")}
    return render(request, "practices/home.html", context)


@throttling.throttled("search", setting="SEARCH_RATE_LIMIT", when=lambda r: r.GET.get("q"))
def practice_list(request):
    browse = Browse(request, audience.readable_in(request))
    return render(request, "practices/list.html", {"browse": browse, **browse.cache})


def _practice(request, slug):
    return get_object_or_404(audience.readable_in(request), slug=slug)


def detail_context(request, practice):
    """What the practice page shows; the preview renders the same with its own cache terms."""
    return {
        "practice": practice,
        "page": PracticePage(request, practice),
        "exchange": exchange.PracticeExchange(request, practice),
        "pdf_available": pdf.available(),
        **cache_context(request, "practice", practice.pk),
    }


def practice_detail(request, slug):
    practice = _practice(request, slug)
    return render(request, "practices/detail.html", detail_context(request, practice))


@throttling.throttled("pdf", setting="EXPORT_RATE_LIMIT")
def practice_pdf(request, slug):
    practice = _practice(request, slug)
    if not pdf.available():
        raise Http404("PDF generation is not available on this server.")
    document = pdf.case_study(request, PracticePage(request, practice))
    response = HttpResponse(document, content_type="application/pdf")
    filename = f"{practice.slug}-{get_language()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    practices = audience.readable_in(request).filter(themes=theme)
    context = {"theme": theme, "page_obj": _lazy(paged_cards, request, practices)}
    context.update(cache_context(request, "theme", theme.pk, request.GET.get("page")))
    return render(request, "practices/theme.html", context)


def place_detail(request, code):
    unit = get_object_or_404(AdminUnit.objects.select_related("parent__parent"), code=code)
    context = {
        "unit": unit,
        "page_obj": _lazy(paged_cards, request, practices_in(request, unit)),
        "children": _lazy(children_counts, request, unit),
        "replications": exchange.replications_in_place(request, unit),
        "events": exchange.events_in_place(request, unit),
    }
    context.update(cache_context(request, "place", unit.pk, request.GET.get("page")))
    return render(request, "practices/place.html", context)


def partner_detail(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    context = {
        "partner": partner,
        "page_obj": _lazy(paged_cards, request, practices_of(request, partner)),
        "replications": exchange.replications_of(request, partner),
        "events": exchange.events_of(request, partner),
    }
    context.update(cache_context(request, "partner", partner.pk, request.GET.get("page")))
    return render(request, "practices/partner.html", context)
