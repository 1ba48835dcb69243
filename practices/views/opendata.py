"""The Open data page and the files of the open-data package."""

from django.http import FileResponse, Http404
from django.shortcuts import render

from practices import throttling
from practices.models import OpenDataTerms
from practices.opendata import package

TYPES = {"json": "application/json", "csv": "text/csv; charset=utf-8", "zip": "application/zip"}


def page(request):
    terms = OpenDataTerms.current()
    context = {
        "terms": terms,
        "files": [f"{name}.csv" for name in package.FILES],
        "archive": f"{package.NAME}.zip",
    }
    return render(request, "practices/open_data.html", context)


@throttling.throttled("exports", setting="EXPORT_RATE_LIMIT")
def download(request, name):
    allowed = {"datapackage.json", f"{package.NAME}.zip", *(f"{t}.csv" for t in package.FILES)}
    if name not in allowed:
        raise Http404
    path = package.current() / name
    response = FileResponse(
        path.open("rb"),
        content_type=TYPES[name.rsplit(".", 1)[1]],
        as_attachment=name.endswith(".zip"),
        filename=name,
    )
    response["Access-Control-Allow-Origin"] = "*"  # public data, for other sites' tools
    return response
