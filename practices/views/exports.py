"""Downloads of the browse page's selection: CSV, XLSX or JSON."""

from django.http import Http404, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import get_language

from practices import audience, throttling
from practices.exports import formats
from practices.exports.rows import rows
from practices.exports.selection import FORMATS, languages, selected

TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@throttling.throttled("exports", setting="EXPORT_RATE_LIMIT")
def download(request, fmt):
    if fmt not in FORMATS:
        raise Http404
    _filterset, ids = selected(request)
    langs = languages(request, get_language())
    site = request.build_absolute_uri("/").rstrip("/")
    found = rows(ids, langs, site)
    name = f"glgp-practices-{timezone.now():%Y-%m-%d}.{fmt}"
    if fmt == "xlsx":
        chunks = formats.xlsx_chunks(found, langs, "practices")
    elif fmt == "csv":
        chunks = formats.csv_chunks(found, langs)
    else:
        meta = {
            "source": site + request.get_full_path(),
            "audience": audience.of_request(request),
            "languages": list(langs),
            "made_at": timezone.now().isoformat(),
        }
        chunks = formats.json_chunks(found, langs, meta)
    response = StreamingHttpResponse(chunks, content_type=TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
