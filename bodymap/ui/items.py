"""The scene of one view: outline, interior lines, regions, zones and trigger point markers.

Items are built once from the view's sketch (`bodymap.ui.sketch`), before the atlas is there;
the atlas, once attached, gives the zones and muscles. Selecting a trigger point only
changes paths and flags.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmapCache,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from bodymap.ui import palette
from bodymap.ui.lazy_qt import Qt
from bodymap.ui.paths import painter_path

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QGraphicsSceneHelpEvent

    from bodymap.atlas import Atlas, Region, Side
    from bodymap.ui.sketch import Raster, Sketch, Spot, ViewSketch

# Half-sizes of an X on screen. The atlas has a few hundred markers: unselected ones stay
# small and quiet so that the selected point and its zones are what the eye finds.
MARKER_PIXELS = 4.5
SELECTED_MARKER_PIXELS = 13.0
# Cached items live in QPixmapCache (10 MB by default): room for the outline and lines of
# three full-screen views, so that a large kiosk screen does not evict them every frame.
PIXMAP_CACHE_KIB = 48 * 1024
FOCUS_Z = 4  # items at or above this height are highlights (zones, overlays, markers)
_NO_PATH = QPainterPath()


def tr(text: str) -> str:
    return QCoreApplication.translate("BodyScene", text)


class MarkerItem(QGraphicsPathItem):
    """A trigger point shown big, as the charts draw it: an X with a white halo, a fixed size
    on screen. Made for the selected point (and the candidates "Where does it hurt?" lays
    over the drawing); every other X of a view is drawn by its `MarkerLayer`.
    """

    def __init__(self, spot: Spot) -> None:
        look = _marker_look(True)
        super().__init__(look.cross)
        self.setPen(look.pens[-1])
        self.spot = spot
        self.setPos(spot.x, spot.y)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(12)
        halo = QGraphicsPathItem(look.cross, self)
        halo.setPen(look.pens[0])
        halo.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)

    def shape(self) -> QPainterPath:
        return _marker_look(True).area


class MarkerLayer(QGraphicsItem):
    """Every trigger point of a view as a small X, a fixed size on screen, in one item.

    One item and one stroked path per frame rather than an item per X: a view has up to a
    few hundred, and the first frame is drawn before the atlas is loaded. The path is worked
    out again only when the view's scale changes (zoom, resize), not when it scrolls. (A path
    and `strokePath` rather than `setPen` and `drawLines`: PySide would build Qt's namespace
    of enums to choose between `setPen`'s overloads, `lazy_qt`.)
    """

    def __init__(self, spots: tuple[Spot, ...], bounds: QRectF) -> None:
        super().__init__()
        self.spots = spots
        self._bounds = bounds   # the canvas and its margin: an X never reaches further
        self._crosses = QPainterPath()
        self._for: tuple[float, ...] | None = None
        self.dimmed = False
        self.setZValue(10)

    def set_dimmed(self, dimmed: bool) -> None:
        """Step back (a fainter pen) while a point is selected, so its pattern reads first.
        A pen rather than the item's opacity: the cached layer is then blitted as it is."""
        if dimmed != self.dimmed:
            self.dimmed = dimmed
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: object, widget: object = None) -> None:
        transform = painter.worldTransform()
        # The X's are worked out in device pixels from the linear part of the transform only:
        # scrolling, and painting the view into another device (a grab, a print), only move
        # them, and reuse them.
        m11, m12, m21, m22 = transform.m11(), transform.m12(), transform.m21(), transform.m22()
        if (m11, m12, m21, m22) != self._for:
            h = MARKER_PIXELS * 0.75
            crosses = self._crosses = QPainterPath()
            for spot in self.spots:
                x = m11 * spot.x + m21 * spot.y
                y = m12 * spot.x + m22 * spot.y
                crosses.moveTo(x - h, y - h)
                crosses.lineTo(x + h, y + h)
                crosses.moveTo(x - h, y + h)
                crosses.lineTo(x + h, y - h)
            self._for = (m11, m12, m21, m22)
        painter.save()
        painter.setWorldTransform(QTransform.fromTranslate(transform.dx(), transform.dy()))
        painter.strokePath(self._crosses, _marker_look(False).pens[1 if self.dimmed else 0])
        painter.restore()

    @staticmethod
    def nearest(spots: Iterable[Spot], x: float, y: float, reach: float) -> Spot | None:
        """The spot nearest to (x, y) within `reach` canvas units, if any."""
        best, best_distance = None, reach * reach
        for spot in spots:
            distance = (spot.x - x) ** 2 + (spot.y - y) ** 2
            if distance <= best_distance:
                best, best_distance = spot, distance
        return best


