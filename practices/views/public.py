from django.shortcuts import get_object_or_404, render

from practices.models import AdminUnit, Partner, Practice, Theme


def _cards(queryset):
    return queryset.prefetch_related("themes", "units")


def home(request):
    practices = _cards(Practice.objects.visible_to(request.user))[:12]
    themes = Theme.objects.all()
    return render(request, "practices/home.html", {"practices": practices, "themes": themes})


def practice_list(request):
    practices = _cards(Practice.objects.visible_to(request.user))
    return render(request, "practices/list.html", {"practices": practices})


def practice_detail(request, slug):
    practice = get_object_or_404(Practice.objects.visible_to(request.user), slug=slug)
    return render(request, "practices/detail.html", {"practice": practice})


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    practices = _cards(Practice.objects.visible_to(request.user).filter(themes=theme))
    return render(request, "practices/list.html", {"practices": practices, "heading": theme})


def place_detail(request, code):
    unit = get_object_or_404(AdminUnit, code=code)
    practices = _cards(Practice.objects.visible_to(request.user).filter(units=unit))
    return render(request, "practices/list.html", {"practices": practices, "heading": unit})


def partner_detail(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    practices = _cards(Practice.objects.visible_to(request.user).filter(partners=partner))
    return render(request, "practices/list.html", {"practices": practices, "heading": partner})
