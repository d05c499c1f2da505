"""Trigger point markers: every point of a view as a small X, and a big X for a point shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from bodymap.atlas.model import Marker
from bodymap.ui import palette

# Half-sizes of an X on screen. The atlas has a few hundred markers: unselected ones stay
# small and quiet so that the selected point and its zones are what the eye finds. The
# selected X is clear at arm's length but thin, with a narrow halo, so that the zone it sits
# in stays visible around and between its arms.
MARKER_PIXELS = 4.5
SELECTED_MARKER_PIXELS = 10.0
SELECTED_PEN_PIXELS = 2.6
HALO_PIXELS = 5.0


def _cross(half: float) -> QPainterPath:
    h = half * 0.75
    path = QPainterPath()
    path.moveTo(-h, -h)
    path.lineTo(h, h)
    path.moveTo(-h, h)
    path.lineTo(h, -h)
    return path


class MarkerItem(QGraphicsPathItem):
    """A trigger point shown big, as the charts draw it: an X with a white halo, a fixed size
    on screen, in `color` (black unless several candidates are told apart by colour)."""

    def __init__(self, marker: Marker) -> None:
        super().__init__(_cross(SELECTED_MARKER_PIXELS))
        self.marker = marker
        self.setPos(marker.x, marker.y)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(12)
        self.halo = QGraphicsPathItem(self.path(), self)
        self.halo.setPen(
            QPen(
                palette.translucent(QColor(Qt.GlobalColor.white), 210),
                HALO_PIXELS,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
            )
        )
        self.halo.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self.set_color(palette.MARKER_SELECTED)

    def set_color(self, color: QColor) -> None:
        self.setPen(
            QPen(color, SELECTED_PEN_PIXELS, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )

    def shape(self) -> QPainterPath:
        edge = SELECTED_MARKER_PIXELS + 4
        area = QPainterPath()
        area.addRect(QRectF(-edge, -edge, 2 * edge, 2 * edge))
        return area


class MarkerLayer(QGraphicsItem):
    """Every trigger point of a view as a small X, a fixed size on screen, in one item (a
    view has a few hundred: one item and one path rather than an item each). The X's are
    placed in device pixels from the linear part of the view's transform, and worked out again
    only when that changes (a zoom, a resize), not when the view scrolls."""

    def __init__(self, markers: Sequence[Marker], bounds: QRectF) -> None:
        super().__init__()
        self.markers = tuple(markers)
        self._bounds = bounds  # the canvas and its margin: an X never reaches further
        self._crosses = QPainterPath()
        self._for: tuple[float, float, float, float] | None = None
        self.dimmed = False
        self.restyle()
        self.setZValue(10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def restyle(self) -> None:
        """The X's in the palette now in force (bodymap.ui.theme)."""
        self._pens = {
            dimmed: QPen(palette.MARKER_DIMMED if dimmed else palette.MARKER, 1.5)
            for dimmed in (False, True)
        }
        self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        """Step back while a point is selected, so that its pattern reads first."""
        if dimmed != self.dimmed:
            self.dimmed = dimmed
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        transform = painter.worldTransform()
        linear = (transform.m11(), transform.m12(), transform.m21(), transform.m22())
        if linear != self._for:
            m11, m12, m21, m22 = linear
            h = MARKER_PIXELS * 0.75
            crosses = self._crosses = QPainterPath()
            for marker in self.markers:
                x = m11 * marker.x + m21 * marker.y
                y = m12 * marker.x + m22 * marker.y
                crosses.moveTo(x - h, y - h)
                crosses.lineTo(x + h, y + h)
                crosses.moveTo(x - h, y + h)
                crosses.lineTo(x + h, y - h)
            self._for = linear
        painter.save()
        painter.setWorldTransform(QTransform.fromTranslate(transform.dx(), transform.dy()))
        painter.setPen(self._pens[self.dimmed])
        painter.drawPath(self._crosses)
        painter.restore()
