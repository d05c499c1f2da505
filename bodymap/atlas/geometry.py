"""Shapes from map files as Shapely geometry: ellipses, bands, polygons, smooth closed curves
and mirroring."""

from __future__ import annotations

import math
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


def curve(points: Sequence[Coord] | str, steps: int = 8) -> Polygon:
    """A smooth closed outline through `points`, in order: a centripetal Catmull-Rom spline.

    The spline passes through every point the author wrote and bends smoothly between them,
    so a muscle or a zone is drawn from a few points along its real outline without corners;
    the centripetal form never loops or overshoots between close points.
    """
    given = points_of(points)
    count = len(given)
    ring: list[tuple[float, float]] = []
    for i in range(count):
        p0, p1, p2, p3 = (given[(i + k) % count] for k in (-1, 0, 1, 2))
        ring += _catmull_rom(p0, p1, p2, p3, steps)
    return Polygon(ring)


def _catmull_rom(
    p0: tuple[float, float],
    p1: tuple[float, float],
    p2: tuple[float, float],
    p3: tuple[float, float],
    steps: int,
) -> list[tuple[float, float]]:
    """Points from p1 (included) towards p2 (excluded) on the centripetal spline."""

    def knot(t: float, a: tuple[float, float], b: tuple[float, float]) -> float:
        return t + max(math.sqrt(math.hypot(b[0] - a[0], b[1] - a[1])), 1e-6)

    t0 = 0.0
    t1 = knot(t0, p0, p1)
    t2 = knot(t1, p1, p2)
    t3 = knot(t2, p2, p3)

    def lerp(
        a: tuple[float, float], b: tuple[float, float], ta: float, tb: float, t: float
    ) -> tuple[float, float]:
        wa, wb = (tb - t) / (tb - ta), (t - ta) / (tb - ta)
        return (wa * a[0] + wb * b[0], wa * a[1] + wb * b[1])

    out = []
    for step in range(steps):
        t = t1 + (t2 - t1) * step / steps
        a1, a2, a3 = lerp(p0, p1, t0, t1, t), lerp(p1, p2, t1, t2, t), lerp(p2, p3, t2, t3, t)
        b1, b2 = lerp(a1, a2, t0, t2, t), lerp(a2, a3, t1, t3, t)
        x, y = lerp(b1, b2, t1, t2, t)
        out.append((round(x, 2), round(y, 2)))
    return out


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
