"""Turn an ordered list of zones into regions that tile the outline exactly, and check them.

A zone is a (region id, side, shape) triple; shapes may be generous, the outline clips them.
Earlier zones win; whatever no zone claims goes to the neighbour it shares most border with.
"""

from __future__ import annotations

from dataclasses import dataclass

from shapely import affinity
from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import split, unary_union

from .geometry import MID_X, mirror, polygonal, polygons_of, snap

MIN_PART_AREA = 20.0


@dataclass
class Zone:
    id: str
    side: str | None
    shape: BaseGeometry


@dataclass
class Region:
    id: str
    side: str | None
    geom: BaseGeometry

    @property
    def key(self) -> str:
        return f"{self.id}/{self.side}" if self.side else self.id


def assign(area: BaseGeometry, zones: list[Zone], fill: bool = True) -> list[Region]:
    """Tile `area` with the zones in priority order; leftovers go to the best neighbour
    (unless `fill` is false: then the zones only claim what they cover)."""
    taken: BaseGeometry = Polygon()
    found: dict[str, Region] = {}
    order: list[str] = []
    for zone in zones:
        shape = zone.shape if zone.shape.is_valid else zone.shape.buffer(0)
        piece = polygonal(area.intersection(shape).difference(taken))
        if piece.is_empty or piece.area < 1e-6:
            continue
        key = f"{zone.id}/{zone.side}" if zone.side else zone.id
        if key in found:
            found[key].geom = unary_union([found[key].geom, piece])
        else:
            found[key] = Region(zone.id, zone.side, piece)
            order.append(key)
        taken = unary_union([taken, piece])
    regions = [found[k] for k in order]
    leftover = polygonal(area.difference(taken)) if fill else Polygon()
    for piece in polygons_of(leftover):
        if piece.area < 1e-3:
            continue
        _give_to_neighbour(piece, regions)
    _merge_crumbs(regions)
    for r in regions:
        r.geom = polygonal(r.geom.buffer(0))
    return [r for r in regions if not r.geom.is_empty]


def _give_to_neighbour(
    piece: Polygon, regions: list[Region], exclude: Region | None = None
) -> None:
    best: Region | None = None
    best_len = -1.0
    ring = piece.buffer(0.05)
    for r in regions:
        if r is exclude:
            continue
        shared = r.geom.boundary.intersection(ring).length
        if shared > best_len:
            best, best_len = r, shared
    if best is None:
        return
    if best_len <= 0.0:
        best = min((r for r in regions if r is not exclude), key=lambda r: r.geom.distance(piece))
    best.geom = unary_union([best.geom, piece])


def _merge_crumbs(regions: list[Region]) -> None:
    """Parts too small to tap are merged into the neighbour they share most border with."""
    for r in regions:
        parts = polygons_of(r.geom)
        if len(parts) <= 1:
            continue
        small = [p for p in parts if p.area < MIN_PART_AREA]
        if not small:
            continue
        r.geom = unary_union([p for p in parts if p.area >= MIN_PART_AREA])
        for p in small:
            _give_to_neighbour(p, regions, exclude=r)


def without_holes(geom: BaseGeometry) -> list[Polygon]:
    """Split polygons with holes (the map format has no holes) into hole-free pieces."""
    out: list[Polygon] = []
    for poly in polygons_of(geom):
        if not poly.interiors:
            out.append(poly)
            continue
        c = Polygon(poly.interiors[0]).representative_point()
        _minx, miny, _maxx, maxy = poly.bounds
        cut = LineString([(c.x, miny - 1), (c.x, maxy + 1)])
        for piece in split(poly, cut).geoms:
            out.extend(without_holes(piece))
    return out


def finish(regions: list[Region], grid: float = 0.1) -> list[Region]:
    """Snap to the output grid and make every region hole-free."""
    done = []
    for r in regions:
        geom = polygonal(snap(r.geom, grid))
        parts = [p for p in without_holes(geom) if p.area >= MIN_PART_AREA]
        done.append(Region(r.id, r.side, MultiPolygon(parts) if len(parts) > 1 else parts[0]))
    return done


def mirrored(regions: list[Region], side: str) -> list[Region]:
    return [Region(r.id, side, mirror(r.geom, MID_X)) for r in regions]


def check(view_id: str, outline: BaseGeometry, regions: list[Region]) -> dict[str, object]:
    """Assert the tiling contract; return coverage and the worst overlap."""
    problems: list[str] = []
    union = unary_union([r.geom for r in regions])
    coverage = union.intersection(outline).area / outline.area
    if coverage < 0.995:
        problems.append(f"coverage {coverage:.4f} < 0.995")
    worst = 0.0
    worst_pair = ""
    for i, a in enumerate(regions):
        if not a.geom.is_valid or a.geom.is_empty:
            problems.append(f"{a.key}: invalid or empty")
        outside = a.geom.difference(outline.buffer(0.2)).area
        if outside > 1.0:
            problems.append(f"{a.key}: {outside:.1f} outside the outline")
        for part in polygons_of(a.geom):
            if part.area < MIN_PART_AREA:
                problems.append(f"{a.key}: crumb of {part.area:.1f}")
            if part.interiors:
                problems.append(f"{a.key}: has a hole")
        for b in regions[i + 1 :]:
            if not a.geom.bounds or not _boxes_touch(a.geom, b.geom):
                continue
            inter = a.geom.intersection(b.geom).area
            if inter <= 0:
                continue
            ratio = inter / min(a.geom.area, b.geom.area)
            if ratio > worst:
                worst, worst_pair = ratio, f"{a.key} × {b.key}"
            if ratio > 0.001:
                problems.append(f"{a.key} × {b.key} overlap {ratio:.4%}")
    for r in regions:
        need = 500.0 if r.id in PATCHES else 150.0
        if r.geom.area < need:
            problems.append(f"{r.key}: area {r.geom.area:.0f} < {need:.0f}")
    if problems:
        raise AssertionError(f"view {view_id}:\n  " + "\n  ".join(problems))
    return {"coverage": coverage, "worst_overlap": worst, "worst_pair": worst_pair}


PATCHES = {
    "elbow_lateral",
    "elbow_anterior",
    "axilla",
    "perineum",
    "elbow_medial",
    "tmj",
    "ear",
    "ankle_lateral",
    "ankle_medial",
    "coccyx",
    "orbit",
    "chin",
    "thumb",
}


def _boxes_touch(a: BaseGeometry, b: BaseGeometry) -> bool:
    ax0, ay0, ax1, ay1 = a.bounds
    bx0, by0, bx1, by1 = b.bounds
    return not (ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0)


def translate(geom: BaseGeometry, dx: float, dy: float) -> BaseGeometry:
    return affinity.translate(geom, dx, dy)
