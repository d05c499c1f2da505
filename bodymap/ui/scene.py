"""The scene of one view: the figure, a region highlighted, a trigger point's zones and
muscle, and the markers, in the view's canvas coordinates. Built once per view; showing a
point only changes paths and flags."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainterPath, QPen, QPixmapCache
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QToolTip,
)
from shapely.geometry.polygon import orient

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.model import Marker, Region, Side
from bodymap.atlas.patterns import pattern_geometry
from bodymap.state.wording import fill, side_words
from bodymap.ui import palette
from bodymap.ui.markers import MARKER_PIXELS, SELECTED_MARKER_PIXELS, MarkerItem, MarkerLayer
from bodymap.ui.painter_paths import line_path, painter_path, polygons_of
from bodymap.ui.translate import translate

MARGIN = 40.0  # canvas units around the canvas, so that nothing drawn touches the frame
# Cached items live in QPixmapCache (10 MB by default): room for the outline and lines of
# three full-screen views, so that a large kiosk screen does not evict them every frame.
PIXMAP_CACHE_KIB = 48 * 1024
FOCUS_Z = 4  # items at or above this height are highlights (zones, overlays, markers)


class BodyScene(QGraphicsScene):
    """Everything drawn in one view."""

    def __init__(self, atlas: Atlas, view_id: str) -> None:
        super().__init__()
        self.atlas = atlas
        view = atlas.view(view_id)
        self.view_id = view_id
        self.view_name = view.name
        self.setSceneRect(
            QRectF(-MARGIN, -MARGIN, view.width + 2 * MARGIN, view.height + 2 * MARGIN)
        )
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KIB))

        # The figure never changes: it is drawn into a cache once per zoom, not every frame.
        self.outline = self._path_item(
            0,
            painter_path(view.outline),
            QBrush(palette.SKIN),
            palette.cosmetic_pen(palette.OUTLINE, 1.6),
        )
        self.outline.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # What a selection shows, empty until then.
        self.region_item = self._path_item(
            2,
            QPainterPath(),
            QBrush(palette.REGION_HIGHLIGHT),
            palette.cosmetic_pen(palette.REGION_BORDER, 1.2),
        )
        self.muscle_item = self._path_item(
            3,
            QPainterPath(),
            QBrush(palette.MUSCLE_FILL),
            palette.cosmetic_pen(palette.MUSCLE_LINE, 1.0, Qt.PenStyle.DashLine),
        )
        # The anatomy layer: the other muscles of the shown point's body area, under it all.
        self.anatomy_item = self._path_item(
            2.5,
            QPainterPath(),
            QBrush(palette.ANATOMY_FILL),
            palette.cosmetic_pen(palette.ANATOMY_LINE, 0.8),
        )
        self._anatomy = False
        self.spillover_item = self._path_item(
            4,
            QPainterPath(),
            palette.spillover_brush(),
            palette.cosmetic_pen(palette.SPILLOVER, 0.8, Qt.PenStyle.DotLine),
        )
        self.essential_item = self._path_item(
            5, QPainterPath(), palette.essential_brush(), Qt.PenStyle.NoPen
        )
        self.essential_item.setOpacity(0.82)
        # The interior lines (clavicles, knee caps ...) stay visible through the zones, as on
        # the charts.
        lines = QPainterPath()
        for line in view.lines:
            lines.addPath(line_path(line.points, line.closed))
        self.lines = self._path_item(6, lines, QBrush(), palette.cosmetic_pen(palette.DETAIL, 1.0))
        self.lines.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

        self.marker_layer = MarkerLayer(atlas.markers(view_id), self.sceneRect())
        self.addItem(self.marker_layer)
        ring = QPainterPath()
        ring.addEllipse(QPointF(0, 0), SELECTED_MARKER_PIXELS + 5, SELECTED_MARKER_PIXELS + 5)
        self.focus_ring = self._path_item(13, ring, QBrush(), QPen(palette.FOCUS, 3.0))
        self.focus_ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.focus_ring.setVisible(False)
        self._markers = {(m.trigger_point, m.side): m for m in atlas.markers(view_id)}
        self._big: dict[tuple[str, Side], MarkerItem] = {}  # made when first shown
        self._selected: tuple[str, Side] | None = None
        self._all_markers = False  # keep every X on, faintly, while a pattern is shown
        # (point, side) -> its essential, spillover and muscle paths here, made once
        self._paths: dict[tuple[str, Side], tuple[QPainterPath, QPainterPath, QPainterPath]] = {}

    def restyle(self) -> None:
        """The figure in the palette now in force (normal or high contrast, bodymap.ui.theme):
        the same items, their pens and brushes given again."""
        self.outline.setBrush(QBrush(palette.SKIN))
        self.outline.setPen(palette.cosmetic_pen(palette.OUTLINE, 1.6))
        self.muscle_item.setBrush(QBrush(palette.MUSCLE_FILL))
        self.muscle_item.setPen(
            palette.cosmetic_pen(palette.MUSCLE_LINE, 1.0, Qt.PenStyle.DashLine)
        )
        self.anatomy_item.setBrush(QBrush(palette.ANATOMY_FILL))
        self.anatomy_item.setPen(palette.cosmetic_pen(palette.ANATOMY_LINE, 0.8))
        self.spillover_item.setBrush(palette.spillover_brush())
        self.spillover_item.setPen(
            palette.cosmetic_pen(palette.SPILLOVER, 0.8, Qt.PenStyle.DotLine)
        )
        self.essential_item.setBrush(palette.essential_brush())
        self.lines.setPen(palette.cosmetic_pen(palette.DETAIL, 1.0))
        self.focus_ring.setPen(QPen(palette.FOCUS, 3.0))
        self.marker_layer.restyle()
        for item in self.items():
            item.update()

    def _path_item(
        self, z: float, path: QPainterPath, brush: QBrush, pen: QPen | Qt.PenStyle
    ) -> QGraphicsPathItem:
        item = QGraphicsPathItem(path)
        item.setBrush(brush)
        item.setPen(pen)
        item.setZValue(z)
        self.addItem(item)
        return item

    # -- state -------------------------------------------------------------------------------
    def big_marker(self, point_id: str, side: Side) -> MarkerItem | None:
        """The big X of one side's point in this view (hidden until shown), or None when the
        point is not marked here."""
        key = (point_id, side)
        item = self._big.get(key)
        if item is None and key in self._markers:
            item = self._big[key] = MarkerItem(self._markers[key])
            item.setVisible(False)
            self.addItem(item)
        return item

    def show_trigger_point(self, point_id: str | None, side: Side | None) -> None:
        """Show one side's trigger point, its zones and its muscle; None shows none."""
        previous = self._big.get(self._selected) if self._selected else None
        if previous is not None:
            previous.setVisible(False)
        self._selected = (point_id, side) if point_id and side else None
        self._show_marker_layer()
        essential = spillover = muscle = QPainterPath()
        if point_id and side:
            essential, spillover, muscle = self._pattern_paths(point_id, side)
            marker = self.big_marker(point_id, side)
            if marker is not None:
                marker.setVisible(True)
        self.essential_item.setPath(essential)
        self.spillover_item.setPath(spillover)
        self.muscle_item.setPath(muscle)
        self._show_anatomy()

    def set_anatomy(self, on: bool) -> None:
        """Draw the muscles of the shown point's body area faintly under its pattern, or not."""
        self._anatomy = on
        self._show_anatomy()

    def _show_anatomy(self) -> None:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # overlapping muscles: one faint wash
        if self._anatomy and self._selected is not None:
            point_id, side = self._selected
            own = self.atlas.muscle_of(point_id)
            for muscle in self.atlas.muscles.values():
                shape = muscle.shapes.get((self.view_id, side))
                if muscle.body_area == own.body_area and muscle.id != own.id and shape:
                    # All turning one way, so that where muscles overlap the wash adds up.
                    for part in polygons_of(shape):
                        path.addPath(painter_path(orient(part)))
        self.anatomy_item.setPath(path)

    def show_focus(self, marker: Marker | None) -> None:
        """A ring around the trigger point the keyboard is on (none when it is elsewhere)."""
        if marker is None or marker.view != self.view_id:
            self.focus_ring.setVisible(False)
            return
        self.focus_ring.setPos(marker.x, marker.y)
        self.focus_ring.setVisible(True)

    def set_all_markers(self, on: bool) -> None:
        """Keep every trigger point's X on (faintly) while a pattern is shown, or not."""
        self._all_markers = on
        self._show_marker_layer()

    def _show_marker_layer(self) -> None:
        # Nothing shown: every X, to find points by. A pattern shown: only its own X, so that
        # no other X sits on the zones, unless all were asked for.
        selected = self._selected is not None
        self.marker_layer.set_dimmed(selected)
        self.marker_layer.setVisible(self._all_markers or not selected)

    def _pattern_paths(
        self, point_id: str, side: Side
    ) -> tuple[QPainterPath, QPainterPath, QPainterPath]:
        key = (point_id, side)
        if key not in self._paths:
            point = self.atlas.trigger_points[point_id]
            shape = self.atlas.muscle_of(point_id).shapes.get((self.view_id, side))
            self._paths[key] = (
                painter_path(pattern_geometry(point, self.view_id, side, "essential")),
                painter_path(pattern_geometry(point, self.view_id, side, "spillover")),
                painter_path(shape),
            )
        return self._paths[key]

    def show_region(self, region: Region | None) -> None:
        shown = region if region is not None and region.view == self.view_id else None
        self.region_item.setPath(painter_path(shown.geometry if shown is not None else None))

    def selected_marker(self) -> MarkerItem | None:
        return self._big.get(self._selected) if self._selected else None

    def focus_rect(self) -> QRectF | None:
        """What is highlighted now (zones, overlays, the selected X), or None: what "Zoom to
        the pattern" frames."""
        rect = QRectF()
        for item in self.items():
            if (
                item.zValue() < FOCUS_Z
                or not item.isVisible()
                or item in (self.lines, self.focus_ring)
            ):
                continue
            if isinstance(item, MarkerItem):
                rect = rect.united(QRectF(item.pos().x() - 25, item.pos().y() - 25, 50, 50))
            elif isinstance(item, QGraphicsPathItem) and not item.path().isEmpty():
                rect = rect.united(item.sceneBoundingRect())
        return None if rect.isEmpty() else rect

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """The name of the X under the pointer: the scene's only tooltips."""
        views = self.views()
        scale = abs(views[0].transform().m11()) if views else 1.0
        x, y = event.scenePos().x(), event.scenePos().y()
        marker = None
        shown = self.selected_marker()
        if shown is not None and (shown.pos() - event.scenePos()).manhattanLength() * scale <= 2 * (
            SELECTED_MARKER_PIXELS + 4
        ):
            marker = shown.marker
        elif self.marker_layer.isVisible():
            marker = self.atlas.pick(self.view_id, x, y, (MARKER_PIXELS + 4) / scale)
        if marker is None:
            QToolTip.hideText()
            event.ignore()
            return
        name = self.atlas.trigger_points[marker.trigger_point].name
        text = fill(translate("BodyScene", "%1 (%2)"), name, side_words(marker.side, translate))
        QToolTip.showText(event.screenPos(), text, event.widget())
        event.accept()
