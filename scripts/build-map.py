"""Simplify Cambodia's provinces from amCharts' geodata into the portal's map file.

    python3 scripts/build-map.py path/to/cambodiaLow.json static/maps/cambodia-provinces.json

Projects longitude and latitude onto a plane (equirectangular, scaled by the cosine of the
country's middle latitude), simplifies each ring (Douglas-Peucker, tolerance in map units),
drops rings smaller than a few pixels, and writes {"viewBox", "provinces": {code: path}} with
the official two-digit code of each province (ISO 3166-2 "KH-2" is Battambang, code "02").
Two coarser drawings of the same outlines, in whole map units, go beside it for maps drawn
small, so that a page does not carry detail no screen shows: "provinces_medium" for the home
page's map (about a phone's width) and "provinces_small" for a practice's locator map
(160 pixels wide); each keeps at least its province's largest ring.
Run by scripts/vendor-assets.sh.
"""

import json
import math
import sys

WIDTH = 600
# name: (tolerance, decimals, smallest ring kept), in map units (the map is WIDTH units wide).
LEVELS = {
    "provinces": (0.6, 1, 4.0),
    "provinces_medium": (1.5, 0, 9.0),
    "provinces_small": (3.0, 0, 25.0),
}


def project(lon, lat, box):
    west, south, east, north = box
    scale = WIDTH / ((east - west) * math.cos(math.radians((north + south) / 2)))
    x = (lon - west) * math.cos(math.radians((north + south) / 2)) * scale
    y = (north - lat) * scale
    return x, y


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    far, index = 0.0, 0
    for i, (x, y) in enumerate(points[1:-1], 1):
        length = math.hypot(x2 - x1, y2 - y1) or 1e-9
        distance = abs((y2 - y1) * x - (x2 - x1) * y + x2 * y1 - y2 * x1) / length
        if distance > far:
            far, index = distance, i
    if far <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def simplify_ring(points, tolerance):
    """A closed ring: split at the point farthest from its start, simplify both halves."""
    x0, y0 = points[0]
    far = max(range(len(points)), key=lambda i: math.hypot(points[i][0] - x0, points[i][1] - y0))
    return simplify(points[: far + 1], tolerance)[:-1] + simplify(points[far:], tolerance)


def area(points):
    return (
        abs(
            sum(
                x1 * y2 - x2 * y1
                for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True)
            )
        )
        / 2
    )


def rings(geometry):
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


def outline(projected, tolerance, decimals, smallest):
    """One province's SVG path: its rings simplified, those smaller than `smallest` dropped
    (but never all of them)."""
    kept = []
    for ring in projected:
        points = simplify_ring(ring, tolerance)
        if len(points) >= 4:
            kept.append((area(points), points))
    largest = max(range(len(kept)), key=lambda n: kept[n][0], default=None)
    kept = [points for n, (size, points) in enumerate(kept) if n == largest or size >= smallest]
    return "".join(
        "M" + " ".join(f"{x:.{decimals}f},{y:.{decimals}f}" for x, y in points[:-1]) + "Z"
        for points in kept
    )


def main(source, target):
    with open(source, encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    coords = [pt for f in features for ring in rings(f["geometry"]) for pt in ring]
    box = (
        min(p[0] for p in coords),
        min(p[1] for p in coords),
        max(p[0] for p in coords),
        max(p[1] for p in coords),
    )
    height = project(box[0], box[1], box)[1]
    levels = {name: {} for name in LEVELS}
    for feature in features:
        code = f"{int(feature['id'].split('-')[1]):02d}"
        projected = [
            [project(lon, lat, box) for lon, lat in ring] for ring in rings(feature["geometry"])
        ]
        for name, (tolerance, decimals, smallest) in LEVELS.items():
            levels[name][code] = outline(projected, tolerance, decimals, smallest)
    data = {
        "source": "amCharts 5 geodata (cambodiaLow), linkware licence: see LICENSE-amcharts.",
        "viewBox": f"0 0 {WIDTH} {math.ceil(height)}",
        **{name: dict(sorted(paths.items())) for name, paths in levels.items()},
    }
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(data, handle, separators=(",", ":"))


if __name__ == "__main__":
    main(*sys.argv[1:3])
