"""Cambodia's 25 provinces as an SVG map drawn on the server: a choropleth of practices per
province, each province linking to its place page. The outlines come from
static/maps/cambodia-provinces.json (amCharts geodata, simplified by scripts/build-map.py)."""

import json
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.urls import reverse

from practices.models import AdminUnit

MAP_FILE = settings.BASE_DIR / "static" / "maps" / "cambodia-provinces.json"
# Light to dark; the first for provinces with no practice.
FILLS = ["#eef2f5", "#c6dbef", "#6baed6", "#2171b5", "#08306b"]


@cache
def outlines():
    """{"viewBox": ..., "provinces": {code: path}} from the map file, read once."""
    return json.loads(MAP_FILE.read_text(encoding="utf-8"))


@dataclass
class Province:
    code: str
    name: str
    count: int
    path: str
    fill: str
    url: str


@dataclass
class ProvinceMap:
    view_box: str
    provinces: list
    legend: list


def choropleth(counts):
    """The map of `counts`: (code, name, practices) of provinces; a province left out is drawn
    with none, under its name in the current language."""
    data = outlines()
    known = {code: (name, n) for code, name, n in counts}
    if len(known) < len(data["provinces"]):
        for unit in AdminUnit.objects.provinces().only("code", "name_km", "name_en", "common_name"):
            known.setdefault(unit.code, (unit.display_name, 0))
    steps = _steps(max((n for _name, n in known.values()), default=0))
    provinces = [
        Province(
            code,
            known.get(code, (code, 0))[0],
            known.get(code, (code, 0))[1],
            path,
            FILLS[_class(known.get(code, (code, 0))[1], steps)],
            reverse("practices:place", args=[code]),
        )
        for code, path in data["provinces"].items()
    ]
    legend = [(FILLS[0], 0, 0)] + [(FILLS[i + 1], low, high) for i, (low, high) in enumerate(steps)]
    return ProvinceMap(data["viewBox"], provinces, legend)


def _steps(top):
    """Up to four classes (low, high) covering 1..top."""
    if top <= 0:
        return []
    size = max(1, -(-top // 4))
    return [(low, min(low + size - 1, top)) for low in range(1, top + 1, size)]


def _class(value, steps):
    for i, (low, high) in enumerate(steps):
        if low <= value <= high:
            return i + 1
    return 0


def locator(units):
    """A small map marking the provinces of `units` (with their parents loaded), or None."""
    marked = {}
    for unit in units:
        province = ([*unit.ancestors(), unit])[0]
        marked[province.code] = province.display_name
    if not marked:
        return None
    data = outlines()
    provinces = [
        Province(
            code,
            marked.get(code, ""),
            int(code in marked),
            path,
            FILLS[4] if code in marked else FILLS[0],
            reverse("practices:place", args=[code]) if code in marked else "",
        )
        for code, path in data["provinces"].items()
    ]
    return ProvinceMap(data["viewBox"], provinces, [])