def raster_fits(raster: Raster, transform: QTransform, ratio: float, size: QSize) -> bool:
    """Whether `raster` is what the figure looks like in a view with `transform`, at `ratio`
    device pixels per pixel, `size` pixels large."""
    now = (transform.m11(), transform.m22(), transform.dx(), transform.dy())
    return (transform.m12() == 0.0 and transform.m21() == 0.0 and raster.ratio == ratio
            and (raster.width, raster.height) == (round(size.width() * ratio),
                                                  round(size.height() * ratio))
            and max(abs(a - b) for a, b in zip(now, raster.transform, strict=True)) < 1e-6)


class RasterItem(QGraphicsItem):
    """A view's figure as the last run drew it (`sketch.Raster`), blitted in device pixels in
    its stead: the first frame then does not stroke the long outline again (0.6 against
    3.0 ms a view here). Shown only while the view's transform is the one it was drawn for,
    and until the atlas comes."""

    def __init__(self, raster: Raster, bounds: QRectF) -> None:
        super().__init__()
        self.raster = raster
        self._image = QImage(raster.pixels, raster.width, raster.height, raster.width * 4,
                             QImage.Format.Format_ARGB32_Premultiplied)
        self._image.setDevicePixelRatio(raster.ratio)
        self._bounds = bounds   # the canvas and its margin: the figure lies within

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: object, widget: object = None) -> None:
        painter.save()
        painter.resetTransform()   # the view's own pixels, where the raster was drawn
        painter.drawImage(QPointF(0.0, 0.0), self._image)
        painter.restore()


class _MarkerLook:
    """The path, pens and area of an X of one size, made once rather than on every paint."""

    def __init__(self, half: float, pens: tuple[QPen, ...]) -> None:
        h = half * 0.75
        self.cross = QPainterPath()
        self.cross.moveTo(-h, -h)
        self.cross.lineTo(h, h)
        self.cross.moveTo(-h, h)
        self.cross.lineTo(h, -h)
        # The big X: its halo, then the X. The small ones: the X, then the X stepped back.
        self.pens = pens
        edge = half + 4
        self.area = QPainterPath()
        self.area.addRect(QRectF(-edge, -edge, 2 * edge, 2 * edge))


_LOOKS: dict[bool, _MarkerLook] = {}


def _marker_look(selected: bool) -> _MarkerLook:
    look = _LOOKS.get(selected)
    if look is None:
        def pen(color: QColor, width: float) -> QPen:
            return QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)

        # The small X's square-ended: at 1.5 px they look the same as round ends, and
        # antialiased round ends cost ten times as much to draw (a few ms per frame). They
        # are drawn in device pixels, so their pens need not be cosmetic.
        look = _LOOKS[selected] = (
            _MarkerLook(SELECTED_MARKER_PIXELS, (pen(QColor(255, 255, 255, 235), 7.0),
                                                 pen(palette.MARKER_SELECTED, 3.4)))
            if selected else _MarkerLook(MARKER_PIXELS, (
                palette.figure_pen(palette.MARKER, 1.5, cosmetic=False),
                palette.figure_pen(palette.MARKER_DIMMED, 1.5, cosmetic=False))))
    return look


