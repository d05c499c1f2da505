"""A zoomable, pannable view of one BodyScene that turns taps and hovers into canvas points.

The view decides nothing: it maps screen positions to the view's canvas and emits them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from bodymap.ui.items import BodyScene, raster_fits
from bodymap.ui.lazy_qt import Qt

if TYPE_CHECKING:  # only named here; every Qt class touched costs the first frame a little
    from PySide6.QtCore import QPoint, SignalInstance
    from PySide6.QtGui import QMouseEvent, QResizeEvent, QWheelEvent

    from bodymap.ui.sketch import Raster

TAP_PIXELS = 22.0      # how near (screen pixels) a tap must be to a marker to pick it
DRAG_PIXELS = 8        # movement that turns a press into a pan
MAX_ZOOM = 8.0


class BodyView(QGraphicsView):
    tapped = Signal(str, float, float, float)   # view id, x, y, pick tolerance (canvas units)
    hovered = Signal(str, float, float, float)
    left = Signal(str)                           # the pointer left the view
    stroke_started = Signal(str, float, float)   # only while `painting`: view id, x, y
    stroke_moved = Signal(str, float, float)
    stroke_finished = Signal(str, float, float)

    def __init__(self, scene: BodyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.body_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Panning is a drag: no scroll bars. (Set by name: `Qt.ScrollBarPolicy` would build
        # Qt's namespace of enums before the first frame, `lazy_qt`.)
        self.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.setProperty("verticalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMouseTracking(True)
        # A viewport of our own: asking Qt for the one it made would make PySide look up its
        # class among every widget class, ~15 ms of the first frame (docs/performance.md).
        self._viewport = QWidget()
        self.setViewport(self._viewport)
        name = scene.view_name
        self.setAccessibleName(self.tr("%s view of the body") % name)
        self.setAccessibleDescription(self.tr(
            "Tap a trigger point marker to see its referred pain; tap the body to name "
            "the region."))
        self.zoom = 1.0
        self._press: QPoint | None = None
        self._panning = False
        # While painting, a drag paints instead of panning (the stroke_* signals).
        self.painting = False
        self._stroking = False

    def attach(self) -> None:
        """Touch and pinch, once the atlas is there to answer them."""
        self._viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self._viewport.grabGesture(Qt.GestureType.PinchGesture)

    @property
    def view_id(self) -> str:
        return self.body_scene.view_id

    # -- zoom ------------------------------------------------------------------------------
    def _fit(self) -> None:
        """The whole canvas in the view, centred, times the zoom. (What `fitInView` does with
        `Qt.AspectRatioMode.KeepAspectRatio`, without Qt's namespace of enums, `lazy_qt`.)"""
        self.resetTransform()
        rect = self.sceneRect()
        area = QRectF(self.viewport().rect()).adjusted(2, 2, -2, -2)  # fitInView's margin
        if rect.isEmpty() or area.isEmpty():
            return
        ratio = min(area.width() / rect.width(), area.height() / rect.height())
        self.scale(ratio, ratio)
        self.centerOn(rect.center())
        if self.zoom != 1.0:
            self.scale(self.zoom, self.zoom)
        self.body_scene.fitted(self.viewportTransform(), self.devicePixelRatioF(),
                               self.viewport().size())

    def figure_raster(self, kept: Raster | None = None) -> Raster | None:
        """The figure as this view shows it now, for the next start's first frame: `kept`
        when it is that already, drawn otherwise; None when zoomed in (the next start shows
        the whole body)."""
        if self.zoom != 1.0:
            return None
        placement = (self.viewportTransform(), self.devicePixelRatioF(), self.viewport().size())
        if kept is not None and raster_fits(kept, *placement):
            return kept
        return self.body_scene.figure_raster(*placement)

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        zoom = max(1.0, min(MAX_ZOOM, zoom))
        if anchor is None:
            anchor = self.mapToScene(self.viewport().rect().center())
        self.zoom = zoom
        self._fit()
        self.centerOn(anchor)

    def zoom_to(self, rect: QRectF, margin: float = 0.12) -> None:
        """Zoom so that `rect` (canvas units) fills the view, with a margin around it."""
        self.zoom = 1.0
        self._fit()
        base = self.scale_factor()
        area = self.viewport().rect()
        wanted = min(area.width() / (rect.width() * (1 + 2 * margin)),
                     area.height() / (rect.height() * (1 + 2 * margin)))
        self.set_zoom(wanted / base, rect.center())

    def reset_zoom(self) -> None:
        self.zoom = 1.0
        self._fit()

    def scale_factor(self) -> float:
        return self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        centre = self.mapToScene(self.viewport().rect().center())
        self._fit()
        if self.zoom != 1.0:
            self.centerOn(centre)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if not steps:
            return
        before = self.mapToScene(event.position().toPoint())
        self.zoom = max(1.0, min(MAX_ZOOM, self.zoom * (1.18 ** steps)))
        self._fit()
        # Keep the point under the pointer where it was.
        after = self.mapToScene(event.position().toPoint())
        centre = self.mapToScene(self.viewport().rect().center())
        self.centerOn(centre + (before - after))
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Gesture:
            return super().viewportEvent(event)
        from PySide6.QtWidgets import QGestureEvent, QPinchGesture

        if isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.mapToScene(self.viewport().mapFromGlobal(
                    pinch.centerPoint().toPoint()))
                self.set_zoom(self.zoom * pinch.scaleFactor(), centre)
                event.accept()
                return True
        return super().viewportEvent(event)

    # -- taps, drags and hovers --------------------------------------------------------------
    def _emit(self, signal: SignalInstance, pos: QPoint) -> None:
        point = self.mapToScene(pos)
        signal.emit(self.view_id, point.x(), point.y(), TAP_PIXELS / self.scale_factor())

    def _stroke(self, signal: SignalInstance, event: QMouseEvent) -> None:
        point = self.mapToScene(event.position().toPoint())
        signal.emit(self.view_id, point.x(), point.y())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.painting and event.button() == Qt.MouseButton.LeftButton:
            self._stroking = True
            self._stroke(self.stroke_started, event)
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._panning = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._stroking:
            self._stroke(self.stroke_moved, event)
            return
        pos = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not self._panning and (pos - self._press).manhattanLength() > DRAG_PIXELS:
                self._panning = self.zoom > 1.0
            if self._panning:
                delta = pos - self._press
                self._press = pos
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
                self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        self._emit(self.hovered, pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._stroking and event.button() == Qt.MouseButton.LeftButton:
            self._stroking = False
            self._stroke(self.stroke_finished, event)
            return
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._panning:
                self._emit(self.tapped, event.position().toPoint())
            self._press = None
            self._panning = False
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A double tap is two taps for the selection; zoom stays with wheel and pinch.
        self.mousePressEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.left.emit(self.view_id)
        super().leaveEvent(event)
