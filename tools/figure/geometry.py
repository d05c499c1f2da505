"""Geometry primitives for the figure: smooth splines, tapered segments, ellipses, smoothing,
mirroring, and bands in a limb's own frame (along / across its bone axis)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import numpy as np
import shapely
from shapely import affinity
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

Pt = tuple[float, float]

WIDTH = 1000.0
HEIGHT = 2000.0
MID_X = WIDTH / 2


def catmull_rom(points: Sequence[Pt], closed: bool = False, per_segment: int = 14) -> list[Pt]:
    """Centripetal Catmull-Rom spline through `points` (no overshoot loops, no kinks)."""
    p = [np.asarray(q, dtype=float) for q in points]
    ext = [p[-1], *p, p[0], p[1]] if closed else [2 * p[0] - p[1], *p, 2 * p[-1] - p[-2]]
    out: list[Pt] = []
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
        t0 = 0.0
        t1 = t0 + max(float(np.linalg.norm(p1 - p0)) ** 0.5, 1e-6)
        t2 = t1 + max(float(np.linalg.norm(p2 - p1)) ** 0.5, 1e-6)
        t3 = t2 + max(float(np.linalg.norm(p3 - p2)) ** 0.5, 1e-6)
        for t in np.linspace(t1, t2, per_segment, endpoint=False):
            a1 = (t1 - t) / (t1 - t0) * p0 + (t - t0) / (t1 - t0) * p1
            a2 = (t2 - t) / (t2 - t1) * p1 + (t - t1) / (t2 - t1) * p2
            a3 = (t3 - t) / (t3 - t2) * p2 + (t - t2) / (t3 - t2) * p3
            b1 = (t2 - t) / (t2 - t0) * a1 + (t - t0) / (t2 - t0) * a2
            b2 = (t3 - t) / (t3 - t1) * a2 + (t - t1) / (t3 - t1) * a3
            c = (t2 - t) / (t2 - t1) * b1 + (t - t1) / (t2 - t1) * b2
            out.append((float(c[0]), float(c[1])))
    if not closed:
        out.append((float(p[-1][0]), float(p[-1][1])))
    return out


def smooth_shape(points: Sequence[Pt]) -> Polygon:
    """A closed smooth shape through the control points."""
    poly = Polygon(catmull_rom(points, closed=True))
    return poly if poly.is_valid else _largest(poly.buffer(0))


def half_shape(points: Sequence[Pt], mid_x: float = MID_X) -> Polygon:
    """A smooth open curve from the midline out and back to the midline, closed along it."""
    curve = catmull_rom(points)
    poly = Polygon([*curve, (mid_x, curve[-1][1]), (mid_x, curve[0][1])])
    return poly if poly.is_valid else _largest(poly.buffer(0))


def smooth_curve(points: Sequence[Pt], closed: bool = False, per_segment: int = 10) -> list[Pt]:
    """Sampled spline for an interior line."""
    return catmull_rom(points, closed=closed, per_segment=per_segment)


def ellipse(center: Pt, rx: float, ry: float, angle: float = 0.0) -> Polygon:
    circle = Point(center).buffer(1.0, quad_segs=24)
    return affinity.rotate(affinity.scale(circle, rx, ry), angle, origin=center)


def tapered(a: Pt, ra: float, b: Pt, rb: float) -> Polygon:
    """Convex hull of two circles: a segment that tapers from radius ra to rb."""
    return Point(a).buffer(ra, quad_segs=16).union(Point(b).buffer(rb, quad_segs=16)).convex_hull


def tapered_chain(joints: Sequence[tuple[float, float, float]]) -> BaseGeometry:
    """Union of tapered segments through (x, y, radius) joints: a finger or a toe."""
    return unary_union(
        [tapered(j0[:2], j0[2], j1[:2], j1[2]) for j0, j1 in itertools.pairwise(joints)]
    )


def closing(geom: BaseGeometry, r: float) -> BaseGeometry:
    """Fill concave corners and narrow gaps up to 2r wide (fillets at junctions)."""
    return geom.buffer(r, quad_segs=16).buffer(-r, quad_segs=16)


def opening(geom: BaseGeometry, r: float) -> BaseGeometry:
    """Round convex corners and drop spikes thinner than 2r."""
    return geom.buffer(-r, quad_segs=16).buffer(r, quad_segs=16)


def mirror(geom: BaseGeometry, mid_x: float = MID_X) -> BaseGeometry:
    return affinity.scale(geom, -1.0, 1.0, origin=(mid_x, 0.0))


def mirror_pt(p: Pt, mid_x: float = MID_X) -> Pt:
    return (2 * mid_x - p[0], p[1])


def half_plane(side: str, mid_x: float = MID_X) -> Polygon:
    """The canvas half on `side` ('low' = x <= mid, 'high' = x >= mid), with a wide margin."""
    if side == "low":
        return box(-2000, -2000, mid_x, 4000)
    return box(mid_x, -2000, 3000, 4000)


def above(points: Sequence[Pt], smooth: bool = True) -> Polygon:
    """Everything above a (left-to-right) polyline, extended far to both sides."""
    pts = smooth_curve(points) if smooth and len(points) > 2 else list(points)
    pts = [(-3000.0, pts[0][1]), *pts, (4000.0, pts[-1][1])]
    return Polygon([*pts, (4000.0, -3000.0), (-3000.0, -3000.0)])


def below(points: Sequence[Pt], smooth: bool = True) -> Polygon:
    """Everything below a (left-to-right) polyline, extended far to both sides."""
    pts = smooth_curve(points) if smooth and len(points) > 2 else list(points)
    pts = [(-3000.0, pts[0][1]), *pts, (4000.0, pts[-1][1])]
    return Polygon([*pts, (4000.0, 5000.0), (-3000.0, 5000.0)])


def left_of(points: Sequence[Pt], smooth: bool = True) -> Polygon:
    """Everything at smaller x than a (top-to-bottom) polyline, extended far up and down."""
    pts = smooth_curve(points) if smooth and len(points) > 2 else list(points)
    pts = [(pts[0][0], -3000.0), *pts, (pts[-1][0], 5000.0)]
    return Polygon([*pts, (-3000.0, 5000.0), (-3000.0, -3000.0)])


def right_of(points: Sequence[Pt], smooth: bool = True) -> Polygon:
    pts = smooth_curve(points) if smooth and len(points) > 2 else list(points)
    pts = [(pts[0][0], -3000.0), *pts, (pts[-1][0], 5000.0)]
    return Polygon([*pts, (4000.0, 5000.0), (4000.0, -3000.0)])


def band_along(
    part: BaseGeometry,
    a: Pt,
    b: Pt,
    cuts: Sequence[float],
    step: float = 4.0,
    window: int = 5,
) -> list[Polygon]:
    """Split the plane around a limb `part` into len(cuts)+1 strips running along the axis a→b.

    The strips follow the part's own silhouette: at every station along the axis the part's
    extent across the axis is measured and cut at the given fractions (0 = the side at
    smaller local x, i.e. to the left of a downward axis). Strips are returned in that order and
    extend far beyond the part; intersect them with the part and with `band_across`.
    """
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length = math.hypot(dx, dy)
    d = (dx / length, dy / length)
    n = (d[1], -d[0])

    def to_world(u: float, v: float) -> Pt:
        return (ax + n[0] * u + d[0] * v, ay + n[1] * u + d[1] * v)

    local = affinity.affine_transform(
        part, [n[0], n[1], d[0], d[1], -(n[0] * ax + n[1] * ay), -(d[0] * ax + d[1] * ay)]
    )
    minx, miny, maxx, maxy = local.bounds
    vs = np.arange(miny + 0.5, maxy - 0.5, step)
    lows: list[float] = []
    highs: list[float] = []
    for v in vs:
        hit = local.intersection(LineString([(minx - 10, v), (maxx + 10, v)]))
        if hit.is_empty:
            lows.append(lows[-1] if lows else 0.0)
            highs.append(highs[-1] if highs else 0.0)
            continue
        hb = hit.bounds
        lows.append(hb[0])
        highs.append(hb[2])
    lo = _moving_average(np.array(lows), window)
    hi = _moving_average(np.array(highs), window)
    far = 3000.0
    vv = [miny - far, *vs.tolist(), maxy + far]
    lo_l = [lo[0], *lo.tolist(), lo[-1]]
    hi_l = [hi[0], *hi.tolist(), hi[-1]]
    boundaries: list[list[Pt]] = [[to_world(-far, v) for v in vv]]
    for f in cuts:
        boundaries.append(
            [to_world(l0 + f * (h0 - l0), v) for l0, h0, v in zip(lo_l, hi_l, vv, strict=True)]
        )
    boundaries.append([to_world(far, v) for v in vv])
    strips = []
    for left, right in itertools.pairwise(boundaries):
        poly = Polygon([*left, *reversed(right)])
        strips.append(poly if poly.is_valid else poly.buffer(0))
    return strips


def band_across(a: Pt, b: Pt, t0: float, t1: float) -> Polygon:
    """Points whose projection on the axis a→b lies between fractions t0 and t1 (wide across)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    d = (dx / length, dy / length)
    n = (d[1], -d[0])
    far = 3000.0
    pts = []
    for t, s in ((t0, -far), (t0, far), (t1, far), (t1, -far)):
        v = t * length
        pts.append((a[0] + d[0] * v + n[0] * s, a[1] + d[1] * v + n[1] * s))
    return Polygon(pts)


def polygons_of(geom: BaseGeometry) -> list[Polygon]:
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    if hasattr(geom, "geoms"):
        return [g for sub in geom.geoms for g in polygons_of(sub)]
    return []


def polygonal(geom: BaseGeometry) -> BaseGeometry:
    """Keep only the areal parts of a geometry (intersections may yield lines and points)."""
    polys = polygons_of(geom)
    if not polys:
        return Polygon()
    return unary_union(polys)


def _largest(geom: BaseGeometry) -> Polygon:
    return max(polygons_of(geom), key=lambda p: p.area)


def largest(geom: BaseGeometry) -> Polygon:
    return _largest(geom)


def snap(geom: BaseGeometry, grid: float = 0.1) -> BaseGeometry:
    return shapely.set_precision(geom, grid)


def _moving_average(a: np.ndarray, window: int) -> np.ndarray:
    if window <= 1 or len(a) < window:
        return a
    pad = window // 2
    padded = np.concatenate([np.full(pad, a[0]), a, np.full(pad, a[-1])])
    kernel = np.ones(window) / window
    return np.convolve(padded, kernel, mode="valid")
