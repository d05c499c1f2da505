"""Every referral pattern of the atlas cut into pieces for ranking, with an STRtree per view.

A pattern instance is one trigger point on one side ("right", "left") or on both sides at
once ("both", for pain drawn on both sides). Each instance has, per view, an essential piece
and a spillover piece (the spillover zone minus the essential one), so that no area counts
twice. Built once per atlas, lazily, on the first ranking, or ahead of it a step at a time
(`view_patterns_in_steps`, for the app to build while idle without stalling).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from shapely import STRtree, prepare, simplify, unary_union
from shapely.geometry.base import BaseGeometry

from bodymap.atlas.model import Region, TriggerPoint, View

SideKey = str  # "right", "left" or "both"
SIDE_KEYS: tuple[SideKey, ...] = ("right", "left", "both")
# Ranking works on outlines simplified to within this many canvas units (a tenth of a
# millimetre on the figure): a quarter of the vertices, four times faster intersections.
SIMPLIFY = 1.5


@dataclass(frozen=True)
class PatternKey:
    """One instance of a trigger point's pattern: the point and the side(s) it is on."""

    point: str
    side: SideKey


@dataclass
class ViewPatterns:
    """The pattern pieces of one view and an STRtree over them."""

    keys: list[PatternKey]        # one per piece
    essential: NDArray[np.bool_]  # per piece: True for the essential piece
    geometries: NDArray[np.object_]
    areas: NDArray[np.float64]
    tree: STRtree
    # per pattern instance: (essential area, spillover area) in this view
    totals: dict[PatternKey, tuple[float, float]]
    regions: tuple[Region, ...]
    region_geometries: dict[tuple[str, str | None], BaseGeometry]  # simplified
    region_tree: STRtree
    # per pattern instance: its whole pattern (both kinds) in this view, for reasons and overlays
    unions: dict[PatternKey, BaseGeometry]


def _sides_of(point: TriggerPoint, view: View) -> dict[SideKey, tuple[str, ...]]:
    drawn = sorted({z.side for z in point.zones if z.view == view.id})
    sides: dict[SideKey, tuple[str, ...]] = {side: (side,) for side in drawn}
    if point.sides == "bilateral" and drawn:
        # In the side view, which shows only the right, both sides look like the right.
        sides["both"] = tuple(drawn)
    return sides


def build_view_patterns(view: View, points: Mapping[str, TriggerPoint]) -> ViewPatterns:
    *_, patterns = view_patterns_in_steps(view, points)
    assert patterns is not None
    return patterns


def view_patterns_in_steps(view: View, points: Mapping[str, TriggerPoint]
                           ) -> Iterator[ViewPatterns | None]:
    """`build_view_patterns` in small steps: yields None after each trigger point and each
    region (a few milliseconds each), and the view's patterns last."""
    keys: list[PatternKey] = []
    kinds: list[bool] = []
    geometries: list[BaseGeometry] = []
    totals: dict[PatternKey, tuple[float, float]] = {}
    unions: dict[PatternKey, BaseGeometry] = {}
    for point in points.values():
        for side_key, sides in _sides_of(point, view).items():
            zones = [z for z in point.zones if z.view == view.id and z.side in sides]
            essential = unary_union([z.geometry for z in zones if z.kind == "essential"])
            spill = [z.geometry for z in zones if z.kind == "spillover"]
            spillover = unary_union(spill).difference(essential) if spill else None
            key = PatternKey(point.id, side_key)
            pieces = [(True, essential), (False, spillover)]
            area = {True: 0.0, False: 0.0}
            for is_essential, exact in pieces:
                if exact is None or exact.is_empty or exact.area < 1.0:
                    continue
                geometry = simplify(exact, SIMPLIFY)
                prepare(geometry)
                keys.append(key)
                kinds.append(is_essential)
                geometries.append(geometry)
                area[is_essential] = float(geometry.area)
            if area[True] or area[False]:
                totals[key] = (area[True], area[False])
                union = unary_union([g for _, g in pieces if g is not None])
                prepare(union)
                unions[key] = union
        yield None
    region_geometries: dict[tuple[str, str | None], BaseGeometry] = {}
    for region in view.regions:
        region_geometries[(region.id, region.side)] = simplify(region.geometry, SIMPLIFY)
        yield None
    geometry_array = np.empty(len(geometries), dtype=object)
    geometry_array[:] = geometries
    yield ViewPatterns(
        keys=keys,
        essential=np.array(kinds, dtype=bool),
        geometries=geometry_array,
        areas=np.array([g.area for g in geometries], dtype=float),
        tree=STRtree(geometries),
        totals=totals,
        regions=view.regions,
        region_geometries=region_geometries,
        region_tree=STRtree([r.geometry for r in view.regions]),
        unions=unions,
    )


def pattern_geometry(point: TriggerPoint, view_id: str, side: SideKey,
                     kind: str | None = None) -> BaseGeometry:
    """The union of one pattern instance's zones in one view (both kinds when kind is None)."""
    sides = ("right", "left") if side == "both" else (side,)
    return unary_union([z.geometry for z in point.zones
                        if z.view == view_id and z.side in sides
                        and (kind is None or z.kind == kind)])
