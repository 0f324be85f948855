"""The coverage map: the Netherlands drawn from the PC4 centroids as inline SVG.

No tiles and no request to another host: the land is the ~4,000 PC4 centres as
dots (one SVG path), each gemeente a marker at its centre. A marker's level shows
as a shape as well as a colour (circle, diamond, cross), so the map does not rely
on colour; the same numbers are in the report's table.
"""

import math
from dataclasses import dataclass

from professionals.coverage import CoverageRow, Level

WIDTH = 400.0
MARGIN = 8.0
# Colours with at least 3:1 contrast against white (WCAG 1.4.11, graphics).
COLOURS = {Level.GOOD: "#1a7f37", Level.PARTIAL: "#9a5b00", Level.NONE: "#b3261e"}
SHAPES = {Level.GOOD: "circle", Level.PARTIAL: "diamond", Level.NONE: "cross"}


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    level: str
    name: str


@dataclass(frozen=True)
class CoverageMap:
    width: float
    height: float
    land_path: str
    markers: list[Marker]

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width:.0f} {self.height:.0f}"


def _projection(points):
    """An equirectangular projection scaled to WIDTH, true to scale at the middle."""
    lats = [lat for lat, _ in points]
    lons = [lon for _, lon in points]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    squeeze = math.cos(math.radians((south + north) / 2))
    span = max((east - west) * squeeze, 1e-6)
    scale = (WIDTH - 2 * MARGIN) / span
    height = (north - south) * scale + 2 * MARGIN

    def project(lat, lon):
        return (
            round(MARGIN + (lon - west) * squeeze * scale, 1),
            round(MARGIN + (north - lat) * scale, 1),
        )

    return project, height


def coverage_map(
    rows: list[CoverageRow], pc4: list[tuple[int, float, float]]
) -> CoverageMap | None:
    """The map of these rows over the land of every PC4 area, or None without data."""
    land = [(lat, lon) for _, lat, lon in pc4]
    if not land:
        return None
    project, height = _projection(land)
    # "M x y h0" with round line caps draws a dot: 4,000 dots in one element.
    dots = sorted({project(lat, lon) for lat, lon in land})
    land_path = "".join(f"M{x:g} {y:g}h0" for x, y in dots)
    markers = [
        Marker(*project(*row.point), level=row.level, name=row.name)
        for row in rows
        if row.point is not None
    ]
    # Draw the best covered last, so a cluster shows its coverage, not its gaps.
    order = {Level.NONE: 0, Level.PARTIAL: 1, Level.GOOD: 2}
    markers.sort(key=lambda m: order[m.level])
    return CoverageMap(WIDTH, round(height, 1), land_path, markers)


def legend() -> list[dict]:
    """The levels with their label, colour and shape, for the legend and the table."""
    return [
        {
            "level": level,
            "label": Level.LABELS[level],
            "colour": COLOURS[level],
            "shape": SHAPES[level],
        }
        for level in (Level.GOOD, Level.PARTIAL, Level.NONE)
    ]
