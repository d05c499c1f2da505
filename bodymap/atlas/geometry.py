"""Shapes from map files as Shapely geometry: ellipses, bands, polygons, smooth closed curves
and mirroring."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from shapely import affinity, make_valid
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from bodymap.atlas.spec import parse_ring_text

Coord = Sequence[float]
Array = npt.NDArray[np.float64]


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
    the centripetal form never loops or overshoots between close points. Every span is worked
    out at once (numpy): a cold load draws a few thousand of them.
    """
    p1 = np.asarray(points_of(points), dtype=float)  # each span runs from p1 towards p2
    p0, p2, p3 = np.roll(p1, 1, axis=0), np.roll(p1, -1, axis=0), np.roll(p1, -2, axis=0)

    def knot(t: Array, a: Array, b: Array) -> Array:
        return np.asarray(t + np.maximum(np.sqrt(np.hypot(*(b - a).T)), 1e-6)[:, None])

    t0 = np.zeros((len(p1), 1))
    t1 = knot(t0, p0, p1)
    t2 = knot(t1, p1, p2)
    t3 = knot(t2, p2, p3)
    t = t1 + (t2 - t1) * (np.arange(steps) / steps)  # (spans, steps)

    def mix(a: Array, b: Array, ta: Array, tb: Array) -> Array:
        """From a (at knot ta) to b (at knot tb), at every t: points (spans, steps, 2)."""
        wa, wb = (tb - t) / (tb - ta), (t - ta) / (tb - ta)
        return np.asarray(wa[..., None] * a + wb[..., None] * b)

    q0, q1, q2, q3 = (p[:, None, :] for p in (p0, p1, p2, p3))
    a1, a2, a3 = mix(q0, q1, t0, t1), mix(q1, q2, t1, t2), mix(q2, q3, t2, t3)
    ring = mix(mix(a1, a2, t0, t2), mix(a2, a3, t1, t3), t1, t2).reshape(-1, 2)
    return Polygon(np.round(ring, 2))


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