class BodyScene(QGraphicsScene):
    """Everything drawn in one view, in the view's canvas coordinates."""

    def __init__(self, view: ViewSketch, sketch: Sketch, atlas: Atlas | None = None) -> None:
        super().__init__()
        self.atlas: Atlas | None = None   # until the window has loaded it (`attach`)
        self.view_id = view.id
        self.view_name = view.name
        margin = 40.0
        self.setSceneRect(QRectF(-margin, -margin, view.width + 2 * margin,
                                 view.height + 2 * margin))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KIB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KIB)

        outline = QGraphicsPathItem(view.outline)
        outline.setBrush(palette.solid_brush(palette.SKIN))
        outline.setPen(palette.figure_pen(palette.OUTLINE, 1.6))
        self.addItem(outline)

        detail_item = QGraphicsPathItem(view.lines)
        detail_item.setPen(palette.figure_pen(palette.DETAIL, 1.0))
        detail_item.setZValue(1)
        self.addItem(detail_item)
        self._figure = (outline, detail_item)

        # What a selection shows, empty until then; their looks come with the atlas.
        self.region_item = self._layer(2)
        self.muscle_item = self._layer(3)
        self.spillover_item = self._layer(4)
        self.essential_item = self._layer(5)
        self.essential_item.setOpacity(0.82)
        # The interior lines stay visible through the zones, as on the charts.
        detail_item.setZValue(6)
        self._figure_lines = detail_item

        raster = sketch.rasters.get(view.id)
        self._raster = RasterItem(raster, self.sceneRect()) if raster is not None else None
        if self._raster is not None:
            self._raster.setVisible(False)   # until a view fits it (`fitted`)
            self.addItem(self._raster)

        self.sketch = sketch
        self.spots = {(spot.point_id, spot.side): spot for spot in view.markers}
        self.marker_layer = MarkerLayer(view.markers, self.sceneRect())
        self.addItem(self.marker_layer)
        self._big: dict[tuple[str, Side], MarkerItem] = {}   # made when first shown big
        self._labels(view)
        self._selected: tuple[str, Side] | None = None
        # (point, side) -> its paths here; at most two per trigger point, kept for the session
        self._paths: dict[tuple[str, Side], tuple[QPainterPath, QPainterPath,
                                                  QPainterPath]] = {}
        if atlas is not None:
            self.attach(atlas)

    def _layer(self, z: float) -> QGraphicsPathItem:
        item = QGraphicsPathItem()
        item.setZValue(z)
        self.addItem(item)
        return item

    def attach(self, atlas: Atlas) -> None:
        """The atlas this scene's sketch was made from: its zones and muscles can be shown."""
        self.atlas = atlas
        if self._raster is not None:   # the zones go between the figure and its lines
            self.removeItem(self._raster)
            self._raster = None
            for shape in self._figure:
                shape.setVisible(True)
        self.region_item.setBrush(palette.solid_brush(palette.REGION_HIGHLIGHT))
        self.region_item.setPen(palette.cosmetic_pen(palette.REGION_BORDER, 1.2))
        self.muscle_item.setBrush(palette.solid_brush(palette.MUSCLE_FILL))
        self.muscle_item.setPen(palette.cosmetic_pen(palette.MUSCLE_LINE, 1.0,
                                                     Qt.PenStyle.DashLine))
        self.spillover_item.setBrush(palette.spillover_brush())
        self.spillover_item.setPen(palette.cosmetic_pen(palette.SPILLOVER, 0.8,
                                                        Qt.PenStyle.DotLine))
        self.essential_item.setBrush(palette.essential_brush())
        self.essential_item.setPen(QPen(Qt.PenStyle.NoPen))
        # The figure never changes: from now on its long outline is filled once per zoom,
        # not on every frame. (Not for the first frame, which would draw it twice: into the
        # cache, then from it.)
        for item in (*self._figure, self.marker_layer):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def fitted(self, transform: QTransform, ratio: float, size: QSize) -> None:
        """A view has fitted the canvas with `transform` (at `ratio` device pixels per pixel,
        `size` pixels large): the last run's raster of the figure stands in for it if it was
        drawn for just that."""
        if self._raster is None:
            return
        fits = raster_fits(self._raster.raster, transform, ratio, size)
        self._raster.setVisible(fits)
        for item in self._figure:
            item.setVisible(not fits)

    def figure_raster(self, transform: QTransform, ratio: float, size: QSize) -> Raster:
        """The figure drawn as a view with `transform` shows it, for the next start."""
        from bodymap.ui.sketch import Raster

        width, height = round(size.width() * ratio), round(size.height() * ratio)
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(transform)
        for item in self._figure:   # as the items paint themselves: the skin, then the lines
            painter.setPen(item.pen())
            painter.setBrush(item.brush())
            painter.drawPath(item.path())
        painter.end()
        return Raster((transform.m11(), transform.m22(), transform.dx(), transform.dy()),
                      ratio, width, height, bytes(image.constBits()))

    def _labels(self, view: ViewSketch) -> None:
        width, height = view.width, view.height
        # Text in canvas units, scaled with the canvas: every view is fitted to the same
        # height on screen, so the labels read the same size whatever the canvas.
        unit = height / 2000.0
        font = QFont()
        font.setPixelSize(round(44 * unit))
        font.setBold(True)
        title = QGraphicsSimpleTextItem(tr(view.name))
        title.setFont(font)
        title.setBrush(palette.solid_brush(palette.OUTLINE))
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
            label.setBrush(palette.solid_brush(palette.DETAIL.darker(160)))
            rect = label.boundingRect()
            label.setPos(QPointF(x - rect.width() / 2, height - 30 * unit))
            self.addItem(label)

    # -- state -----------------------------------------------------------------------------
    def big_marker(self, key: tuple[str, Side]) -> MarkerItem | None:
        """The big X of one side's point in this view (hidden until shown), or None when the
        point has no marker here."""
        item = self._big.get(key)
        if item is None and key in self.spots:
            item = self._big[key] = MarkerItem(self.spots[key])
            item.setVisible(False)
            self.addItem(item)
        return item

    def show_trigger_point(self, point_id: str | None, side: Side | None) -> None:
        """Highlight one side's trigger point, its zones and its muscle; None clears."""
        previous = self._big.get(self._selected) if self._selected else None
        if previous is not None:
            previous.setVisible(False)
        self._selected = (point_id, side) if point_id and side else None
        # With a point selected, the other markers step back so its pattern reads first.
        self.marker_layer.set_dimmed(self._selected is not None)
        essential = spillover = muscle = _NO_PATH
        if point_id and side:
            essential, spillover, muscle = self._pattern_paths(point_id, side)
            marker = self.big_marker((point_id, side))
            if marker is not None:
                marker.setVisible(True)
        self.essential_item.setPath(essential)
        self.spillover_item.setPath(spillover)
        self.muscle_item.setPath(muscle)

    def _pattern_paths(self, point_id: str, side: Side
                       ) -> tuple[QPainterPath, QPainterPath, QPainterPath]:
        """The essential, spillover and muscle paths of one side's point, made once each."""
        key = (point_id, side)
        paths = self._paths.get(key)
        if paths is None:
            from shapely import unary_union

            assert self.atlas is not None, "a trigger point is shown once the atlas is attached"
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
                rect = rect.united(QRectF(item.pos().x() - 25, item.pos().y() - 25, 50, 50))
            elif isinstance(item, QGraphicsPathItem) and not item.path().isEmpty():
                rect = rect.united(item.sceneBoundingRect())
        return None if rect.isEmpty() else rect

    def selected_marker(self) -> MarkerItem | None:
        return self._big.get(self._selected) if self._selected else None

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """The name of the X under the pointer: the scene's only tooltips."""
        from PySide6.QtWidgets import QToolTip

        views = self.views()
        scale = views[0].transform().m11() if views else 1.0
        x, y = event.scenePos().x(), event.scenePos().y()
        shown = [item.spot for item in self._big.values() if item.isVisible()]
        spot = MarkerLayer.nearest(shown, x, y, (SELECTED_MARKER_PIXELS + 4) / scale)
        if spot is None and self.marker_layer.isVisible():
            spot = MarkerLayer.nearest(self.marker_layer.spots, x, y,
                                       (MARKER_PIXELS + 4) / scale)
        if spot is None:
            QToolTip.hideText()
            event.ignore()
            return
        QToolTip.showText(event.screenPos(), f"{self.sketch.name(spot.point_id)} "
                          f"({tr('patient’s ' + spot.side)})", event.widget())
        event.accept()
