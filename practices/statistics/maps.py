"""Cambodia's 25 provinces as an SVG map drawn on the server: a choropleth of practices per
province, each province linking to its place page. The outlines come from
static/maps/cambodia-provinces.json (amCharts geodata, simplified by scripts/build-map.py)."""

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache

from django.conf import settings
from django.urls import reverse

from practices.models import AdminUnit, Country

MAP_FILE = settings.BASE_DIR / "static" / "maps" / "cambodia-provinces.json"
# Light to dark; the first for provinces with no practice.
FILLS = ["#eef2f5", "#c6dbef", "#6baed6", "#2171b5", "#08306b"]


@cache
def outlines():
    """{"viewBox": ..., "provinces": {code: path}, and the same outlines drawn coarser for small
    maps: "provinces_medium", "provinces_small"} from the map file, read once."""
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
    flows: list = field(default_factory=list)
    abroad: list = field(default_factory=list)
    routes: list = field(default_factory=list)


# The outlines for a map drawn about a phone's width (the home page's) and for the 160-pixel
# locator map: the detail of the full ones would triple a page's weight for nothing seen.
DETAILED, MEDIUM, SMALL = "provinces", "provinces_medium", "provinces_small"


def choropleth(counts, level=DETAILED):
    """The map of `counts`: (code, name, practices) of provinces; a province left out is drawn
    with none, under its name in the current language. `level`: how finely it is drawn."""
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
        for code, path in data[level].items()
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
        for code, path in data[SMALL].items()
    ]
    return ProvinceMap(data["viewBox"], provinces, [])


# Replications drawn as lines from the source's province to the adopter's; a country abroad
# is a labelled point in a margin around the map, on its side of Cambodia (x right, y down).
MARGIN = 90
DIRECTIONS = {
    "TH": (-1, -0.1),
    "MM": (-1, -0.8),
    "DE": (-1, -0.45),
    "EU": (-1, 0.3),
    "LA": (0.2, -1),
    "CA": (1, -0.9),
    "PH": (1, -0.25),
    "VN": (1, 0.35),
    "TL": (1, 1),
    "BN": (0.55, 1),
    "ID": (0.05, 1),
    "SG": (-0.35, 1),
    "MY": (-0.75, 1),
}


@dataclass
class Abroad:
    code: str
    name: str
    x: float
    y: float
    text_x: float
    text_y: float
    text_anchor: str


@dataclass
class Flow:
    origin: str
    target: str
    count: int
    path: str = ""
    width: float = 0


@cache
def centres():
    """{code: (x, y)}: the centroid of each province's largest outline."""
    found = {}
    for code, path in outlines()["provinces"].items():
        rings = [_points(ring) for ring in re.findall(r"M([^MZ]+)Z?", path)]
        found[code] = _centroid(max(rings, key=lambda ring: abs(_area(ring))))
    return found


def _points(ring):
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", ring)]
    return list(zip(numbers[::2], numbers[1::2], strict=True))


def _edges(ring):
    return list(zip(ring, ring[1:] + ring[:1], strict=True))


def _area(ring):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in _edges(ring)) / 2


def _centroid(ring):
    area = _area(ring) or 1e-9
    pairs = _edges(ring)
    x = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in pairs) / (6 * area)
    y = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in pairs) / (6 * area)
    return round(x, 1), round(y, 1)


def _size():
    _x, _y, width, height = (float(n) for n in outlines()["viewBox"].split())
    return width, height


def _abroad_point(code, name):
    width, height = _size()
    dx, dy = DIRECTIONS[code]
    cx, cy = width / 2, height / 2
    inset = MARGIN - 14
    reach = min(
        ((width + inset - cx) / dx if dx > 0 else (-inset - cx) / dx) if dx else math.inf,
        ((height + inset - cy) / dy if dy > 0 else (-inset - cy) / dy) if dy else math.inf,
    )
    x, y = round(cx + reach * dx, 1), round(cy + reach * dy, 1)
    if abs(dx) >= abs(dy):  # on the left or the right: the name above the point, inwards
        anchor = "start" if dx < 0 else "end"
        return Abroad(code, name, x, y, x + (-8 if dx > 0 else 8), y - 8, anchor)
    return Abroad(code, name, x, y, x + 8, y + 4, "start")  # above or below: beside the point


def with_flows(province_map, rows):
    """`province_map` with the replications of `rows` [(from, to, count)] drawn on it; pairs
    within one province, and countries with no side (several countries), are left to the
    table."""
    points = dict(centres())
    countries = dict(Country.choices)
    abroad = {}
    for origin, target, _count in rows:
        for code in (origin, target):
            if code in DIRECTIONS and code not in abroad:
                abroad[code] = _abroad_point(code, str(countries.get(code, code)))
                points[code] = (abroad[code].x, abroad[code].y)
    names = {province.code: province.name for province in province_map.provinces}
    name = lambda code: names.get(code) or str(countries.get(code, code))  # noqa: E731
    top = max((count for _o, _t, count in rows), default=1)
    routes = [Flow(name(origin), name(target), count) for origin, target, count in rows]
    flows = [
        Flow(route.origin, route.target, count, _curve(points[o], points[t]), _width(count, top))
        for route, (o, t, count) in zip(routes, rows, strict=True)
        if o != t and o in points and t in points and (o.isdigit() or t.isdigit())
    ]
    if abroad:
        width, height = _size()
        box = (-MARGIN, -MARGIN, width + 2 * MARGIN, height + 2 * MARGIN)
        province_map.view_box = " ".join(f"{n:g}" for n in box)
    province_map.flows, province_map.abroad, province_map.routes = flows, [*abroad.values()], routes
    return province_map


def _curve(start, end):
    """A gentle arc from `start` to `end`, bending to the left of its way, so that lines
    both ways between two places stay apart."""
    (x0, y0), (x1, y1) = start, end
    bend = 0.18
    cx, cy = (x0 + x1) / 2 + bend * (y1 - y0), (y0 + y1) / 2 - bend * (x1 - x0)
    return f"M{x0:.1f},{y0:.1f} Q{cx:.1f},{cy:.1f} {x1:.1f},{y1:.1f}"


def _width(count, top):
    return round(1.5 + 3.5 * count / top, 1)
