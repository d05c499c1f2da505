"""The scene of one view: outline, interior lines, regions, zones and trigger point markers.

Items are built once from the atlas; selecting a trigger point only changes paths and flags.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)
from shapely import unary_union

from bodymap.atlas import Atlas, Marker, Region, Side
from bodymap.ui import palette
from bodymap.ui.paths import line_path, painter_path

# Half-sizes of an X on screen. The atlas has a few hundred markers: unselected ones stay
# small and quiet so that the selected point and its zones are what the eye finds.
MARKER_PIXELS = 4.5
SELECTED_MARKER_PIXELS = 13.0
DIMMED_OPACITY = 0.4


def tr(text: str) -> str:
    return QCoreApplication.translate("BodyScene", text)


class MarkerItem(QGraphicsItem):
    """A trigger point drawn as the charts draw it: an X, a fixed size on screen."""

    def __init__(self, marker: Marker, name: str) -> None:
        super().__init__()
        self.marker = marker
        self.selected = False
        self.setPos(marker.x, marker.y)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setToolTip(f"{name} ({tr('patient’s ' + marker.side)})")
        self.setAcceptHoverEvents(True)
        self.setZValue(10)

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.prepareGeometryChange()
            self.selected = selected
            self.setZValue(12 if selected else 10)

    def _half(self) -> float:
        return SELECTED_MARKER_PIXELS if self.selected else MARKER_PIXELS

    def boundingRect(self) -> QRectF:
        h = self._half() + 4
        return QRectF(-h, -h, 2 * h, 2 * h)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        h = self._half() * 0.75
        cross = QPainterPath()
        cross.moveTo(-h, -h)
        cross.lineTo(h, h)
        cross.moveTo(-h, h)
        cross.lineTo(h, -h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.selected:
            painter.setPen(QPen(QColor(255, 255, 255, 235), 7.0, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            painter.drawPath(cross)
            painter.setPen(QPen(palette.MARKER_SELECTED, 3.4, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
        else:
            painter.setPen(QPen(palette.MARKER, 1.5, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
        painter.drawPath(cross)


class BodyScene(QGraphicsScene):
    """Everything drawn in one view, in the view's canvas coordinates."""

    def __init__(self, atlas: Atlas, view_id: str) -> None:
        super().__init__()
        self.atlas = atlas
        self.view_id = view_id
        view = atlas.view(view_id)
        margin = 40.0
        self.setSceneRect(QRectF(-margin, -margin, view.width + 2 * margin,
                                 view.height + 2 * margin))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

        outline = QGraphicsPathItem(painter_path(view.outline))
        outline.setBrush(QBrush(palette.SKIN))
        outline.setPen(palette.cosmetic_pen(palette.OUTLINE, 1.6))
        self.addItem(outline)

        details = QPainterPath()
        for line in view.lines:
            details.addPath(line_path(line.points, line.closed))
        detail_item = QGraphicsPathItem(details)
        detail_item.setPen(palette.cosmetic_pen(palette.DETAIL, 1.0))
        detail_item.setZValue(1)
        self.addItem(detail_item)

        self.region_item = self._layer(2, QBrush(palette.REGION_HIGHLIGHT),
                                       palette.cosmetic_pen(palette.REGION_BORDER, 1.2))
        self.muscle_item = self._layer(3, QBrush(palette.MUSCLE_FILL),
                                       palette.cosmetic_pen(palette.MUSCLE_LINE, 1.0,
                                                            Qt.PenStyle.DashLine))
        self.spillover_item = self._layer(4, palette.spillover_brush(),
                                          palette.cosmetic_pen(palette.SPILLOVER, 0.8,
                                                               Qt.PenStyle.DotLine))
        self.essential_item = self._layer(5, palette.essential_brush(), QPen(Qt.PenStyle.NoPen))
        self.essential_item.setOpacity(0.82)
        # The interior lines stay visible through the zones, as on the charts.
        detail_item.setZValue(6)

        self.markers: dict[tuple[str, Side], MarkerItem] = {}
        for marker in atlas.markers(view_id):
            item = MarkerItem(marker, atlas.trigger_points[marker.trigger_point].name)
            self.addItem(item)
            self.markers[(marker.trigger_point, marker.side)] = item
        self._labels(view.width, view.height)
        self._selected: tuple[str, Side] | None = None
        self._dimmed = False

    def _layer(self, z: float, brush: QBrush, pen: QPen) -> QGraphicsPathItem:
        item = QGraphicsPathItem()
        item.setBrush(brush)
        item.setPen(pen)
        item.setZValue(z)
        self.addItem(item)
        return item

    def _labels(self, width: float, height: float) -> None:
        view = self.atlas.view(self.view_id)
        font = QFont()
        font.setPixelSize(44)
        font.setBold(True)
        title = QGraphicsSimpleTextItem(tr(view.name))
        title.setFont(font)
        title.setBrush(QBrush(palette.OUTLINE))
        title.setPos(QPointF(0, -36))
        self.addItem(title)
        side_font = QFont()
        side_font.setPixelSize(34)
        if self.view_id == "side":
            texts = [(tr("patient’s right side"), width / 2)]
        else:
            right_x = width * 0.18 if self.view_id == "front" else width * 0.82
            texts = [(tr("patient’s right"), right_x), (tr("patient’s left"), width - right_x)]
        for text, x in texts:
            label = QGraphicsSimpleTextItem(text)
            label.setFont(side_font)
            label.setBrush(QBrush(palette.DETAIL.darker(160)))
            rect = label.boundingRect()
            label.setPos(QPointF(x - rect.width() / 2, height - 30))
            self.addItem(label)

    # -- state -----------------------------------------------------------------------------
    def show_trigger_point(self, point_id: str | None, side: Side | None) -> None:
        """Highlight one side's trigger point, its zones and its muscle; None clears."""
        previous = self.markers.get(self._selected) if self._selected else None
        self._selected = (point_id, side) if point_id and side else None
        self._dim_others(self._selected is not None)
        if previous is not None:
            previous.set_selected(False)
            previous.setOpacity(DIMMED_OPACITY if self._dimmed else 1.0)
        essential = QPainterPath()
        spillover = QPainterPath()
        muscle = QPainterPath()
        if point_id and side:
            point = self.atlas.trigger_points[point_id]
            zones = point.zones_for(side, self.view_id)
            ess = [z.geometry for z in zones if z.kind == "essential"]
            spill = [z.geometry for z in zones if z.kind == "spillover"]
            if ess:
                essential = painter_path(unary_union(ess))
            if spill:
                spillover = painter_path(unary_union(spill))
            shape = self.atlas.muscle_of(point_id).shapes.get((self.view_id, side))
            if shape is not None:
                muscle = painter_path(shape)
            if (point_id, side) in self.markers:
                self.markers[(point_id, side)].set_selected(True)
                self.markers[(point_id, side)].setOpacity(1.0)
        self.essential_item.setPath(essential)
        self.spillover_item.setPath(spillover)
        self.muscle_item.setPath(muscle)

    def _dim_others(self, dim: bool) -> None:
        # With a point selected, the other markers step back so its pattern reads first.
        if dim != self._dimmed:
            self._dimmed = dim
            for item in self.markers.values():
                item.setOpacity(DIMMED_OPACITY if dim else 1.0)

    def show_region(self, region: Region | None) -> None:
        self.region_item.setPath(painter_path(region.geometry) if region else QPainterPath())

    def selected_marker(self) -> MarkerItem | None:
        return self.markers.get(self._selected) if self._selected else None
