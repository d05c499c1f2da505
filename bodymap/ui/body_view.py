"""A zoomable, pannable view of one BodyScene that turns taps and hovers into canvas points.

The view decides nothing: it maps screen positions to the view's canvas and emits them. It
also writes the view's name and the patient's sides over the figure, at a size that reads
at every zoom and in corners that stay on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from bodymap.atlas.model import Side
from bodymap.state.wording import side_words
from bodymap.ui import palette
from bodymap.ui.scene import BodyScene
from bodymap.ui.translate import translate

TAP_PIXELS = 22.0  # how near (screen pixels) a tap must be to a marker to pick it
DRAG_PIXELS = 8  # movement that turns a press into a pan
MAX_ZOOM = 8.0
LABEL_MARGIN = 8  # pixels between a label and the edge of the view


class BodyView(QGraphicsView):
    tapped = Signal(str, float, float, float)  # view id, x, y, pick tolerance (canvas units)
    hovered = Signal(str, float, float, float)
    left = Signal(str)  # the pointer left the view
    stroke_started = Signal(str, float, float)  # only while `painting`: view id, x, y
    stroke_moved = Signal(str, float, float)
    stroke_finished = Signal(str, float, float)
    key_step = Signal(str, int)  # arrow keys: to the next (+1) or previous (-1) trigger point
    key_choose = Signal(str)  # Enter or Space: the point the keyboard is on

    def __init__(self, scene: BodyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.body_scene = scene
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Panning is a drag: no scroll bars.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMouseTracking(True)
        # A viewport of our own, made here: PySide would otherwise have to look up the class
        # of the one Qt makes among all its widget classes.
        self.setViewport(QWidget())
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setAccessibleName(self.tr("%1 view of the body").replace("%1", scene.view_name))
        self.setAccessibleDescription(
            self.tr(
                "Tap a trigger point marker to see its referred pain; tap the body to name "
                "the region."
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the body, from the keyboard too
        self.zoom = 1.0
        self.mirrored = False  # left and right swapped: as the client sees themself
        self._press: QPoint | None = None
        self._panning = False
        # While painting, a drag paints instead of panning (the stroke_* signals).
        self.painting = False
        self._stroking = False

    @property
    def view_id(self) -> str:
        return self.body_scene.view_id

    # -- zoom ------------------------------------------------------------------------------
    def _fit(self) -> None:
        """The whole canvas in the view, centred, times the zoom; mirrored left to right when
        the figure is shown as the client sees themself."""
        self.resetTransform()
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom != 1.0:
            self.scale(self.zoom, self.zoom)
        if self.mirrored:
            self.scale(-1.0, 1.0)

    def set_mirrored(self, on: bool) -> None:
        """As the client sees themself (in a mirror) rather than as one faces them."""
        if on != self.mirrored:
            self.mirrored = on
            self._fit()
            self.viewport().update()

    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        if zoom != zoom:  # NaN: a pinch gone wrong
            return
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
        wanted = min(
            area.width() / (rect.width() * (1 + 2 * margin)),
            area.height() / (rect.height() * (1 + 2 * margin)),
        )
        self.set_zoom(wanted / base, rect.center())

    def reset_zoom(self) -> None:
        self.zoom = 1.0
        self._fit()

    def scale_factor(self) -> float:
        return abs(self.transform().m11())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        centre = self.mapToScene(self.viewport().rect().center())
        self._fit()
        if self.zoom != 1.0:
            self.centerOn(centre)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # a view shown again fits the size it has now

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if not steps:
            return
        before = self.mapToScene(event.position().toPoint())
        self.zoom = max(1.0, min(MAX_ZOOM, self.zoom * (1.18**steps)))
        self._fit()
        # Keep the point under the pointer where it was.
        after = self.mapToScene(event.position().toPoint())
        centre = self.mapToScene(self.viewport().rect().center())
        self.centerOn(centre + (before - after))
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.mapToScene(
                    self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                )
                self.set_zoom(self.zoom * pinch.scaleFactor(), centre)
                event.accept()
                return True
        return super().viewportEvent(event)

    # -- the view's name and the patient's sides -------------------------------------------
    def labels(self) -> list[tuple[str, Qt.AlignmentFlag]]:
        """What is written over the figure, and the corner of the canvas it belongs to."""
        bottom_left = Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft
        bottom_right = Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight
        view = self.body_scene.atlas.view(self.view_id)
        if view.lateral:
            words = {
                "right": translate("BodyView", "patient’s right side"),
                "left": translate("BodyView", "patient’s left side"),
            }
            sides = [
                (words[view.sides[0]], Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)
            ]
        else:
            # the side on the viewer's left (the other one when mirrored)
            left_side: Side = view.side_at(view.width if self.mirrored else 0.0) or "right"
            right_side: Side = "left" if left_side == "right" else "right"
            sides = [
                (side_words(left_side, translate), bottom_left),
                (side_words(right_side, translate), bottom_right),
            ]
        title = translate("Views", self.body_scene.view_name)
        if self.mirrored:
            title += " · " + translate("BodyView", "as the client sees themself")
        return [(title, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft), *sides]

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        canvas = self.mapFromScene(self.sceneRect()).boundingRect()
        area = QRectF(self.viewport().rect()).adjusted(
            LABEL_MARGIN, LABEL_MARGIN, -LABEL_MARGIN, -LABEL_MARGIN
        )
        # The canvas's corners, kept within the view when zoomed in.
        box = (
            QRectF(canvas)
            .adjusted(LABEL_MARGIN, LABEL_MARGIN, -LABEL_MARGIN, -LABEL_MARGIN)
            .intersected(area)
        )
        painter.save()
        painter.resetTransform()
        labels = self.labels()
        # The two sides' words must not meet under a narrow figure (large text, a small
        # window): spread to the view's edges, then smaller if even that is not enough.
        metrics = QFontMetricsF(self.font())
        sides_width = sum(metrics.horizontalAdvance(text) for text, _ in labels[1:]) + 16
        side_box = box if box.width() >= sides_width else area
        side_font = QFont(self.font())
        if side_box.width() < sides_width and len(labels) > 2:
            shrink = max(0.6, side_box.width() / sides_width)
            if side_font.pointSizeF() > 0:
                side_font.setPointSizeF(side_font.pointSizeF() * shrink)
            else:
                side_font.setPixelSize(max(8, round(side_font.pixelSize() * shrink)))
        (title, title_corner), *sides = labels
        for text, corner in sides:
            painter.setFont(side_font)
            painter.setPen(palette.LABEL)
            painter.drawText(side_box, int(corner), text)
        font = QFont(self.font())  # the view's name, bold and a little larger
        font.setBold(True)
        if font.pointSizeF() > 0:  # a stylesheet may size in pixels
            font.setPointSizeF(font.pointSizeF() * 1.15)
        else:
            font.setPixelSize(round(font.pixelSize() * 1.15))
        painter.setFont(font)
        painter.setPen(palette.OUTLINE)
        # over a narrow figure the name would sit on its head: the view's corner instead
        wide = box.width() >= 2.5 * QFontMetricsF(font).horizontalAdvance(title)
        painter.drawText(box if wide else area, int(title_corner), title)
        painter.restore()

    # -- taps, drags and hovers --------------------------------------------------------------
    def _emit(self, signal: SignalInstance, pos: QPoint) -> None:
        point = self.mapToScene(pos)
        signal.emit(self.view_id, point.x(), point.y(), TAP_PIXELS / self.scale_factor())

    def _stroke(self, signal: SignalInstance, event: QMouseEvent) -> None:
        point = self.mapToScene(event.position().toPoint())
        signal.emit(self.view_id, point.x(), point.y())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows move between the trigger points in reading order; Enter or Space shows the
        one the keyboard is on; + and - zoom."""
        key = Qt.Key(event.key())
        steps = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }
        if key in steps:
            self.key_step.emit(self.view_id, steps[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.key_choose.emit(self.view_id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom * 1.25)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom / 1.25)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.accept()
            return
        if self.painting:
            self._stroking = True
            self._stroke(self.stroke_started, event)
            return
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
