"""The public site: home, browse, practice, theme, place and partner pages, PDF."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from practices import audience, pdf, throttling
from practices.exchange import pages as exchange
from practices.models import AdminUnit, Partner, SitePage, Theme
from practices.pages.browse import Browse, clean_url
from practices.pages.cache import cache_context
from practices.pages.cards import paged_cards
from practices.pages.home import Home, children_counts, practices_in, practices_of
from practices.pages.practice import PracticePage
from practices.statistics import maps
from practices.views.conditional import mark_public, whole_page


def _lazy(function, *args):
    """Computed only if the page's cached fragment has to be rendered."""
    return SimpleLazyObject(lambda: function(*args))


@whole_page
def home(request):
    home = Home(request)
    context = {"home": home, **cache_context(request, "home")}
    # Drawn only when the page's cached fragment is made.
    context["province_map"] = lambda: maps.choropleth(home.provinces, maps.MEDIUM)
    return render(request, "practices/home.html", context)


def practice_list(request):
    # Before the rate limit: the redirect to the clean address is not a second search.
    clean = clean_url(request)
    if clean is not None:
        return redirect(clean)
    return _practice_list(request)


@throttling.throttled("search", setting="SEARCH_RATE_LIMIT", when=lambda r: r.GET.get("q"))
@whole_page
def _practice_list(request):
    browse = Browse(request, audience.readable_in(request))
    return render(request, "practices/list.html", {"browse": browse, **browse.cache})


def _practice(request, slug):
    return get_object_or_404(audience.readable_in(request), slug=slug)


def detail_context(request, practice):
    """What the practice page shows; the preview renders the same with its own cache terms."""
    page = PracticePage(request, practice)
    return {
        "practice": practice,
        "page": page,
        # Drawn only when the page's cached fragment is made.
        "locator": lambda: maps.locator(page.units),
        "exchange": exchange.PracticeExchange(request, practice),
        "pdf_available": pdf.available(),
        **cache_context(request, "practice", practice.pk),
    }


@whole_page
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
    return mark_public(request, response)


@whole_page
def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    practices = audience.readable_in(request).filter(themes=theme)
    context = {"theme": theme, "page_obj": _lazy(paged_cards, request, practices)}
    context.update(cache_context(request, "theme", theme.pk, request.GET.get("page")))
    return render(request, "practices/theme.html", context)


@whole_page
def place_detail(request, code):
    unit = get_object_or_404(AdminUnit.objects.select_related("parent__parent"), code=code)
    context = {
        "unit": unit,
        "page_obj": _lazy(paged_cards, request, practices_in(request, unit)),
        "children": _lazy(children_counts, request, unit),
        "replications": _lazy(exchange.replications_in_place, request, unit),
        "events": _lazy(exchange.events_in_place, request, unit),
    }
    context.update(cache_context(request, "place", unit.pk, request.GET.get("page")))
    return render(request, "practices/place.html", context)


@whole_page
def partner_detail(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    context = {
        "partner": partner,
        "page_obj": _lazy(paged_cards, request, practices_of(request, partner)),
        "replications": _lazy(exchange.replications_of, request, partner),
        "events": _lazy(exchange.events_of, request, partner),
    }
    context.update(cache_context(request, "partner", partner.pk, request.GET.get("page")))
    return render(request, "practices/partner.html", context)


@whole_page
def site_map(request):
    """The site map for people; /sitemap.xml remains the one for search engines."""
    context = {
        "themes": Theme.objects.all(),
        "provinces": AdminUnit.objects.provinces().order_by("code"),
        "partners": Partner.objects.all(),
    }
    return render(request, "practices/site_map.html", context)


@whole_page
def site_page(request, kind):
    """About or Contact: the coordinator's text, or a short default until there is one."""
    page = SitePage.objects.filter(kind=kind).first()
    return render(request, "practices/site_page.html", {"page": page, "kind": kind})
