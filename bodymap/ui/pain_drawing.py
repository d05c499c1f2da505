"""The pain drawing of "Where does it hurt?": tapped regions and brush strokes, with undo.

The drawing is kept as atlas values (region ids and Shapely geometry per view); the scene
layers only draw what the drawing and the chosen candidates are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QGraphicsPathItem
from shapely import unary_union
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry

from bodymap.atlas import Atlas, Side
from bodymap.ui.items import BodyScene, MarkerItem
from bodymap.ui.palette import cosmetic_pen
from bodymap.ui.paths import painter_path

RegionKey = tuple[str, Side | None]
PAIN = QColor(242, 140, 40)            # warm orange: what the user marked
MATCH = QColor(37, 99, 235)            # blue: the chosen candidate's pattern
COMPARE = (QColor(37, 99, 235), QColor(22, 163, 74), QColor(147, 51, 234), QColor(8, 145, 178))
HATCHES = (Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.FDiagPattern,
           Qt.BrushStyle.Dense5Pattern, Qt.BrushStyle.DiagCrossPattern)


class _Command(QUndoCommand):
    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class PainDrawing(QObject):
    """Regions (on a side) and strokes (per view) that together say where it hurts."""

    changed = Signal()

    def __init__(self, atlas: Atlas, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.regions: set[RegionKey] = set()
        self.strokes: list[tuple[str, BaseGeometry]] = []
        self.undo_stack = QUndoStack(self)

    def is_empty(self) -> bool:
        return not self.regions and not self.strokes

    def geometry(self) -> dict[str, BaseGeometry]:
        """The drawing per view: tapped regions wherever the view draws them, and strokes."""
        parts: dict[str, list[BaseGeometry]] = {}
        for view_id, view in self.atlas.views.items():
            for region in view.regions:
                if (region.id, region.side) in self.regions:
                    parts.setdefault(view_id, []).append(region.geometry)
        for view_id, stroke in self.strokes:
            parts.setdefault(view_id, []).append(stroke)
        return {view_id: unary_union(geoms) for view_id, geoms in parts.items()}

    def sides(self) -> set[Side]:
        """The patient's sides the drawing is on (midline regions count for none)."""
        found: set[Side] = {side for _, side in self.regions if side is not None}
        for view_id, stroke in self.strokes:
            view = self.atlas.view(view_id)
            if view_id == "side":
                found.add("right")
                continue
            x = stroke.centroid.x
            right_on_left = view_id == "front"
            if abs(x - view.width / 2) > view.width * 0.02:
                found.add("right" if (x < view.width / 2) == right_on_left else "left")
        return found

    # -- editing, through the undo stack ------------------------------------------------------
    def toggle_region(self, key: RegionKey) -> None:
        adding = key not in self.regions

        def do() -> None:
            (self.regions.add if adding else self.regions.discard)(key)
            self.changed.emit()

        def undo() -> None:
            (self.regions.discard if adding else self.regions.add)(key)
            self.changed.emit()

        self.undo_stack.push(_Command("region", do, undo))

    def add_stroke(self, view_id: str, points: Sequence[tuple[float, float]],
                   width: float) -> None:
        line = LineString(points) if len(points) > 1 else Point(points[0])
        entry = (view_id, line.buffer(width / 2.0, quad_segs=6))

        def do() -> None:
            self.strokes.append(entry)
            self.changed.emit()

        def undo() -> None:
            self.strokes.remove(entry)
            self.changed.emit()

        self.undo_stack.push(_Command("stroke", do, undo))

    def clear(self) -> None:
        if self.is_empty():
            return
        regions, strokes = set(self.regions), list(self.strokes)

        def do() -> None:
            self.regions.clear()
            self.strokes.clear()
            self.changed.emit()

        def undo() -> None:
            self.regions.update(regions)
            self.strokes.extend(strokes)
            self.changed.emit()

        self.undo_stack.push(_Command("clear", do, undo))

    def reset(self) -> None:
        """Empty, with no history."""
        self.undo_stack.clear()
        self.regions.clear()
        self.strokes.clear()
        self.changed.emit()


class WhereLayers:
    """The layers "Where does it hurt?" adds to one BodyScene: pain, live stroke, overlays."""

    def __init__(self, scene: BodyScene) -> None:
        self.scene = scene
        self.pain = self._item(7, QBrush(QColor(PAIN.red(), PAIN.green(), PAIN.blue(), 150)),
                               cosmetic_pen(PAIN.darker(130), 1.4))
        self.live = self._item(9, QBrush(Qt.BrushStyle.NoBrush), QPen(Qt.PenStyle.NoPen))
        self.overlays: list[QGraphicsPathItem] = []
        # Here the markers would only hide the pain: each appears with its candidate's pattern.
        scene.marker_layer.setVisible(False)
        self.shown: list[MarkerItem] = []

    def _item(self, z: float, brush: QBrush, pen: QPen) -> QGraphicsPathItem:
        item = QGraphicsPathItem()
        item.setBrush(brush)
        item.setPen(pen)
        item.setZValue(z)
        self.scene.addItem(item)
        return item

    def show_pain(self, geometry: BaseGeometry | None) -> None:
        self.pain.setPath(painter_path(geometry) if geometry is not None else QPainterPath())

    def show_live(self, points: Sequence[tuple[float, float]], width: float) -> None:
        path = QPainterPath()
        if points:
            path.moveTo(QPointF(*points[0]))
            for x, y in points[1:]:
                path.lineTo(QPointF(x, y))
        pen = QPen(QColor(PAIN.red(), PAIN.green(), PAIN.blue(), 150), width,
                   Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        self.live.setPen(pen)
        self.live.setPath(path)

    def clear_overlays(self) -> None:
        for item in self.overlays:
            self.scene.removeItem(item)
        self.overlays = []
        for marker in self.shown:
            marker.setVisible(False)
        self.shown = []

    def show_marker(self, point_id: str, sides: Sequence[Side]) -> None:
        """Show the X of a candidate laid over the drawing (cleared with the overlays)."""
        for side in sides:
            marker = self.scene.big_marker((point_id, side))
            if marker is not None:
                marker.setVisible(True)
                self.shown.append(marker)

    def add_overlay(self, geometry: BaseGeometry, color: QColor, style: Qt.BrushStyle,
                    alpha: int = 255, outline: bool = True) -> None:
        if geometry.is_empty:
            return
        brush_color = QColor(color)
        brush_color.setAlpha(alpha)
        pen = cosmetic_pen(color, 1.6) if outline else QPen(Qt.PenStyle.NoPen)
        self.overlays.append(self._item(8, QBrush(brush_color, style), pen))
        self.overlays[-1].setPath(painter_path(geometry))
