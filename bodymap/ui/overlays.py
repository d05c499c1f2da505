"""What "Where does it hurt?" lays over one BodyScene: the pain drawn, the stroke being
painted, and the patterns of the candidates chosen or compared, each with its X."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget
from shapely.geometry.base import BaseGeometry

from bodymap.atlas.model import Side
from bodymap.ui import palette
from bodymap.ui.markers import MarkerItem
from bodymap.ui.painter_paths import painter_path
from bodymap.ui.scene import BodyScene


class WhereLayers:
    """The layers "Where does it hurt?" adds to one BodyScene."""

    def __init__(self, scene: BodyScene) -> None:
        self.scene = scene
        self.pain = self._item(
            7,
            QBrush(palette.translucent(palette.PAIN, 120)),
            palette.cosmetic_pen(palette.PAIN.darker(130), 1.4),
        )
        self._pain: BaseGeometry | None = None
        self.live = self._item(9, QBrush(), QPen(Qt.PenStyle.NoPen))
        self.overlays: list[QGraphicsPathItem] = []
        # Here the markers would only hide the pain: each comes with its candidate's pattern.
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
        if geometry is not self._pain:  # the drawing keeps a view's geometry while unchanged
            self._pain = geometry
            self.pain.setPath(painter_path(geometry))

    def show_live(self, points: Sequence[tuple[float, float]], width: float) -> None:
        """The stroke being painted, as the finger goes."""
        path = QPainterPath()
        if points:
            path.moveTo(QPointF(*points[0]))
            for x, y in points[1:]:
                path.lineTo(QPointF(x, y))
        self.live.setPen(
            QPen(
                palette.translucent(palette.PAIN, 120),
                width,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        self.live.setPath(path)

    def clear_overlays(self) -> None:
        for item in self.overlays:
            self.scene.removeItem(item)
        self.overlays = []
        for marker in self.shown:
            marker.set_color(palette.MARKER_SELECTED)
            marker.setVisible(False)
        self.shown = []

    def show_marker(
        self, point_id: str, sides: Sequence[Side], color: QColor = palette.MARKER_SELECTED
    ) -> None:
        """Show the X of a candidate laid over the drawing (cleared with the overlays)."""
        for side in sides:
            marker = self.scene.big_marker(point_id, side)
            if marker is not None:
                marker.set_color(color)
                marker.setVisible(True)
                self.shown.append(marker)

    def add_overlay(
        self,
        geometry: BaseGeometry,
        color: QColor,
        brush: QBrush,
        outline: bool = True,
    ) -> None:
        if geometry.is_empty:
            return
        pen = palette.cosmetic_pen(color, 1.8) if outline else QPen(Qt.PenStyle.NoPen)
        item = HatchItem(painter_path(geometry))
        item.setBrush(brush)
        item.setPen(pen)
        item.setZValue(8)
        self.scene.addItem(item)
        self.overlays.append(item)


class HatchItem(QGraphicsPathItem):
    """A path filled with a texture brush whose tile stays the same size on screen at every
    zoom, as Qt's own hatch patterns do (a texture would otherwise scale with the view)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        brush = self.brush()
        if brush.style() == Qt.BrushStyle.TexturePattern:
            world = painter.worldTransform()
            scaled = QBrush(brush)
            scaled.setTransform(QTransform.fromScale(1 / abs(world.m11()), 1 / abs(world.m22())))
            painter.setBrush(scaled)
        else:
            painter.setBrush(brush)
        painter.setPen(self.pen())
        painter.drawPath(self.path())
