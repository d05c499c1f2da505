"""Shapes from map files as Shapely geometry: ellipses, bands, polygons and mirroring."""

from __future__ import annotations

from collections.abc import Sequence

from shapely import affinity, make_valid
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from bodymap.atlas.spec import parse_ring_text

Coord = Sequence[float]


def points_of(value: Sequence[Coord] | str) -> list[tuple[float, float]]:
    """Points written as a list of [x, y] or as text "x y, x y, ..." (already checked)."""
    if isinstance(value, str):
        points = parse_ring_text(value)
        if points is None:
            raise ValueError(f"not points: {value[:40]!r}")
        return points
    return [(float(x), float(y)) for x, y in value]


def ring_polygon(points: Sequence[Coord] | str) -> Polygon:
    return Polygon(points_of(points))


def ellipse(center: Coord, radii: Coord, angle: float = 0.0) -> BaseGeometry:
    circle = Point(float(center[0]), float(center[1])).buffer(1.0, quad_segs=24)
    shape = affinity.scale(circle, float(radii[0]), float(radii[1]))
    return affinity.rotate(shape, angle) if angle else shape


def band(points: Sequence[Coord], width: float) -> BaseGeometry:
    line = LineString([(float(x), float(y)) for x, y in points])
    return line.buffer(width / 2.0, quad_segs=12)


def invalid_reason(geometry: BaseGeometry) -> str | None:
    """Why a polygon is not valid, in Shapely's words, or None."""
    if geometry.is_valid:
        return None
    return str(explain_validity(geometry))


def repaired(geometry: BaseGeometry) -> BaseGeometry:
    return geometry if geometry.is_valid else make_valid(geometry)


def mirror(geometry: BaseGeometry, width: float) -> BaseGeometry:
    """The geometry reflected about the vertical midline x = width / 2."""
    return affinity.scale(geometry, xfact=-1.0, yfact=1.0, origin=(width / 2.0, 0.0))
