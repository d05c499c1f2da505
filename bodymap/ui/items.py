"""The scene of one view: outline, interior lines, regions, zones and trigger point markers.

Items are built once from the atlas; selecting a trigger point only changes paths and flags.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QPixmapCache
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)
from shapely import unary_union

from bodymap.atlas import Atlas, Marker, Region, Side
from bodymap.ui import palette
from bodymap.ui.paths import line_path, painter_path

# Half-sizes of an X on screen. The atlas has a few hundred markers: unselected ones stay
# small and quiet so that the selected point and its zones are what the eye finds.
MARKER_PIXELS = 4.5
SELECTED_MARKER_PIXELS = 13.0
# Cached items live in QPixmapCache (10 MB by default): room for the outline and lines of
# three full-screen views, so that a large kiosk screen does not evict them every frame.
PIXMAP_CACHE_KIB = 48 * 1024
DIMMED_OPACITY = 0.4
FOCUS_Z = 4  # items at or above this height are highlights (zones, overlays, markers)
_NO_PATH = QPainterPath()


def tr(text: str) -> str:
    return QCoreApplication.translate("BodyScene", text)


class MarkerItem(QGraphicsPathItem):
    """A trigger point drawn as the charts draw it: an X, a fixed size on screen.

    A path item, so that Qt paints and measures a few hundred of them without calling back
    into Python; the selected X gets a white halo, a child item drawn behind it.
    """

    def __init__(self, marker: Marker, name: str) -> None:
        look = _marker_look(False)
        super().__init__(look.cross)
        self.setPen(look.pens[-1])
        self.marker = marker
        self.selected = False
        self._halo: QGraphicsPathItem | None = None
        self.setPos(marker.x, marker.y)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setToolTip(f"{name} ({tr('patient’s ' + marker.side)})")
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        # Drawn once into a small pixmap and blitted after that: no antialiased stroking of
        # every X on every frame.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_selected(self, selected: bool) -> None:
        if selected == self.selected:
            return
        self.selected = selected
        look = _marker_look(selected)
        self.setPath(look.cross)
        self.setPen(look.pens[-1])
        if selected and self._halo is None:
            self._halo = QGraphicsPathItem(look.cross, self)
            self._halo.setPen(look.pens[0])
            self._halo.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
            self._halo.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if self._halo is not None:
            self._halo.setVisible(selected)
        self.setZValue(12 if selected else 10)

    def shape(self) -> QPainterPath:
        # The whole square around the X answers the pointer (for its tooltip), not the strokes.
        return _marker_look(self.selected).area


class _MarkerLook:
    """The path, pens and area of an X of one size, made once rather than on every paint."""

    def __init__(self, half: float, pens: tuple[QPen, ...]) -> None:
        h = half * 0.75
        self.cross = QPainterPath()
        self.cross.moveTo(-h, -h)
        self.cross.lineTo(h, h)
        self.cross.moveTo(-h, h)
        self.cross.lineTo(h, -h)
        self.pens = pens  # drawn in this order: the halo (if any), then the X
        edge = half + 4
        self.area = QPainterPath()
        self.area.addRect(QRectF(-edge, -edge, 2 * edge, 2 * edge))


_LOOKS: dict[bool, _MarkerLook] = {}


def _marker_look(selected: bool) -> _MarkerLook:
    look = _LOOKS.get(selected)
    if look is None:
        def pen(color: QColor, width: float) -> QPen:
            return QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)

        look = _LOOKS[selected] = (
            _MarkerLook(SELECTED_MARKER_PIXELS, (pen(QColor(255, 255, 255, 235), 7.0),
                                                 pen(palette.MARKER_SELECTED, 3.4)))
            if selected else _MarkerLook(MARKER_PIXELS, (pen(palette.MARKER, 1.5),)))
    return look


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
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KIB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KIB)

        outline = QGraphicsPathItem(painter_path(view.outline))
        outline.setBrush(QBrush(palette.SKIN))
        outline.setPen(palette.cosmetic_pen(palette.OUTLINE, 1.6))
        self.addItem(outline)
        # The figure never changes: filling its long outline once per zoom, not per frame.
        outline.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

        details = QPainterPath()
        for line in view.lines:
            details.addPath(line_path(line.points, line.closed))
        detail_item = QGraphicsPathItem(details)
        detail_item.setPen(palette.cosmetic_pen(palette.DETAIL, 1.0))
        detail_item.setZValue(1)
        self.addItem(detail_item)
        detail_item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

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
        self._figure_lines = detail_item

        self.markers: dict[tuple[str, Side], MarkerItem] = {}
        for marker in atlas.markers(view_id):
            item = MarkerItem(marker, atlas.trigger_points[marker.trigger_point].name)
            self.addItem(item)
            self.markers[(marker.trigger_point, marker.side)] = item
        self._labels(view.width, view.height)
        self._selected: tuple[str, Side] | None = None
        self._dimmed = False
        # (point, side) -> its paths here; at most two per trigger point, kept for the session
        self._paths: dict[tuple[str, Side], tuple[QPainterPath, QPainterPath,
                                                  QPainterPath]] = {}

    def _layer(self, z: float, brush: QBrush, pen: QPen) -> QGraphicsPathItem:
        item = QGraphicsPathItem()
        item.setBrush(brush)
        item.setPen(pen)
        item.setZValue(z)
        self.addItem(item)
        return item

    def _labels(self, width: float, height: float) -> None:
        view = self.atlas.view(self.view_id)
        # Text in canvas units, scaled with the canvas: every view is fitted to the same
        # height on screen, so the labels read the same size whatever the canvas.
        unit = height / 2000.0
        font = QFont()
        font.setPixelSize(round(44 * unit))
        font.setBold(True)
        title = QGraphicsSimpleTextItem(tr(view.name))
        title.setFont(font)
        title.setBrush(QBrush(palette.OUTLINE))
        title.setPos(QPointF(0, -36 * unit))
        self.addItem(title)
        side_font = QFont()
        side_font.setPixelSize(round(34 * unit))
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
            label.setPos(QPointF(x - rect.width() / 2, height - 30 * unit))
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
        essential = spillover = muscle = _NO_PATH
        if point_id and side:
            essential, spillover, muscle = self._pattern_paths(point_id, side)
            if (point_id, side) in self.markers:
                self.markers[(point_id, side)].set_selected(True)
                self.markers[(point_id, side)].setOpacity(1.0)
        self.essential_item.setPath(essential)
        self.spillover_item.setPath(spillover)
        self.muscle_item.setPath(muscle)

    def _pattern_paths(self, point_id: str, side: Side
                       ) -> tuple[QPainterPath, QPainterPath, QPainterPath]:
        """The essential, spillover and muscle paths of one side's point, made once each."""
        key = (point_id, side)
        paths = self._paths.get(key)
        if paths is None:
            zones = self.atlas.trigger_points[point_id].zones_for(side, self.view_id)
            ess = [z.geometry for z in zones if z.kind == "essential"]
            spill = [z.geometry for z in zones if z.kind == "spillover"]
            shape = self.atlas.muscle_of(point_id).shapes.get((self.view_id, side))
            paths = self._paths[key] = (
                painter_path(unary_union(ess)) if ess else _NO_PATH,
                painter_path(unary_union(spill)) if spill else _NO_PATH,
                painter_path(shape) if shape is not None else _NO_PATH,
            )
        return paths

    def _dim_others(self, dim: bool) -> None:
        # With a point selected, the other markers step back so its pattern reads first.
        if dim != self._dimmed:
            self._dimmed = dim
            for item in self.markers.values():
                item.setOpacity(DIMMED_OPACITY if dim else 1.0)

    def show_region(self, region: Region | None) -> None:
        self.region_item.setPath(painter_path(region.geometry) if region else QPainterPath())

    def focus_rect(self) -> QRectF | None:
        """What is highlighted now (zones, overlays, the selected X), or None: what "Zoom to
        the pattern" frames."""
        rect = QRectF()
        for item in self.items():
            if item.zValue() < FOCUS_Z or not item.isVisible() or item is self._figure_lines:
                continue
            if isinstance(item, MarkerItem):
                if item.selected:
                    rect = rect.united(QRectF(item.pos().x() - 25, item.pos().y() - 25, 50, 50))
            elif isinstance(item, QGraphicsPathItem) and not item.path().isEmpty():
                rect = rect.united(item.sceneBoundingRect())
        return None if rect.isEmpty() else rect

    def selected_marker(self) -> MarkerItem | None:
        return self.markers.get(self._selected) if self._selected else None
