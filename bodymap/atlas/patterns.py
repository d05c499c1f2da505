"""Every referral pattern of the atlas cut into pieces for ranking, with an STRtree per view.

A pattern instance is one trigger point on one side ("right", "left") or on both sides at
once ("both", for pain drawn on both sides). Each instance has, per view, an essential piece
and a spillover piece (the spillover zone minus the essential one), so that no area counts
twice. The pieces are built with the atlas (and kept in its cache); the trees over them are
made when an atlas is made.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import shapely
from numpy.typing import NDArray
from shapely import STRtree
from shapely.geometry.base import BaseGeometry

from bodymap.atlas.model import Region, Side, TriggerPoint, View, ZoneKind

SideKey = str  # "right", "left" or "both"
# Ranking works on outlines simplified to within this many canvas units (a tenth of a
# millimetre on the figure): a sixth of the vertices, and intersections that much faster.
SIMPLIFY = 1.5
_EMPTY = shapely.GeometryCollection()


@dataclass(frozen=True)
class PatternKey:
    """One instance of a trigger point's pattern: the point and the side(s) it is on."""

    point: str
    side: SideKey


def sides_of(side: SideKey) -> tuple[Side, ...]:
    return ("right", "left") if side == "both" else (side,)  # type: ignore[return-value]


def simplified(geometry: BaseGeometry) -> BaseGeometry:
    """`geometry` within SIMPLIFY canvas units, kept valid."""
    shape = shapely.simplify(geometry, SIMPLIFY, preserve_topology=False)
    return shape if shape.is_valid else shapely.make_valid(shape)


@dataclass(frozen=True)
class PatternPieces:
    """The pieces of one view's patterns: what the atlas cache keeps."""

    keys: tuple[PatternKey, ...]  # one per piece
    essential: tuple[bool, ...]  # per piece: True for the essential piece
    geometries: tuple[BaseGeometry, ...] = field(repr=False)


@dataclass(frozen=True, eq=False)  # one per view of an atlas: equal only to itself
class ViewPatterns:
    """The pattern pieces of one view, and the trees and sums that ranking asks of them."""

    pieces: PatternPieces
    regions: tuple[Region, ...]
    geometries: NDArray[np.object_] = field(repr=False)
    essential: NDArray[np.bool_] = field(repr=False)
    areas: NDArray[np.float64] = field(repr=False)
    tree: STRtree = field(repr=False)
    # per pattern instance: (essential area, spillover area) in this view
    totals: Mapping[PatternKey, tuple[float, float]] = field(repr=False)
    # per pattern instance: the indexes of its pieces
    piece_indexes: Mapping[PatternKey, tuple[int, ...]] = field(repr=False)
    region_geometries: Mapping[tuple[str, Side | None], BaseGeometry] = field(repr=False)
    region_tree: STRtree = field(repr=False)

    @classmethod
    def index(cls, view: View, pieces: PatternPieces) -> ViewPatterns:
        geometries = np.empty(len(pieces.geometries), dtype=object)
        geometries[:] = pieces.geometries
        areas = shapely.area(geometries) if len(geometries) else np.zeros(0)
        totals: dict[PatternKey, list[float]] = defaultdict(lambda: [0.0, 0.0])
        indexes: dict[PatternKey, list[int]] = defaultdict(list)
        for number, (key, is_essential) in enumerate(
            zip(pieces.keys, pieces.essential, strict=True)
        ):
            totals[key][0 if is_essential else 1] += float(areas[number])
            indexes[key].append(number)
        region_shapes = [simplified(region.geometry) for region in view.regions]
        return cls(
            pieces=pieces,
            regions=view.regions,
            geometries=geometries,
            essential=np.array(pieces.essential, dtype=bool),
            areas=np.asarray(areas, dtype=float),
            tree=STRtree(geometries),
            totals={key: (value[0], value[1]) for key, value in totals.items()},
            piece_indexes={key: tuple(value) for key, value in indexes.items()},
            region_geometries={
                (region.id, region.side): shape
                for region, shape in zip(view.regions, region_shapes, strict=True)
            },
            region_tree=STRtree([region.geometry for region in view.regions]),
        )

    def union(self, key: PatternKey) -> BaseGeometry:
        """The whole of one pattern instance (both kinds) in this view, simplified."""
        return shapely.union_all(self.geometries[list(self.piece_indexes.get(key, ()))])


def _sides(point: TriggerPoint, view: View) -> dict[SideKey, tuple[Side, ...]]:
    drawn = sorted({z.side for z in point.zones if z.view == view.id})
    sides: dict[SideKey, tuple[Side, ...]] = {side: (side,) for side in drawn}
    if point.sides == "bilateral" and drawn:
        # In the side view, which shows only the right, both sides look like the right.
        sides["both"] = tuple(drawn)
    return sides


def _union(
    zones: Sequence[tuple[ZoneKind, Side, BaseGeometry]], kind: ZoneKind, sides: Sequence[Side]
) -> BaseGeometry:
    return shapely.union_all([g for k, side, g in zones if k == kind and side in sides])


def build_pieces(view: View, points: Iterable[TriggerPoint]) -> PatternPieces:
    """Every pattern instance drawn in `view`, cut into its essential and spillover pieces."""
    keys: list[PatternKey] = []
    kinds: list[bool] = []
    geometries: list[BaseGeometry] = []
    for point in points:
        zones = [(z.kind, z.side, simplified(z.geometry)) for z in point.zones if z.view == view.id]
        for side_key, sides in _sides(point, view).items():
            essential = _union(zones, "essential", sides)
            spillover = _union(zones, "spillover", sides).difference(essential)
            for is_essential, piece in ((True, essential), (False, spillover)):
                if piece.is_empty or piece.area < 1.0:
                    continue
                keys.append(PatternKey(point.id, side_key))
                kinds.append(is_essential)
                geometries.append(piece)
    return PatternPieces(tuple(keys), tuple(kinds), tuple(geometries))


def pattern_geometry(
    point: TriggerPoint, view_id: str, side: SideKey, kind: ZoneKind | None = None
) -> BaseGeometry:
    """The union of one pattern instance's zones in one view, exact as drawn (both kinds when
    `kind` is None); empty where the view does not draw it."""
    geometries = [
        z.geometry
        for z in point.zones
        if z.view == view_id and z.side in sides_of(side) and (kind is None or z.kind == kind)
    ]
    return shapely.union_all(geometries) if geometries else _EMPTY
