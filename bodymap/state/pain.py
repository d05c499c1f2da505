"""The pain drawing of "Where does it hurt?": tapped regions and painted strokes, in atlas
coordinates, with an undo history.

A drawing is a value (`Drawing`); every edit makes a new one and keeps the one before it, so
undo and redo step through a plain list of drawings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import shapely
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.model import Side
from bodymap.state.observable import Observable

RegionKey = tuple[str, Side | None]  # a region id and its side (None on the midline)
StrokeOutcome = Literal["added", "tap", "outside"]
MIN_STROKE_MOVE = 3.0  # canvas units: a stroke that moved less is a tap


@dataclass(frozen=True)
class Stroke:
    """A brush stroke in one view: the points the finger went through, and the brush width."""

    view: str
    points: tuple[tuple[float, float], ...]
    width: float
    geometry: BaseGeometry = field(compare=False, repr=False)

    @classmethod
    def of(cls, view: str, points: Sequence[tuple[float, float]], width: float) -> Stroke:
        line = LineString(points) if len(points) > 1 else Point(points[0])
        return cls(view, tuple(points), width, line.buffer(width / 2.0, quad_segs=6))


@dataclass(frozen=True)
class Drawing:
    regions: frozenset[RegionKey] = frozenset()
    strokes: tuple[Stroke, ...] = ()

    def is_empty(self) -> bool:
        return not self.regions and not self.strokes


class PainDrawing(Observable):
    """Where it hurts, edited with undo and redo. Aspect: "drawing"."""

    def __init__(self, atlas: Atlas) -> None:
        super().__init__()
        self.atlas = atlas
        self.drawing = Drawing()
        self._undo: list[Drawing] = []
        self._redo: list[Drawing] = []
        self._geometry: dict[str, BaseGeometry] | None = None
        self._unions: dict[str, tuple[tuple[int, ...], BaseGeometry]] = {}

    @property
    def regions(self) -> frozenset[RegionKey]:
        return self.drawing.regions

    @property
    def strokes(self) -> tuple[Stroke, ...]:
        return self.drawing.strokes

    def is_empty(self) -> bool:
        return self.drawing.is_empty()

    # -- what the drawing means --------------------------------------------------------------
    def geometry(self) -> dict[str, BaseGeometry]:
        """The drawing per view: tapped regions wherever the view draws them, and strokes."""
        if self._geometry is None:
            parts: dict[str, list[BaseGeometry]] = {}
            for view_id, view in self.atlas.views.items():
                for region in view.regions:
                    if (region.id, region.side) in self.drawing.regions:
                        parts.setdefault(view_id, []).append(region.geometry)
            for stroke in self.drawing.strokes:
                parts.setdefault(stroke.view, []).append(stroke.geometry)
            self._geometry = {view_id: self._union(view_id, g) for view_id, g in parts.items()}
        return self._geometry

    def _union(self, view_id: str, parts: list[BaseGeometry]) -> BaseGeometry:
        # A view whose parts are the ones of the last drawing keeps its geometry (the same
        # object): an edit redraws and reranks only the view it changed.
        key = tuple(map(id, parts))
        kept = self._unions.get(view_id)
        if kept is None or kept[0] != key:
            kept = self._unions[view_id] = (key, shapely.union_all(parts))
        return kept[1]

    def sides(self) -> set[Side]:
        """The patient's sides the drawing is on (the midline counts for neither)."""
        found: set[Side] = {side for _, side in self.drawing.regions if side is not None}
        for stroke in self.drawing.strokes:
            side = self.atlas.view(stroke.view).side_at(stroke.geometry.centroid.x)
            if side is not None:
                found.add(side)
        return found

    def side(self) -> Side | None:
        """The one side the drawing is on, or None when it is on both or neither."""
        sides = self.sides()
        return next(iter(sides)) if len(sides) == 1 else None

    # -- editing -----------------------------------------------------------------------------
    def toggle_region(self, key: RegionKey) -> None:
        """Mark a region, or unmark it when it is marked."""
        regions = self.drawing.regions
        self._edit(
            Drawing(regions - {key} if key in regions else regions | {key}, self.drawing.strokes)
        )

    def tap(self, view_id: str, x: float, y: float) -> bool:
        """Toggle the region under (x, y); False when that is outside the body."""
        region = self.atlas.region_at(view_id, x, y)
        if region is None:
            return False
        self.toggle_region((region.id, region.side))
        return True

    def add_stroke(
        self, view_id: str, points: Sequence[tuple[float, float]], width: float
    ) -> StrokeOutcome:
        """Add a painted stroke: "added"; or why not: a "tap" (it hardly moved) or "outside"
        the body altogether."""
        moved = max(abs(x - points[0][0]) + abs(y - points[0][1]) for x, y in points)
        if moved < MIN_STROKE_MOVE:
            return "tap"
        if not any(self.atlas.inside_body(view_id, x, y) for x, y in points):
            return "outside"
        self._edit(
            Drawing(
                self.drawing.regions, (*self.drawing.strokes, Stroke.of(view_id, points, width))
            )
        )
        return "added"

    def mark_regions(self, region_ids: Iterable[str], side: Side | None = None) -> None:
        """The drawing replaced by whole regions, on `side` (both sides when None), wherever a
        view draws them: what a complaint marks. Undoable."""
        wanted = set(region_ids)
        keys = {
            (r.id, r.side)
            for view in self.atlas.views.values()
            for r in view.regions
            if r.id in wanted and (side is None or r.side in (None, side))
        }
        self._edit(Drawing(frozenset(keys)))

    def clear(self) -> None:
        """Nothing marked; undoable."""
        if not self.drawing.is_empty():
            self._edit(Drawing())

    def _edit(self, drawing: Drawing) -> None:
        if drawing == self.drawing:
            return
        self._undo.append(self.drawing)
        self._redo.clear()
        self._set(drawing)

    def _set(self, drawing: Drawing) -> None:
        self.drawing = drawing
        self._geometry = None
        self._changed("drawing")

    # -- history -----------------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> None:
        if self._undo:
            self._redo.append(self.drawing)
            self._set(self._undo.pop())

    def redo(self) -> None:
        if self._redo:
            self._undo.append(self.drawing)
            self._set(self._redo.pop())

    def reset(self) -> None:
        """Empty, with no history: nothing of the drawing can be brought back."""
        self._undo.clear()
        self._redo.clear()
        self._set(Drawing())

    def restore(self, drawing: Drawing) -> None:
        """A kept drawing brought back (a client file opened): as drawn, with no history."""
        self._undo.clear()
        self._redo.clear()
        self._set(drawing)
