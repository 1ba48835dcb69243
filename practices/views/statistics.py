"""The statistics page and each chart's figures as CSV."""

import csv

from django.http import Http404, HttpResponse
from django.shortcuts import render

from practices import audience
from practices.pages.cache import counted
from practices.statistics import charts, figures, maps


def _figures(request):
    return counted(request, "statistics", lambda: figures.all_figures(audience.of_request(request)))


def page(request):
    rows = _figures(request)
    drawn = [charts.chart(name, rows[name]) for name in charts.TITLES]
    province_map = maps.with_flows(_map(drawn[0]), rows["flows"])
    return render(request, "practices/statistics.html", {"charts": drawn, "map": province_map})


def _map(provinces):
    return maps.choropleth([(bar.code, bar.label, bar.value) for bar in provinces.bars])


def chart_csv(request, name):
    if name not in (*charts.TITLES, "flows"):
        raise Http404
    rows = _figures(request)
    if name == "flows":
        routes = maps.with_flows(_map(charts.chart("province", rows["province"])), rows["flows"])
        lines = charts.flow_rows(rows["flows"], routes.routes)
    else:
        lines = charts.csv_rows(charts.chart(name, rows[name]))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="glgp-{name}.csv"'
    response.write("\ufeff")
    csv.writer(response).writerows(lines)
    return response
