"""One view of the figure with a trigger point's pattern, painted onto any QPainter: an image,
a PDF page or a printer. What the screen draws with scene items, for paper: the review gallery
(tools/make_gallery.py) and, later, the client handout.

Pen widths and the stipple are given in points of the page, so the drawing reads the same at
any size; everything else is in the view's canvas coordinates.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QTransform
from shapely.geometry.base import BaseGeometry

from bodymap.atlas.atlas import Atlas
from bodymap.atlas.model import Side, TriggerPoint
from bodymap.atlas.patterns import pattern_geometry
from bodymap.ui import palette
from bodymap.ui.painter_paths import line_path, painter_path

PAD = 40.0  # canvas units around a pattern's crop
MIN_CROP = 260.0  # canvas units: a crop never closer than this, so the body part reads


def pattern_crop(atlas: Atlas, point: TriggerPoint, view_id: str, side: Side) -> QRectF:
    """The part of the view that shows the pattern and its X, with some body around it."""
    geometry = pattern_geometry(point, view_id, side)
    rect = QRectF()
    if not geometry.is_empty:
        x0, y0, x1, y1 = geometry.bounds
        rect = QRectF(x0, y0, x1 - x0, y1 - y0)
    for marker in point.markers:
        if marker.view == view_id and marker.side == side:
            rect = rect.united(QRectF(marker.x - 1, marker.y - 1, 2, 2))
    rect = rect.adjusted(-PAD, -PAD, PAD, PAD)
    grow_w = max(0.0, MIN_CROP - rect.width()) / 2
    grow_h = max(0.0, MIN_CROP - rect.height()) / 2
    view = atlas.view(view_id)
    return rect.adjusted(-grow_w, -grow_h, grow_w, grow_h).intersected(
        QRectF(0, 0, view.width, view.height)
    )


def paint_view(
    painter: QPainter,
    atlas: Atlas,
    view_id: str,
    target: QRectF,
    source: QRectF | None = None,
    point: TriggerPoint | None = None,
    side: Side = "right",
    pain: BaseGeometry | None = None,
) -> None:
    """Paint `source` (canvas units; the whole view if None) of a view into `target` (the
    painter's units), centred, keeping proportions; with `point`, its pattern on `side`."""
    view = atlas.view(view_id)
    source = source or QRectF(0, 0, view.width, view.height)
    scale = min(target.width() / source.width(), target.height() / source.height())
    dx = target.x() + (target.width() - source.width() * scale) / 2 - source.x() * scale
    dy = target.y() + (target.height() - source.height() * scale) / 2 - source.y() * scale
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(target)
    painter.setTransform(QTransform(scale, 0, 0, scale, dx, dy), combine=True)

    def pen(color: QColor, points: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        return QPen(
            color, points / scale, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )

    outline = painter_path(view.outline)
    painter.fillPath(outline, palette.SKIN)
    if pain is not None and not pain.is_empty:  # what the client marked, in the app's blue
        painter.setPen(pen(palette.PAIN.darker(130), 0.6))
        painter.setBrush(palette.translucent(palette.PAIN, 150))
        painter.drawPath(painter_path(pain))
    if point is not None:
        shape = atlas.muscle_of(point.id).shapes.get((view_id, side))
        painter.setPen(pen(palette.MUSCLE_LINE, 0.6, Qt.PenStyle.DashLine))
        painter.setBrush(palette.MUSCLE_FILL)
        if shape is not None:  # an empty path would leave a stray 'closepath' in a PDF
            painter.drawPath(painter_path(shape))
        spillover = painter_path(pattern_geometry(point, view_id, side, "spillover"))
        painter.setPen(pen(palette.SPILLOVER, 0.4, Qt.PenStyle.DotLine))
        painter.setBrush(_stipple(scale))
        if not spillover.isEmpty():
            painter.drawPath(spillover)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.translucent(palette.ESSENTIAL, 210))
        essential = painter_path(pattern_geometry(point, view_id, side, "essential"))
        if not essential.isEmpty():
            painter.drawPath(essential)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen(palette.DETAIL, 0.5))
    for line in view.lines:
        painter.drawPath(line_path(line.points, line.closed))
    painter.setPen(pen(palette.OUTLINE, 0.8))
    painter.drawPath(outline)
    if point is not None:
        for marker in point.markers:
            if marker.view == view_id and marker.side == side:
                _cross(painter, QPointF(marker.x, marker.y), 3.2 / scale, scale)
    painter.restore()


def _stipple(scale: float) -> QBrush:
    """The spillover's dot screen, about 1.6 points between dots on the page."""
    brush = palette.hatch_brush(palette.SPILLOVER, "dots")
    tile = palette.HATCH_TILE
    brush.setTransform(QTransform.fromScale(1.6 / tile / scale, 1.6 / tile / scale))
    return brush


def _cross(painter: QPainter, at: QPointF, half: float, scale: float) -> None:
    path = QPainterPath()
    path.moveTo(at.x() - half, at.y() - half)
    path.lineTo(at.x() + half, at.y() + half)
    path.moveTo(at.x() - half, at.y() + half)
    path.lineTo(at.x() + half, at.y() - half)
    cap = Qt.PenCapStyle.RoundCap
    painter.setPen(QPen(QColor(255, 255, 255, 220), 2.4 / scale, Qt.PenStyle.SolidLine, cap))
    painter.drawPath(path)
    painter.setPen(QPen(palette.MARKER_SELECTED, 1.2 / scale, Qt.PenStyle.SolidLine, cap))
    painter.drawPath(path)
